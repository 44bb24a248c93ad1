import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionTables, cliInputsModule, vendorFolders, vendorsModule, withTables } from '../scripts/action-docs.ts';
import { repoRoot } from '../scripts/run-action.ts';

describe("the README's input and output tables", () => {
  it('are the ones action.yml generates (run node scripts/action-docs.ts, or npm run bundle, after changing it)', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const tables = actionTables(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8'));
    expect(withTables(readme, tables)).toBe(readme);
  });

  it('give the command line every input and its default, as action.yml has them (npm run bundle writes it)', () => {
    const actionYml = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
    expect(readFileSync(path.join(repoRoot, 'src/cli/action-inputs.ts'), 'utf8')).toBe(
      cliInputsModule(
        actionYml,
        (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version,
      ),
    );
    const expression = ['$', '{{ github.token }}'].join('');
    expect(cliInputsModule(`inputs:\n  token:\n    description: t\n    default: ${expression}\n`, '1.0.0')).toContain(
      '"token": { default: "", description: "t" },',
    );
  });

  it('list every input with its default and when it is required, and notice a drifted description', () => {
    const yml =
      'inputs:\n  file:\n    description: "CSV path"\n  mode:\n    description: "plan | apply"\n    default: plan\noutputs:\n  changed:\n    description: "true when"\n';
    const tables = actionTables(yml);
    expect(tables.inputs.split('\n').slice(2)).toEqual([
      '| `file` |  | unless `config` is set | CSV path |',
      '| `mode` | `plan` |  | plan \\| apply |',
    ]);
    const readme = withTables(
      '<!-- inputs:start (generated from action.yml by scripts/action-docs.ts) -->\n<!-- inputs:end -->\n<!-- outputs:start (generated from action.yml by scripts/action-docs.ts) -->\n<!-- outputs:end -->\n',
      tables,
    );
    expect(withTables(readme, actionTables(yml.replace('CSV path', 'CSV path or glob')))).not.toBe(readme);
  });

  it('list the vendors from their folders (npm run bundle writes src/providers/vendors.ts before it builds)', () => {
    const current = readFileSync(path.join(repoRoot, 'src/providers/vendors.ts'), 'utf8');
    expect(vendorsModule(vendorFolders(), current)).toBe(current);
    // The listed keep their places (the provider input's message lists them in this order), a new folder comes last,
    // a folder gone is dropped; a name that is no identifier is quoted.
    const listed = vendorsModule(['genesys', 'talkdesk', 'dengage'], '');
    expect(listed).toContain('export const VENDORS = {\n  dengage,\n  genesys,\n  talkdesk,\n};');
    const next = vendorsModule(['genesys', 'dengage', 'acme-crm', 'zeta'], listed);
    expect(next).toContain("import { vendor as acme_crm } from './acme-crm/inputs.ts';");
    expect(next).toContain("export const VENDORS = {\n  dengage,\n  genesys,\n  'acme-crm': acme_crm,\n  zeta,\n};");
  });
});
