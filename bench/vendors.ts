/**
 * The other vendors at real size, through the bundled action (dist/index.js) against the local fakes, which keep the
 * vendors' documented limits (D·engage: 1,000 rows a sync upsert, one upsert a minute per table, 50 MB a request;
 * Talkdesk: 100 records a bulk call, 20,000 bytes an upload request):
 * - a first import of 50,000 rows into a D·engage table (no applied version recorded: every row is sent);
 * - a Talkdesk record list of 5,000 records: 4,990 live, the file changes 50, adds 60 and drops 50; every record has an
 *   OFFICE phone and an extra field the file has no column for (kept or lost by the change), and the fake's PATCH
 *   `replace` replaces the whole record (the update page's reading); once as Talkdesk answers at once, once with the
 *   deletions answered 202 (landing after two reads of the list) and a 429 (Retry-After: 1) on the first create.
 * Printed: calls, bytes sent, time spent waiting on vendor limits, wall time. Never asserted.
 * Run: node bench/vendors.ts
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../scripts/run-action.ts';
import { FakeDengage } from '../test/support/fake-dengage.ts';
import { FakeGitHub } from '../test/support/fake-github.ts';
import { FakeTalkdesk, type TalkdeskRecord } from '../test/support/fake-talkdesk.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'datatable-vendors-'));
const github = await new FakeGitHub().start();

async function dengageFirstImport(rows: number) {
  // The real minute between upserts into one table: a run that needed two would wait it out.
  const dengage = await new FakeDengage(60_000).start();
  dengage.addTable('contacts', {
    columns: ['contact_key', 'name', 'city', 'joined'],
    primaryKey: 'contact_key',
    rows: new Map(),
  });
  const workspace = path.join(dir, 'dengage');
  await mkdir(workspace, { recursive: true });
  const lines = Array.from(
    { length: rows },
    (_, i) =>
      `k${String(i).padStart(6, '0')},Customer number ${i},City ${i % 97},2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
  );
  await writeFile(path.join(workspace, 'contacts.csv'), `contact_key,name,city,joined\n${lines.join('\n')}\n`);
  const eventPath = path.join(dir, 'push.json');
  await writeFile(eventPath, JSON.stringify({ before: 'a'.repeat(40) }));
  const started = performance.now();
  const result = await runAction({
    workspace,
    timeoutMs: 10 * 60_000,
    inputs: {
      mode: 'apply',
      provider: 'dengage',
      file: 'contacts.csv',
      'dengage-api-url': dengage.url,
      'dengage-user-key': 'api-user-key',
      'dengage-password': 'dengage-pass',
      'github-token': 'ghs_bench',
      'upload-artifacts': 'false',
    },
    env: {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/tables',
      GITHUB_SHA: 'b'.repeat(40),
      GITHUB_API_URL: github.url,
    },
  });
  const ms = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, dengage.asyncJobMs + 100));
  const calls = dengage.requests.filter((r) => /\/dataspace\/(sync|async)\//.test(r.path) && r.method !== 'GET');
  const statusReads = dengage.requests.filter((r) => r.path.includes('/async/') && r.method === 'GET');
  const figures = {
    exitCode: result.exitCode,
    calls: calls.length,
    statusReads: statusReads.length,
    statusAnswered: statusReads.filter((r) => r.status === 200).length,
    recorded: [...github.refs.keys()].some((ref) => ref.startsWith('refs/datatable-sync/applied/')),
    kinds: [...new Set(calls.map((r) => r.path.replace('/rest/dataspace/', '')))].join(', '),
    bytes: dengage.bodyBytes.reduce((sum, n) => sum + n, 0),
    waitedS: 0,
    ms,
    rowsInTable: dengage.rowsOf('contacts').length,
    status: (JSON.parse(result.outputs['import-jobs'] ?? '[]') as { status?: string }[])[0]?.status ?? '?',
  };
  // Upserts into one table a minute apart: the time the rule makes a run wait.
  // (V2 async upserts follow one another as each job ends: no minute rule is documented for them, see docs/vendors.md.)
  const upserts = calls.filter((r) => r.path.endsWith('/upsert')).length;
  figures.waitedS = Math.max(0, upserts - 1) * 60;
  await dengage.stop();
  return figures;
}

async function talkdeskList(live: number, later = false) {
  const td = await new FakeTalkdesk().start();
  if (later) {
    td.deleteLater = { reads: 2 };
    td.faults.push({ method: 'POST', status: 429, retryAfter: '1' });
  }
  const record = (i: number, first: string): TalkdeskRecord => ({
    id: `r${i}`,
    first_name: first,
    last_name: `Surname ${i}`,
    priority: 5,
    external_id: `cust-${String(i).padStart(5, '0')}`,
    external_provider: 'crm',
    phone_numbers: [
      { phone_number: `+1555${String(i).padStart(7, '0')}`, phone_type: 'MOBILE' },
      { phone_number: `+1444${String(i).padStart(7, '0')}`, phone_type: 'OFFICE' },
    ],
    extra_data: {
      plan: i % 3 === 0 ? 'gold' : 'silver',
      notes: `Customer since ${2000 + (i % 25)}`,
      segment: `s${i % 7}`,
    },
  });
  td.addList('big', {
    name: 'Dialer list',
    unique_identifier_type: 'EXTERNAL',
    records: Array.from({ length: live }, (_, i) => record(i, 'Name')),
  });
  const lines: string[] = [];
  // 50 dropped (the first 50), 50 changed, 60 added: 5,000 records in the file.
  for (let i = 50; i < live + 60; i++) {
    const r = record(i, i < 100 ? 'Renamed' : 'Name');
    lines.push(
      [
        r.external_id,
        r.external_provider,
        r.first_name,
        r.last_name,
        r.phone_numbers[0]?.phone_number,
        '5',
        r.extra_data.plan,
        r.extra_data.notes,
      ].join(','),
    );
  }
  const csv = `External ID,External Provider,First name,Last name,Mobile,Priority,plan,notes\n${lines.join('\n')}\n`;
  const workspace = path.join(dir, 'talkdesk');
  await mkdir(workspace, { recursive: true });
  await writeFile(path.join(workspace, 'list.csv'), csv);
  const started = performance.now();
  const result = await runAction({
    workspace,
    timeoutMs: 10 * 60_000,
    inputs: {
      mode: 'apply',
      provider: 'talkdesk',
      file: 'list.csv',
      table: 'big',
      'max-deletes': '100',
      'talkdesk-account': 'acme',
      'talkdesk-client-id': 'td-client',
      'talkdesk-client-secret': 'td-secret',
      'talkdesk-api-url': td.url,
      'talkdesk-login-url': td.url,
      'upload-artifacts': 'false',
    },
  });
  const ms = performance.now() - started;
  const writes = td.requests.filter((r) => r.method !== 'GET' && r.path !== '/oauth/token');
  const firstDelete = writes.find((r) => r.method === 'DELETE')?.at;
  // From the first delete to the last read of the list after it: the time spent waiting for 202 deletions to land.
  const lastListRead = td.requests
    .filter((r) => firstDelete !== undefined && r.at >= firstDelete && r.path === '/record-lists/big')
    .at(-1)?.at;
  // Records must keep their OFFICE phone and their segment, which the file has no column for.
  const kept = (td.lists.get('big')?.records ?? []).filter(
    (r) => r.extra_data.segment !== undefined && r.phone_numbers.some((p) => p.phone_type === 'OFFICE'),
  ).length;
  const figures = {
    exitCode: result.exitCode,
    fileBytes: Buffer.byteLength(csv),
    calls: writes.length,
    reads: td.requests.filter((r) => r.method === 'GET').length,
    bytes: writes.reduce((sum, r) => sum + Buffer.byteLength(r.body ?? ''), 0),
    uploads: td.requests.filter((r) => r.path.includes('upload-requests')).length,
    records: td.lists.get('big')?.records.length ?? 0,
    kept,
    waitedS: firstDelete !== undefined && lastListRead !== undefined ? (lastListRead - firstDelete) / 1000 : 0,
    status: (JSON.parse(result.outputs['import-jobs'] ?? '[]') as { status?: string }[])[0]?.status ?? '?',
    ms,
    verified: result.summary.includes('verified: Dialer list now equals the file'),
  };
  await td.stop();
  return figures;
}

try {
  console.log(`Vendors at real size, through dist/index.js against the local fakes; node ${process.version}`);
  const d = await dengageFirstImport(50_000);
  console.log('\nD·engage, first import of 50,000 rows (every row sent):');
  console.log(
    '| calls | which | status reads (answered) | bytes sent | waiting on the one-a-minute rule | wall time | rows in the table | reported | recorded as applied | exit |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|---|---|---:|');
  console.log(
    `| ${d.calls} | ${d.kinds} | ${d.statusReads} (${d.statusAnswered}) | ${(d.bytes / 1e6).toFixed(1)} MB | ${d.waitedS} s | ${(d.ms / 1000).toFixed(1)} s | ${d.rowsInTable} | ${d.status} | ${d.recorded ? 'yes' : 'no'} | ${d.exitCode} |`,
  );
  console.log('\nTalkdesk, a list of 5,000 records (4,990 live; 50 changed, 60 added, 50 dropped):');
  console.log(
    '| Talkdesk answers | file | record calls (writes) | reads | bytes sent | records after | keeping OFFICE and segment | waited for deletions | status | verified | wall time | exit |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|');
  for (const later of [false, true]) {
    const t = await talkdeskList(4990, later);
    console.log(
      `| ${later ? 'deletes 202, a 429' : 'at once'} | ${(t.fileBytes / 1000).toFixed(0)} KB | ${t.calls} | ${t.reads} | ${(t.bytes / 1000).toFixed(0)} KB | ${t.records} | ${t.kept} | ${t.waitedS.toFixed(1)} s | ${t.status} | ${t.verified ? 'yes' : 'no'} | ${(t.ms / 1000).toFixed(1)} s | ${t.exitCode} |`,
    );
  }
} finally {
  await github.stop();
  await rm(dir, { recursive: true, force: true });
}
