import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../scripts/run-action.ts';
import { useE2eEnvironment } from '../support/e2e.ts';
import { FakeTalkdesk } from '../support/fake-talkdesk.ts';

// dist/index.js with provider: talkdesk: a live diff against the record list's structured records, keyed as the list
// deduplicates them; the upload adds and updates, so a record the file dropped is listed as not applied.
const environment = useE2eEnvironment();
let td: FakeTalkdesk;
beforeEach(async () => {
  td = await new FakeTalkdesk().start();
  const record = (id: string, phone: string, first: string) => ({
    id,
    first_name: first,
    phone_numbers: [{ phone_number: phone, phone_type: 'mobile' }],
    extra_data: { plan: 'gold' },
  });
  td.addList('list-1', {
    name: 'Callbacks',
    unique_identifier_type: 'PHONE_NUMBER',
    records: [record('r1', '+15550001', 'Ann'), record('r3', '+15550003', 'Cy')],
  });
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
  it('plans "no changes" for a list that matches the file, though Talkdesk returns its records structured', async () => {
    const ws = await workspace('phone_number,first_name,plan\n+15550001,Ann,gold\n+15550003,Cy,gold\n');
    const plan = await runAction({ inputs: inputs('plan'), workspace: ws });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs).toMatchObject({ changed: 'false', 'rows-unchanged': '2' });
  });

  it('plans against the live records and applies one upload of the added and changed rows, reporting records_count', async () => {
    const ws = await workspace('phone_number,first_name,plan\n+15550001,Annie,gold\n+15550002,Bob,silver\n');
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
      expect.objectContaining({ table: 'Callbacks', status: 'ACCEPTED', updated: 2, failed: 0 }),
    ]);
    expect(td.lists.get('list-1')?.records.map((r) => [r.phone_numbers[0]?.phone_number, r.first_name])).toEqual([
      ['+15550001', 'Annie'],
      ['+15550003', 'Cy'],
      ['+15550002', 'Bob'],
    ]);
    expect(td.requests.filter((r) => r.method === 'PUT').every((r) => r.authorization === undefined)).toBe(true);
    expect(td.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(apply.summary).toContain('the record list now has 3 records (records\\_count)');
    expect(apply.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('td-secret');
  });

  it('fails a partial upload, says the added rows remain, and puts back the rows it changed', async () => {
    td.rejectedRowsStatus = 'ACCEPTED';
    const ws = await workspace(
      'phone_number,first_name,plan\n+15550001,Ann,gold\n+15550003,Cyrus,gold\n+15550004,Dee,gold\n555-0005,Eve,gold\n',
    );
    const apply = await runAction({ inputs: inputs('apply'), workspace: ws });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toContain('the record list ended ACCEPTED with 3 records; 4 were expected');
    expect(apply.stdout).toContain('It was restored from its snapshot (job ');
    expect(apply.stdout).toContain(
      'no row was lost; the 1 row(s) it added remain (Talkdesk record lists cannot delete them: remove them there)',
    );
    // Cy's change was put back; Dee, added by the partial upload, stays (Talkdesk cannot delete).
    expect(td.lists.get('list-1')?.records.map((r) => [r.phone_numbers[0]?.phone_number, r.first_name])).toEqual([
      ['+15550001', 'Ann'],
      ['+15550003', 'Cy'],
      ['+15550004', 'Dee'],
    ]);
  });

  it('refuses, in the plan, an upload over 20,000 bytes, before any upload request', async () => {
    const lines = Array.from(
      { length: 700 },
      (_, i) => `+1555${String(i).padStart(7, '0')},Someone With A Long Name,gold`,
    );
    const ws = await workspace(`phone_number,first_name,plan\n${lines.join('\n')}\n`);
    const apply = await runAction({ inputs: inputs('apply'), workspace: ws });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toMatch(
      /the upload would be \d+ bytes; Talkdesk record lists take at most 20000 bytes per upload: split the file/,
    );
    expect(td.requests.filter((r) => r.path.includes('upload-requests'))).toEqual([]);
  });
});
