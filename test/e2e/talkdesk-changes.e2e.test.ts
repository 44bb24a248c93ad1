import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction, useE2eEnvironment } from '../support/e2e.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { FakeTalkdesk, type TalkdeskRecord } from '../support/fake-talkdesk.ts';

// The action against a Talkdesk whose PATCH `replace` replaces the whole record (as the update page reads), whose
// calls can fail part-way, on an EXTERNAL list keyed by external_id and external_provider.
const environment = useE2eEnvironment();
let td: FakeTalkdesk;
const ann = (): TalkdeskRecord => ({
  id: 'r1',
  first_name: 'Ann',
  last_name: 'Lee',
  timezone: 'Europe/Lisbon',
  priority: 5,
  external_id: 'X1',
  external_provider: 'crm',
  phone_numbers: [
    { phone_number: '+15550001', phone_type: 'MOBILE' },
    { phone_number: '+15559001', phone_type: 'OFFICE' },
  ],
  extra_data: { plan: 'gold', segment: 'vip' },
});
const cy = (): TalkdeskRecord => ({
  id: 'r3',
  first_name: 'Cy',
  last_name: 'Ray',
  priority: 5,
  external_id: 'X3',
  external_provider: 'crm',
  phone_numbers: [{ phone_number: '+15550003', phone_type: 'MOBILE' }],
  extra_data: { plan: 'silver' },
});
/** The fake's clock and the action's: the waits for deletions and validation pass in no real time. */
let clock: FakeClock;
beforeEach(async () => {
  clock = new FakeClock();
  td = await new FakeTalkdesk(clock).start();
  td.addList('list-1', { name: 'Callbacks', unique_identifier_type: 'EXTERNAL', records: [ann(), cy()] });
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
const HEADER = 'External ID,External Provider,First name,Last name,Mobile,Timezone,Priority,plan';
const records = () => structuredClone(td.lists.get('list-1')?.records ?? []);

describe('the action: a Talkdesk change touches only the fields the file owns', () => {
  it('keeps the OFFICE phone and the extra field the file has no column for after a changed first name', async () => {
    const ws = await workspace(
      `${HEADER}\nX1,crm,Annie,Lee,+15550001,Europe/Lisbon,5,gold\nX3,crm,Cy,Ray,+15550003,,5,silver\n`,
    );
    const plan = await runAction({ clock, inputs: inputs('plan'), workspace: ws });
    expect(plan.outputs).toMatchObject({ 'rows-updated': '1', 'rows-added': '0', 'rows-deleted': '0' });
    expect(plan.summary).toContain('| X1/crm | First name | Ann | Annie |');
    const apply = await runAction({ clock, inputs: inputs('apply'), workspace: ws });
    expect(apply.exitCode).toBe(0);
    expect(apply.summary).toContain('verified: Callbacks now equals the file (2 rows)');
    expect(records()[0]).toEqual({ ...ann(), first_name: 'Annie' });
  });

  it('applies an emptied Timezone: the next plan has no changes', async () => {
    const ws = await workspace(`${HEADER}\nX1,crm,Ann,Lee,+15550001,,5,gold\nX3,crm,Cy,Ray,+15550003,,5,silver\n`);
    const apply = await runAction({ clock, inputs: inputs('apply'), workspace: ws });
    expect(apply.exitCode).toBe(0);
    expect(apply.summary).toContain('verified: Callbacks now equals the file (2 rows)');
    expect(records()[0]).toEqual({ ...ann(), timezone: '' });
    const again = await runAction({ clock, inputs: inputs('plan'), workspace: ws });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ changed: 'false', 'rows-unchanged': '2' });
  });

  it('plans X1/crm and X1/erp as two records, and adds X1/erp', async () => {
    const ws = await workspace(
      `${HEADER}\nX1,crm,Ann,Lee,+15550001,Europe/Lisbon,5,gold\nX1,erp,Ann,Lee,+15550002,,5,gold\nX3,crm,Cy,Ray,+15550003,,5,silver\n`,
    );
    const plan = await runAction({ clock, inputs: inputs('plan'), workspace: ws });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs).toMatchObject({ 'rows-added': '1', 'rows-unchanged': '2', 'rows-invalid': '0' });
    expect(plan.summary).toContain('X1/erp');
    const apply = await runAction({ clock, inputs: inputs('apply'), workspace: ws });
    expect(apply.exitCode).toBe(0);
    expect(records().map((r) => `${r.external_id}/${r.external_provider}`)).toEqual(['X1/crm', 'X3/crm', 'X1/erp']);
  });

  it('a 500 part-way (POST done, PATCH refused) leaves the list as it was, and says row by row what happened', async () => {
    const before = records();
    // Ann changes, Cy is dropped, Dee is added: the POST goes through, the PATCH answers 500.
    const ws = await workspace(`${HEADER}\nX1,crm,Annie,Lee,+15550001,,5,gold\nX4,crm,Dee,Lee,+15550004,,5,gold\n`);
    td.faults.push({ method: 'PATCH', status: 500, times: 1 });
    const apply = await runAction({ clock, inputs: inputs('apply', { 'max-deletes': '1' }), workspace: ws });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toContain('a record call failed part-way: Talkdesk answered 500 to PATCH');
    expect(apply.stdout).toContain('done: created 1: "X4/crm"');
    expect(apply.stdout).toContain('not known (the failed call to replace): "X1/crm"');
    expect(apply.stdout).toContain('not sent: delete 1: "X3/crm"');
    expect(apply.stdout).toMatch(/the import had added 1 row\(s\)\. It was restored from its snapshot/);
    expect(apply.stdout).not.toContain('NotStarted');
    expect(records()).toEqual(before);
  });

  it('a restore failing part-way too says, row by row, what is left, and fails', async () => {
    // Ann changes, Dee is added, Cy is dropped: the DELETE answers 500 every time, the restore's too.
    const ws = await workspace(`${HEADER}\nX1,crm,Annie,Lee,+15550001,,5,gold\nX4,crm,Dee,Lee,+15550004,,5,gold\n`);
    td.faults.push({ method: 'DELETE', status: 500, times: 10 });
    const apply = await runAction({ clock, inputs: inputs('apply', { 'max-deletes': '1' }), workspace: ws });
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toContain('done: created 1: "X4/crm"; replaced 1: "X1/crm"');
    expect(apply.stdout).toContain('not known (the failed call to delete): "X3/crm"');
    // The restore put Ann back, and could not delete Dee: said so, by key.
    expect(apply.stdout).toMatch(
      /Restoring its snapshot \(job [^)]+\) ended FailedPartWay with 1 failed row\(s\) \(a record call failed part-way: .*done: replaced 1: "X1\/crm"\. not known \(the failed call to delete\): "X4\/crm"\): THE TABLE IS NOT AS IT WAS/,
    );
    expect(records().map((r) => [r.external_id, r.first_name])).toEqual([
      ['X1', 'Ann'],
      ['X3', 'Cy'],
      ['X4', 'Dee'],
    ]);
  });
});
