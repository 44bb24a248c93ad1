/**
 * The README's input and output tables, generated from action.yml (the contract), so they cannot drift from it.
 * `npm run bundle` writes them; `test/action-docs.unit.test.ts` fails when the README holds stale ones.
 * Run: node scripts/action-docs.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** When an input without a default is needed: not in action.yml's grammar, so kept here beside the generator. */
const REQUIRED_WHEN: Record<string, string> = {
  file: 'unless `config` is set',
  config: 'unless `file` is set',
  'genesys-client-id': 'provider `genesys` (a fork pull request plans offline without it)',
  'genesys-client-secret': 'provider `genesys` (a fork pull request plans offline without it)',
  'talkdesk-account': 'provider `talkdesk` (unless `talkdesk-login-url`)',
  'talkdesk-client-id': 'provider `talkdesk`',
  'talkdesk-client-secret': 'provider `talkdesk`',
  'talkdesk-api-url': '`talkdesk-region: au`',
  'dengage-api-url': 'provider `dengage`',
  'dengage-user-key': 'provider `dengage`',
  'dengage-password': 'provider `dengage`',
  'learningbuilder-url': 'provider `learningbuilder`',
  'learningbuilder-api-key': 'provider `learningbuilder`',
  'learningbuilder-import-process-id': 'provider `learningbuilder`',
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
export function cliInputsModule(actionYml: string, version: string): string {
  const action = parse(actionYml) as ActionYml;
  const entries = Object.entries(action.inputs).map(([name, input]) => {
    const fallback = input.default === undefined || input.default.includes('${{') ? '' : input.default;
    // The first sentence ("e.g." and "i.e." end none).
    const text = input.description.replace(/\s+/g, ' ').replace(/\b(e\.g|i\.e)\./g, '$1\u2024');
    const first = (/^(.*?[.?!])(\s|$)/s.exec(text)?.[1] ?? text).replace(/\u2024/g, '.');
    return `  ${JSON.stringify(name)}: { default: ${JSON.stringify(fallback)}, description: ${JSON.stringify(first)} },`;
  });
  return [
    '// Generated from action.yml and package.json by scripts/action-docs.ts (npm run bundle): do not edit.',
    '/** Every input of the action, with its default and what it is: the command line takes each as a flag. */',
    'export const ACTION_INPUTS: Readonly<Record<string, { default: string; description: string }>> = {',
    ...entries,
    '};',
    '',
    `export const VERSION = ${JSON.stringify(version)};`,
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
      console.error(`${file}: differs from what action.yml generates; run node scripts/action-docs.ts`);
      process.exit(1);
    }
    writeFileSync(path.join(root, file), next);
    console.log(`${file}: written from action.yml`);
  }
}
