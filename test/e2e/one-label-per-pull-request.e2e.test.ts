import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/run-action.ts';
import { runSample, useE2eEnvironment } from '../support/e2e.ts';
import { pullRequestEnv } from '../support/github-env.ts';

// labels: true with several configurations (or environments) on one pull request: one label, the worst state of all
// of them, each run changing only its own part (recorded in its own plan comment).
const env = useE2eEnvironment();

describe('one label per pull request', () => {
  it('keeps "deletes" while another configuration plans no changes, and follows each one as it changes', async () => {
    const ws = path.join(env.dir, 'ws');
    await mkdir(path.join(ws, 'tables'), { recursive: true });
    await mkdir(path.join(ws, 'same'), { recursive: true });
    await writeFile(
      path.join(ws, 'tables', 'Holidays.csv'),
      await readFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), 'utf8'),
    );
    // A second configuration whose file equals the live table: it plans no changes.
    const live = env.emulator.rowsOf('Holidays');
    const quote = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`;
    await writeFile(
      path.join(ws, 'same', 'Holidays.csv'),
      [
        'Holiday,Date,Closed,Greeting,Callback Hours,Surcharge',
        ...live.map((r) => [r.key, r.Date, r.Closed, quote(r.Greeting), r['Callback Hours'], r.Surcharge].join(',')),
      ].join('\n'),
    );
    const pr = await pullRequestEnv(env.dir, env.github);
    const labels = () => env.github.issueLabels.get(7) ?? [];
    const deleting = { file: 'tables/Holidays.csv', labels: 'true' };
    const quiet = { file: 'same/Holidays.csv', labels: 'true' };

    expect((await runSample(env.emulator, deleting, { env: pr, workspace: ws })).exitCode).toBe(0);
    expect(labels()).toEqual(['datatables: deletes']);
    // The other configuration finishes last: its "no changes" does not take the deletes label off.
    expect((await runSample(env.emulator, quiet, { env: pr, workspace: ws })).exitCode).toBe(0);
    expect(env.github.comments.get(7)).toHaveLength(2);
    expect(labels()).toEqual(['datatables: deletes']);
    // The first one stops deleting (append): the label follows it.
    const appending = { ...deleting, 'import-mode': 'append' };
    expect((await runSample(env.emulator, appending, { env: pr, workspace: ws })).exitCode).toBe(0);
    expect(labels()).toEqual(['datatables: changes']);
    // And an environment of the quiet configuration blocked by an invalid cell wins over both.
    await writeFile(path.join(ws, 'same', 'Holidays.csv'), 'Holiday,Closed\nNew Year,maybe\n');
    expect(
      (await runSample(env.emulator, { ...quiet, environment: 'test' }, { env: pr, workspace: ws })).exitCode,
    ).toBe(1);
    expect(labels()).toEqual(['datatables: blocked']);
  });
});
