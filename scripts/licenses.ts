/**
 * Writes dist/licenses.txt: the license of every production dependency the bundle may include, from the lock file,
 * sorted by install path. ncc's own --license output depends on the order modules happen to be processed in (the
 * same tree gave two different files), and dist/ must be the same on every build.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; license?: string; dev?: boolean; optional?: boolean }>;
};
const sections: string[] = [];
for (const [where, info] of Object.entries(lock.packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (where === '' || info.dev || !existsSync(path.join(root, where))) continue;
  const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const licenseFile = readdirSync(path.join(root, where)).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
  const text = licenseFile ? readFileSync(path.join(root, where, licenseFile), 'utf8').trim() : '';
  sections.push([`${name}@${info.version ?? ''}`, info.license ?? 'UNKNOWN', text].filter(Boolean).join('\n'));
}
writeFileSync(path.join(root, 'dist', 'licenses.txt'), `${sections.join('\n\n')}\n`);
console.log(`dist/licenses.txt: ${sections.length} packages`);
