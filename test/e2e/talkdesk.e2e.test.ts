import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction, useE2eEnvironment } from '../support/e2e.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { FakeTalkdesk, type TalkdeskRecord } from '../support/fake-talkdesk.ts';

// The action with provider: talkdesk: a live diff against the record list's structured records, keyed as the list
// deduplicates them; the plan's changes go through the record calls (create, replace, delete), then the list is read
// again to verify it.
const environment = useE2eEnvironment();
let td: FakeTalkdesk;
const record = (id: string, phone: string, first: string, plan = 'gold'): TalkdeskRecord => ({
  id,
  first_name: first,
  last_name: 'Lee',
  priority: 5,
  phone_numbers: [{ phone_number: phone, phone_type: 'MOBILE' }],
  extra_data: { plan },
});
/** The fake's clock and the action's: the waits for deletions and validation pass in no real time. */
let clock: FakeClock;
beforeEach(async () => {
  clock = new FakeClock();
  td = await new FakeTalkdesk(clock).start();
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

const inputs = (mode: string, extra: Record<string, string> = {}) => ({
  mode,
  provider: 'talkdesk',
  file: 'callbacks.csv',
  table: 'list-1',
  'talkdesk-account': 'acme',
  'talkdesk-client-id': 'td-client',
  'talkdesk-client-secret': 'td-secret',
  'talkdesk-api-url': td.url,
  'talkdesk-login-url': td.url,
  ...extra,
});
const phonesAndNames = () =>
  td.lists.get('list-1')?.records.map((r) => [r.phone_numbers[0]?.phone_number, r.first_name]) ?? [];

describe('the action with Talkdesk', () => {
  it('plans "no changes" for a list that matches the file, in the support article\'s column names or the API\'s', async () => {
    for (const header of [
      'Mobile,First name,Last name,Priority,plan',
      'phone_number,first_name,last_name,priority,plan',
    ]) {
      const ws = await workspace(`${header}\n+15550001,Ann,Lee,5,gold\n+15550003,Cy,Lee,5,gold\n`);
      const plan = await runAction({ clock, inputs: inputs('plan'), workspace: ws });
      expect(plan.exitCode).toBe(0);
      expect(plan.outputs).toMatchObject({ changed: 'false', 'rows-unchanged': '2' });
    }
  });

  it('changes, adds and deletes records through the record calls, then reads the list again to verify it', async () => {
    const ws = await workspace(
      'Mobile,First name,Last name,plan\n+15550001,Annie,Lee,gold\n+15550002,Bob,Ray,silver\n',
    );
    const plan = await runAction({ clock, inputs: inputs('plan', { 'max-deletes': '1' }), workspace: ws });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs).toMatchObject({ 'rows-added': '1', 'rows-updated': '1', 'rows-deleted': '1' });
    expect(plan.summary).toContain('**Deleted rows (1)**: these rows will be removed from the table.');
    expect(plan.summary).toContain('| +15550001 | First name | Ann | Annie |');

    const apply = await runAction({ clock, inputs: inputs('apply', { 'max-deletes': '1' }), workspace: ws });
    expect(apply.exitCode).toBe(0);
    expect(phonesAndNames()).toEqual([
      ['+15550001', 'Annie'],
      ['+15550002', 'Bob'],
    ]);
    expect(td.requests.filter((r) => r.path.endsWith('/records/bulks')).map((r) => r.method)).toEqual([
      'POST',
      'PATCH',
      'DELETE',
    ]);
    expect(td.requests.filter((r) => r.path.includes('upload-requests'))).toEqual([]);
    expect(apply.summary).toContain('verified: Callbacks now equals the file (2 rows)');
    expect(apply.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('td-secret');
  });

  it('refuses, in the plan, a deletion past max-deletes, before any record call', async () => {
    const ws = await workspace('Mobile,First name,Last name,plan\n+15550001,Ann,Lee,gold\n');
    const apply = await runAction({ clock, inputs: inputs('apply', { 'max-deletes': '0' }), workspace: ws });
    expect(apply.exitCode).toBe(1);
    expect(apply.summary).toContain('the plan deletes 1 of 2 live rows; max-deletes (0) allows 0');
    expect(td.requests.filter((r) => r.path.endsWith('/records/bulks'))).toEqual([]);
  });

  it('syncs a list of about 30 KB: one record changed, hundreds added, one dropped, no upload at all', async () => {
    const list = td.lists.get('list-1');
    for (let i = 0; i < 200; i++) list?.records.push(record(`old-${i}`, `+1666${String(i).padStart(7, '0')}`, 'Old'));
    const keep = Array.from({ length: 200 }, (_, i) => `+1666${String(i).padStart(7, '0')},Old,Lee,gold`);
    const added = Array.from(
      { length: 400 },
      (_, i) => `+1777${String(i).padStart(7, '0')},Someone With A Long Name,Lee,silver member since 2019`,
    );
    // Ann changed, Cy dropped, 400 added.
    const csv = `Mobile,First name,Last name,plan\n+15550001,Annie,Lee,gold\n${[...keep, ...added].join('\n')}\n`;
    expect(Buffer.byteLength(csv)).toBeGreaterThan(28_000);
    const ws = await workspace(csv);
    const apply = await runAction({ clock, inputs: inputs('apply', { 'max-deletes': '1' }), workspace: ws });
    expect(apply.exitCode).toBe(0);
    expect(apply.outputs).toMatchObject({ 'rows-added': '400', 'rows-updated': '1', 'rows-deleted': '1' });
    const records = td.lists.get('list-1')?.records ?? [];
    expect(records).toHaveLength(601);
    expect(records.some((r) => r.phone_numbers[0]?.phone_number === '+15550003')).toBe(false);
    expect(records.find((r) => r.phone_numbers[0]?.phone_number === '+15550001')?.first_name).toBe('Annie');
    const bulks = td.requests.filter((r) => r.path.endsWith('/records/bulks'));
    expect(bulks.map((r) => r.method)).toEqual(['POST', 'POST', 'POST', 'POST', 'PATCH', 'DELETE']);
    expect(td.requests.filter((r) => r.path.includes('upload-requests'))).toEqual([]);
    expect(apply.summary).toContain('verified: Callbacks now equals the file (601 rows)');
  });

  it('refuses a phone Talkdesk would not take and a missing last name on their lines, before any call', async () => {
    const ws = await workspace('Mobile,First name,Last name\n+15550001,Ann,Lee\n555-0005,Eve,Ray\n+15550006,Flo,\n');
    const apply = await runAction({ clock, inputs: inputs('apply'), workspace: ws });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toContain(
      '::error title=Invalid data,file=callbacks.csv,line=3::Mobile: Talkdesk takes phone numbers in E.164 form',
    );
    expect(apply.stdout).toContain(
      '::error title=Invalid data,file=callbacks.csv,line=4::Last name: Talkdesk requires a last name',
    );
    expect(td.requests.filter((r) => r.path.endsWith('/records/bulks'))).toEqual([]);
  });

  it('fails, naming the count, when Talkdesk refuses records in a 201, and puts the list back as it was', async () => {
    // Ann changes, Cy is dropped, Dee is added; Talkdesk refuses Dee.
    const ws = await workspace('Mobile,First name,Last name,plan\n+15550001,Annie,Lee,gold\n+15550004,Dee,Lee,gold\n');
    td.refuseCreates = 1;
    const apply = await runAction({ clock, inputs: inputs('apply', { 'max-deletes': '1' }), workspace: ws });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toContain('1 of 1 record(s) to create were refused');
    // Ann's change and Cy's deletion went through: the restore puts both back, so the list is as it was.
    expect(apply.stdout).toMatch(
      /the import had deleted 1 row\(s\), changed 1 row\(s\)\. It was restored from its snapshot/,
    );
    expect(phonesAndNames()).toEqual([
      ['+15550001', 'Ann'],
      ['+15550003', 'Cy'],
    ]);
  });
});
