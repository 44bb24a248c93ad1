import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import { utcMinute } from '../../src/core/audit-trail.ts';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';
import { credentials, sampleSeed, startEmulator } from '../support/emulator.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { pushEnv } from '../support/github-env.ts';

// The action as the drift check (drift-issue: true, on a schedule) after rows were changed outside git through the
// Genesys API, once by a person (an OAuth login acting for the user Jane Doe, as the UI does) and once by a script's
// OAuth client: the summary and the drift issue name who changed which row and when, from the audit log, and the
// issue holds the adopt and revert commands. Without the audit permission: one notice, and the issue still opens.
const env = useE2eEnvironment();
const jane = { id: 'ui-jane', secret: 'ui-jane-secret', user: { id: 'user-jane', name: 'Jane Doe' } };
let emulator: GenesysEmulator;

afterEach(async () => {
  await emulator?.stop();
});

/** A scheduled run's environment, its event saying whether the repository is private (names only there, by default). */
const scheduled = (repositoryPrivate = true) => {
  const eventPath = path.join(env.dir, `schedule-${repositoryPrivate}.json`);
  writeFileSync(eventPath, JSON.stringify({ schedule: '17 6 * * 1-5', repository: { private: repositoryPrivate } }));
  return {
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/tables',
    GITHUB_SHA: 'd'.repeat(40),
    GITHUB_RUN_ID: '42',
    GITHUB_API_URL: env.github.url,
  };
};

/** One call to the emulator's API as a given OAuth client: its own login, then the call. */
async function callAs(client: { id: string; secret: string }, method: string, path: string, body: unknown) {
  const login = await fetch(`${emulator.apiUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token } = (await login.json()) as { access_token: string };
  const answer = await fetch(`${emulator.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(answer.status).toBe(200);
}

/** The table as git has it, then two edits outside git: Jane changes a row, a script's client adds one. */
async function driftOutsideGit(): Promise<{ changedAt: string; addedAt: string }> {
  emulator = await startEmulator({
    clock: new FakeClock(),
    ...sampleSeed(),
    clients: [{ id: credentials.clientId, secret: credentials.clientSecret }, jane],
  });
  expect((await runSample(emulator, { mode: 'apply' }, { env: pushEnv(env.github, false) })).exitCode).toBe(0);
  const table = emulator.tableByName('Holidays');
  const rows = `/api/v2/flows/datatables/${table.id}/rows`;
  const christmas = { ...table.rows.get('Christmas Day'), Greeting: 'Open until noon on Christmas Day.' };
  await callAs(jane, 'PUT', `${rows}/${encodeURIComponent('Christmas Day')}`, christmas);
  await callAs({ id: credentials.clientId, secret: credentials.clientSecret }, 'POST', rows, {
    key: 'Company Picnic',
    Date: '2027-08-13',
    Closed: true,
    Greeting: 'Closed for the picnic.',
    'Callback Hours': 0,
    Surcharge: 0,
  });
  const at = (key: string) =>
    // The latest entry of the row (the apply before wrote it too, as the action's own client).
    emulator.audit.entries.findLast((entry) => entry.entity.name === key)?.eventDate as string;
  return { changedAt: at('Christmas Day'), addedAt: at('Company Picnic') };
}

describe('a drift check after changes made outside git', () => {
  it('names who changed which row and when, and the drift issue holds the adopt and revert commands', async () => {
    const { changedAt, addedAt } = await driftOutsideGit();
    const audits = () => emulator.requests.filter((r) => r.path === '/api/v2/audits/query/realtime');
    const result = await runSample(emulator, { 'drift-issue': 'true' }, { env: scheduled() });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.changed).toBe('true');
    const janeLine = `Holidays: row "Christmas Day" changed by Jane Doe (user) on ${utcMinute(changedAt)}`;
    const clientLine = `Holidays: row "Company Picnic" added by ${credentials.clientId} (OAuth client) on ${utcMinute(addedAt)}`;
    expect(result.summary).toContain("**Who changed them**, as the vendor's audit log says:");
    expect(result.summary).toContain(`- ${janeLine}`);
    expect(result.summary).toContain(`- ${clientLine}`);
    // One query for the one drifted table, asked as the SDK asks it.
    expect(audits().map((r) => [r.method, r.query])).toEqual([['POST', 'expand=user']]);

    expect(env.github.issues).toHaveLength(1);
    const body = env.github.issues[0]?.body ?? '';
    expect(body).toContain(`- ${janeLine}`);
    expect(body).toContain(`- ${clientLine}`);
    expect(body).toContain('### Ways out');
    expect(body).toContain('datatable-sync export examples/data/Holidays.csv --table Holidays');
    expect(body).toContain('datatable-sync plan examples/data/Holidays.csv');
    expect(body).toContain('datatable-sync apply examples/data/Holidays.csv');
    // The file is not where the adopt-table example writes (tables/<name>.csv): its command is not offered.
    expect(body).not.toContain('gh workflow run adopt-table.yml');
    // The drift record stays the issue's last line (a check spread over runs reads it back).
    expect(result.stdout).not.toContain('::notice::Who changed');
  });

  it('in a public repository names no one by default (drift-authors: auto), and asks the audit log nothing', async () => {
    await driftOutsideGit();
    const publicRun = await runSample(emulator, { 'drift-issue': 'true' }, { env: scheduled(false) });
    expect(publicRun.exitCode).toBe(0);
    expect(publicRun.summary).toContain('**Drift:** 1 table differs from git');
    expect(publicRun.summary).not.toContain('Who changed them');
    expect(emulator.requests.filter((r) => r.path === '/api/v2/audits/query/realtime')).toEqual([]);
    // drift-authors: true names them there too.
    const named = await runSample(
      emulator,
      { 'drift-issue': 'true', 'drift-authors': 'true' },
      { env: scheduled(false) },
    );
    expect(named.summary).toContain('changed by Jane Doe (user)');
  });

  it('without the audit permission: one notice naming it, and the drift issue still opens, without names', async () => {
    await driftOutsideGit();
    emulator.faults.auditForbidden = true;
    const result = await runSample(emulator, { 'drift-issue': 'true' }, { env: scheduled() });
    expect(result.exitCode).toBe(0);
    const notices = result.stdout.split('\n').filter((line) => line.includes('audits:audit:view'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^::notice::Who changed the drifted tables is not said: .*audits:audit:view/);
    expect(result.summary).not.toContain('Who changed them');
    expect(env.github.issues).toHaveLength(1);
    const body = env.github.issues[0]?.body ?? '';
    expect(body).toContain('**Drift:** 1 table differs from git');
    expect(body).toContain('audits:audit:view');
    expect(body).not.toContain('changed by Jane Doe');
    expect(body).toContain('datatable-sync apply examples/data/Holidays.csv');
  });
});
