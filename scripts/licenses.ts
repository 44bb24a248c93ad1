/**
 * Writes dist/licenses.txt: the license of every package the bundle may include (the package.json's
 * `runtimeDependencies` and everything they depend on, from the lock file), sorted by install path. They are
 * devDependencies (the bundle carries them: installing this package must not fetch them again), so the lock file's
 * `dev` flag cannot tell them; the walk can. ncc's own --license output depends on the order modules happen to be
 * processed in (the same tree gave two different files), and dist/ must be the same on every build.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { runtimeDependencies: string[] };
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<
    string,
    {
      version?: string;
      license?: string;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    }
  >;
};

/** Where Node finds `name` from the package installed at `from`: its own node_modules, then each folder above. */
function resolve(name: string, from: string): string | undefined {
  for (let base = from; ; base = base.slice(0, Math.max(0, base.lastIndexOf('/node_modules/')))) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (base === '') return undefined;
  }
}

const reached = new Set<string>();
const queue = manifest.runtimeDependencies.map((name) => resolve(name, '')).filter((where) => where !== undefined);
for (let where = queue.shift(); where !== undefined; where = queue.shift()) {
  if (reached.has(where)) continue;
  reached.add(where);
  const info = lock.packages[where];
  for (const name of Object.keys({ ...info?.dependencies, ...info?.optionalDependencies })) {
    const found = resolve(name, where);
    if (found) queue.push(found);
  }
}

const sections: string[] = [];
for (const where of [...reached].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (!existsSync(path.join(root, where))) continue;
  const info = lock.packages[where] ?? {};
  const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const licenseFile = readdirSync(path.join(root, where)).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
  const text = licenseFile ? readFileSync(path.join(root, where, licenseFile), 'utf8').trim() : '';
  sections.push([`${name}@${info.version ?? ''}`, info.license ?? 'UNKNOWN', text].filter(Boolean).join('\n'));
}
writeFileSync(path.join(root, 'dist', 'licenses.txt'), `${sections.join('\n\n')}\n`);
console.log(`dist/licenses.txt: ${sections.length} packages`);
