import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction, useE2eEnvironment } from '../support/e2e.ts';
import { FakeLearningBuilder } from '../support/fake-learningbuilder.ts';

// The action with provider: learningbuilder, on a push: it cannot read records, so the plan compares the file
// with its previous commit (through the GitHub API); it cannot delete, so dropped rows are listed as not applied.
const environment = useE2eEnvironment();
let lb: FakeLearningBuilder;
beforeEach(async () => {
  lb = await new FakeLearningBuilder().start();
});
afterEach(async () => {
  await lb.stop();
});

const BEFORE = 'e'.repeat(40);

async function pushWorkspace(): Promise<{ workspace: string; env: Record<string, string> }> {
  const { dir, github } = environment;
  const workspace = path.join(dir, 'ws');
  await mkdir(path.join(workspace, 'imports'), { recursive: true });
  await writeFile(path.join(workspace, 'imports', 'Licences.csv'), 'key,Name,Level\nA,Ann,1\nB,Bobby,2\nD,Dee,1\n');
  github.files.set(`${BEFORE}:imports/Licences.csv`, 'key,Name,Level\nA,Ann,1\nB,Bob,2\nC,Cy,3\n');
  github.appliedEverywhere = BEFORE; // the last apply was of the previous commit
  github.commitParents.set('f'.repeat(40), [BEFORE]);
  const eventPath = path.join(dir, 'push.json');
  await writeFile(eventPath, JSON.stringify({ before: BEFORE, after: 'f'.repeat(40) }));
  return {
    workspace,
    env: {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/tables',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_API_URL: github.url,
    },
  };
}

const inputs = (mode: string) => ({
  mode,
  provider: 'learningbuilder',
  file: 'imports/Licences.csv',
  'learningbuilder-url': lb.url,
  'learningbuilder-api-key': 'lb-key-123',
  'learningbuilder-import-process-id': '42',
  'learningbuilder-creation-path': 'DATATABLE_SYNC',
  'github-token': 'ghs_test_token_123',
});

describe('the action with LearningBuilder', () => {
  it('plans against the previous commit and lists the row it cannot delete as not applied', async () => {
    const { workspace, env } = await pushWorkspace();
    const plan = await runAction({ inputs: inputs('plan'), env, workspace });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs).toMatchObject({
      changed: 'true',
      'rows-added': '1',
      'rows-updated': '1',
      'rows-deleted': '0',
      'rows-unchanged': '1',
    });
    expect(plan.summary).toContain(
      'LearningBuilder cannot read its rows: each file was compared, as text, with the version last applied to its table. Licences: the version last applied (`eeeeeee`).',
    );
    expect(plan.summary).toContain(
      '**Not applied (1)**: the file no longer has these rows, but LearningBuilder cannot delete rows: remove them there if they should go.',
    );
    expect(plan.summary).toContain('| C | Cy | 3 |');
    expect(lb.batches).toEqual([]);
  });

  it('applies the added and changed rows as one queued batch, with its id and link in the summary and outputs', async () => {
    const { workspace, env } = await pushWorkspace();
    const apply = await runAction({ inputs: inputs('apply'), env, workspace });
    expect(apply.exitCode).toBe(0);
    expect(lb.batches).toHaveLength(1);
    expect(lb.batches[0]?.rows).toEqual([
      { key: 'D', Name: 'Dee', Level: '1' },
      { key: 'B', Name: 'Bobby', Level: '2' },
    ]);
    expect(JSON.parse(apply.outputs['import-jobs'] ?? '[]')).toEqual([
      {
        table: 'Licences',
        jobId: '9000',
        status: 'Queued',
        updated: 0,
        deleted: 0,
        failed: 0,
        queued: 2,
        url: 'https://lb.example/ImportQueue/Batch/9000',
        planned: { added: 1, changed: 1, deleted: 0 },
      },
    ]);
    expect(apply.summary).toContain(
      '| Licences | [<code>9000</code>](https://lb.example/ImportQueue/Batch/9000) | Queued (2 rows queued) | 1 | 1 | 0 | queued |',
    );
    expect(apply.summary).toContain('LearningBuilder validates the rows later, on its queue');
    expect(apply.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('lb-key-123');
    expect(environment.emulator.requests).toEqual([]);
  });

  it('succeeds when the queue answers plain text, with that text in the summary', async () => {
    lb.answer = 'text';
    const { workspace, env } = await pushWorkspace();
    const apply = await runAction({ inputs: inputs('apply'), env, workspace });
    expect(apply.exitCode).toBe(0);
    expect(lb.batches).toHaveLength(1);
    expect(apply.summary).toContain(
      '| Licences | <code>unknown</code> | Queued (2 rows queued) | 1 | 1 | 0 | queued |',
    );
    expect(apply.summary).toContain('it said: "Batch 9000 queued. Results: https:');
  });

  it("links the batch page from the earlier draft's answer too ({queueBatchId, queueBatchDetails})", async () => {
    lb.answer = 'draft';
    const { workspace, env } = await pushWorkspace();
    const apply = await runAction({ inputs: inputs('apply'), env, workspace });
    expect(apply.exitCode).toBe(0);
    expect(apply.summary).toContain(
      '| Licences | [<code>9000</code>](https://lb.example/ImportQueue/Batch/9000) | Queued (2 rows queued)',
    );
  });

  it('checks the creationPath before sending anything', async () => {
    const { workspace, env } = await pushWorkspace();
    const result = await runAction({
      inputs: { ...inputs('apply'), 'learningbuilder-creation-path': 'my-app' },
      env,
      workspace,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::Input learningbuilder-creation-path is "my-app"; use 1 to 15 upper-case letters, digits or underscores',
    );
    expect(lb.requests).toEqual([]);
  });

  it('reports an unreachable queue as that table failing, not as an unexpected error', async () => {
    const { workspace, env } = await pushWorkspace();
    const result = await runAction({
      inputs: { ...inputs('apply'), 'learningbuilder-url': 'http://127.0.0.1:9' },
      env,
      workspace,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::Licences: POST http://127.0.0.1:9/API/WorkflowImportQueue/CreateBatch failed',
    );
    expect(result.stdout).not.toContain('Unexpected error');
    expect(result.summary).toContain('## Import results');
  });
});
