/**
 * The README's input and output tables, generated from action.yml (the contract) and the vendors' declarations (their
 * folders' `inputs.ts`), so they cannot drift from them; and the files made from those: `src/cli/action-inputs.ts`
 * (the command line's inputs) and `src/providers/vendors.ts` (the list of vendors, one per folder).
 * `npm run bundle` writes them (first, so the build compiles the current list); `test/action-docs.unit.test.ts` fails
 * when one is stale.
 * Run: node scripts/action-docs.ts [--check]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { requiredWhen, type Vendor } from '../src/providers/vendor.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const providers = path.join(root, 'src', 'providers');

/** The vendors: each folder of src/providers with an `inputs.ts`. */
export function vendorFolders(): string[] {
  return readdirSync(providers, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(providers, entry.name, 'inputs.ts')))
    .map((entry) => entry.name);
}

/**
 * The vendors in the `provider` input's order (its message lists them, the first is the default): those `vendors.ts`
 * (`current`) already lists keep their places, a new folder comes last, a folder gone is dropped.
 */
export function orderedVendors(folders: readonly string[], current: string): string[] {
  const list = /export const VENDORS = \{([^}]*)\}/.exec(current)?.[1] ?? '';
  const listed = list
    .split(',')
    .map((entry) => (entry.split(':')[0] as string).trim().replace(/^'|'$/g, ''))
    .filter((name) => name !== '');
  return [
    ...listed.filter((name) => folders.includes(name)),
    ...[...folders].sort().filter((name) => !listed.includes(name)),
  ];
}

/** `src/providers/vendors.ts`: every vendor folder's declaration, in the order of `orderedVendors`. */
export function vendorsModule(folders: readonly string[], current: string): string {
  const names = orderedVendors(folders, current);
  const id = (name: string) => name.replace(/[^A-Za-z0-9_$]/g, '_');
  // As Biome formats it (imports sorted, the object one entry a line), so the lint passes on the written file.
  return [
    '// Generated from the folders of src/providers by scripts/action-docs.ts (npm run bundle): do not edit.',
    "// A folder with an inputs.ts is a vendor; a new one is added last (this order is the provider input's).",
    '',
    ...[...names].sort().map((name) => `import { vendor as ${id(name)} } from './${name}/inputs.ts';`),
    '',
    'export const VENDORS = {',
    ...names.map((name) => `  ${id(name) === name ? name : `'${name}': ${id(name)}`},`),
    '};',
    '',
  ].join('\n');
}

const vendorsFile = path.join(providers, 'vendors.ts');
const currentVendors = () => readFileSync(vendorsFile, { encoding: 'utf8', flag: 'a+' });

/** Each vendor's declaration, read from its folder (not through vendors.ts, which may be the stale file written next). */
const VENDOR_DECLARATIONS: [string, Vendor<unknown>][] = await Promise.all(
  orderedVendors(vendorFolders(), currentVendors()).map(async (name): Promise<[string, Vendor<unknown>]> => {
    const module = (await import(pathToFileURL(path.join(providers, name, 'inputs.ts')).href)) as {
      vendor: Vendor<unknown>;
    };
    return [name, module.vendor];
  }),
);

/** When an input without a default is needed: the vendors' inputs say it in their declarations, these two here. */
const REQUIRED_WHEN: Record<string, string> = {
  file: 'unless `config` is set',
  config: 'unless `file` is set',
  ...Object.assign({}, ...VENDOR_DECLARATIONS.map(([name, vendor]) => requiredWhen(name, vendor))),
};

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; deprecationMessage?: string }>;
  outputs: Record<string, { description: string }>;
}

/** A table cell: pipes escaped, on one line. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function actionTables(actionYml: string): { inputs: string; outputs: string } {
  const action = parse(actionYml) as ActionYml;
  const inputs = [
    '| input | default | required when | description |',
    '|---|---|---|---|',
    ...Object.entries(action.inputs).map(([name, input]) => {
      const fallback = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``;
      const deprecated = input.deprecationMessage ? ' (deprecated)' : '';
      return `| \`${name}\`${deprecated} | ${fallback} | ${cell(REQUIRED_WHEN[name] ?? '')} | ${cell(input.description)} |`;
    }),
  ].join('\n');
  const outputs = [
    '| output | description |',
    '|---|---|',
    ...Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`),
  ].join('\n');
  return { inputs, outputs };
}

/**
 * `src/cli/action-inputs.ts`: every input with its default and the first sentence of its description, and the
 * package's version, for the command line (its flags are the inputs, its help is generated from them). A default that
 * is a workflow expression (`${{ github.token }}`) means nothing outside a workflow: empty there.
 */
export function cliInputsModule(
  actionYml: string,
  version: string,
  vendors: readonly (readonly [string, string])[] = VENDOR_DECLARATIONS.map(([name, vendor]) => [name, vendor.title]),
): string {
  const action = parse(actionYml) as ActionYml;
  const entries = Object.entries(action.inputs).map(([name, input]) => {
    const fallback = input.default === undefined || input.default.includes('${{') ? '' : input.default;
    // The first sentence ("e.g." and "i.e." end none).
    const text = input.description.replace(/\s+/g, ' ').replace(/\b(e\.g|i\.e)\./g, '$1\u2024');
    const first = (/^(.*?[.?!])(\s|$)/s.exec(text)?.[1] ?? text).replace(/\u2024/g, '.');
    return `  ${JSON.stringify(name)}: { default: ${JSON.stringify(fallback)}, description: ${JSON.stringify(first)} },`;
  });
  return [
    '// Generated from action.yml, package.json and src/providers by scripts/action-docs.ts (npm run bundle): do not edit.',
    '/** Every input of the action, with its default and what it is: the command line takes each as a flag. */',
    'export const ACTION_INPUTS: Readonly<Record<string, { default: string; description: string }>> = {',
    ...entries,
    '};',
    '',
    `export const VERSION = ${JSON.stringify(version)};`,
    '',
    '/** Each vendor (`provider`) and its title: its inputs start with `<vendor>-`, and the help lists them under it. */',
    `export const VENDOR_TITLES: readonly (readonly [string, string])[] = ${JSON.stringify(vendors)};`,
    '',
  ].join('\n');
}

/** The README with its tables between the markers replaced. */
export function withTables(readme: string, tables: { inputs: string; outputs: string }): string {
  let text = readme;
  for (const [name, table] of Object.entries(tables)) {
    const start = `<!-- ${name}:start (generated from action.yml by scripts/action-docs.ts) -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} block`);
    text = `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`;
  }
  return text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const actionYml = readFileSync(path.join(root, 'action.yml'), 'utf8');
  const generated: [string, string][] = [
    ['src/providers/vendors.ts', vendorsModule(vendorFolders(), currentVendors())],
    ['README.md', withTables(readFileSync(path.join(root, 'README.md'), 'utf8'), actionTables(actionYml))],
    [
      'src/cli/action-inputs.ts',
      cliInputsModule(
        actionYml,
        (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version,
      ),
    ],
  ];
  for (const [file, next] of generated) {
    const current = readFileSync(path.join(root, file), { encoding: 'utf8', flag: 'a+' });
    if (next === current) continue;
    if (process.argv.includes('--check')) {
      console.error(
        `${file}: differs from what action.yml and src/providers generate; run node scripts/action-docs.ts`,
      );
      process.exit(1);
    }
    writeFileSync(path.join(root, file), next);
    console.log(`${file}: written`);
  }
}
