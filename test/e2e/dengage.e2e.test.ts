import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../scripts/run-action.ts';
import { useE2eEnvironment } from '../support/e2e.ts';
import { FakeDengage } from '../support/fake-dengage.ts';

// dist/index.js with provider: dengage, on a push: no read API (the plan compares with the previous commit), an
// upsert never deletes, and date-times are checked against D·engage's forms before anything is sent.
const environment = useE2eEnvironment();
let dengage: FakeDengage;
beforeEach(async () => {
  dengage = await new FakeDengage().start();
  dengage.tables.set('customers', { columns: ['contact_key', 'name', 'joined'], rows: new Map() });
});
afterEach(async () => {
  await dengage.stop();
});

const BEFORE = 'e'.repeat(40);

async function push(csv: string) {
  const { dir, github } = environment;
  const workspace = path.join(dir, 'ws');
  await mkdir(workspace, { recursive: true });
  await writeFile(path.join(workspace, 'customers.csv'), csv);
  github.files.set(
    `${BEFORE}:customers.csv`,
    'contact_key,name,joined\nc1,Ann,2026-01-01\nc2,Bob,2026-01-02\nc9,Gone,2026-01-09\n',
  );
  const eventPath = path.join(dir, 'push.json');
  await writeFile(eventPath, JSON.stringify({ before: BEFORE }));
  const inputs = {
    mode: 'apply',
    provider: 'dengage',
    file: 'customers.csv',
    'dengage-api-url': dengage.url,
    'dengage-username': 'api-user',
    'dengage-password': 'dengage-pass',
    'github-token': 'ghs_test_token_123',
  };
  const env = {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/tables',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_API_URL: github.url,
  };
  return runAction({ inputs, env, workspace });
}

describe('dist/index.js with D·engage', () => {
  it('upserts the added and changed rows in one job and lists the dropped row as not applied', async () => {
    const result = await push(
      'contact_key,name,joined\nc1,Ann,2026-01-01\nc2,Bobby,2026-01-02 09:30\nc3,Cy,2026-01-03T08:00:00Z\n',
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'rows-added': '1',
      'rows-updated': '1',
      'rows-deleted': '0',
      'rows-unchanged': '1',
    });
    expect(result.summary).toContain(
      '**Not applied (1)**: the file no longer has these rows, but D·engage Data Space tables cannot delete rows',
    );
    expect([...(dengage.tables.get('customers')?.rows.values() ?? [])]).toEqual([
      { contact_key: 'c3', name: 'Cy', joined: '2026-01-03T08:00:00Z' },
      { contact_key: 'c2', name: 'Bobby', joined: '2026-01-02 09:30' },
    ]);
    expect(JSON.parse(result.outputs['import-jobs'] ?? '[]')).toEqual([
      expect.objectContaining({ table: 'customers', status: 'Completed', updated: 2 }),
    ]);
    expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('dengage-pass');
  });

  it('refuses a date-time D·engage would not take, on its line, before sending anything', async () => {
    const result = await push('contact_key,name,joined\nc1,Ann,2026-01-01\nc2,Bob,02/01/2026 9:30\nc3,Cy,2026/01/03\n');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error title=Invalid data,file=customers.csv,line=4::joined: D·engage takes dates as yyyy-MM-dd',
    );
    expect(dengage.requests.filter((r) => r.path.includes('upsert'))).toEqual([]);
  });
});
