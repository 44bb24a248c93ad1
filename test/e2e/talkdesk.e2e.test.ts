import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../scripts/run-action.ts';
import { useE2eEnvironment } from '../support/e2e.ts';
import { FakeTalkdesk } from '../support/fake-talkdesk.ts';

// dist/index.js with provider: talkdesk: a live diff against the record list's records; the upload adds and
// updates, so a record the file dropped is listed as not applied.
const environment = useE2eEnvironment();
let td: FakeTalkdesk;
beforeEach(async () => {
  td = await new FakeTalkdesk().start();
  td.lists.set(
    'list-1',
    new Map([
      ['+15550001', { phone_number: '+15550001', first_name: 'Ann' }],
      ['+15550003', { phone_number: '+15550003', first_name: 'Cy' }],
    ]),
  );
});
afterEach(async () => {
  await td.stop();
});

async function workspace(csv: string): Promise<string> {
  const folder = path.join(environment.dir, 'ws');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'callbacks.csv'), csv);
  return folder;
}

const inputs = (mode: string) => ({
  mode,
  provider: 'talkdesk',
  file: 'callbacks.csv',
  table: 'list-1',
  'talkdesk-account': 'acme',
  'talkdesk-client-id': 'td-client',
  'talkdesk-client-secret': 'td-secret',
  'talkdesk-api-url': td.url,
  'talkdesk-login-url': td.url,
});

describe('dist/index.js with Talkdesk', () => {
  it('plans against the live records and applies one upload of the added and changed rows', async () => {
    const ws = await workspace('phone_number,first_name\n+15550001,Annie\n+15550002,Bob\n');
    const plan = await runAction({ inputs: inputs('plan'), workspace: ws });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs).toMatchObject({ 'rows-added': '1', 'rows-updated': '1', 'rows-deleted': '0' });
    expect(plan.summary).toContain(
      '**Not applied (1)**: the file no longer has these rows, but Talkdesk record lists cannot delete rows',
    );
    expect(plan.summary).toContain('| +15550001 | first\\_name | Ann | Annie |');

    const apply = await runAction({ inputs: inputs('apply'), workspace: ws });
    expect(apply.exitCode).toBe(0);
    expect(JSON.parse(apply.outputs['import-jobs'] ?? '[]')).toEqual([
      expect.objectContaining({ table: 'list-1', status: 'ACCEPTED', updated: 2 }),
    ]);
    expect([...(td.lists.get('list-1')?.values() ?? [])]).toEqual([
      { phone_number: '+15550001', first_name: 'Annie' },
      { phone_number: '+15550003', first_name: 'Cy' },
      { phone_number: '+15550002', first_name: 'Bob' },
    ]);
    expect(td.requests.filter((r) => r.method === 'PUT').every((r) => r.authorization === undefined)).toBe(true);
    expect(apply.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('td-secret');
  });

  it('refuses, in the plan, an upload over 20,000 bytes, before any upload request', async () => {
    const lines = Array.from({ length: 700 }, (_, i) => `+1555${String(i).padStart(7, '0')},Someone With A Long Name`);
    const ws = await workspace(`phone_number,first_name\n${lines.join('\n')}\n`);
    const apply = await runAction({ inputs: inputs('apply'), workspace: ws });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toMatch(
      /the upload would be \d+ bytes; Talkdesk record lists take at most 20000 bytes per upload: split the file/,
    );
    expect(td.requests.filter((r) => r.path.includes('upload-requests'))).toEqual([]);
  });
});
