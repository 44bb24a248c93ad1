import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/run-action.ts';
import { commentDigest } from '../../src/review/protocol.ts';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { ACTIONS_BOT, type FakeComment } from '../support/fake-github.ts';
import { BASE, HEAD, pullRequestEnv, pushEnv } from '../support/github-env.ts';

// What the reviewer read is what the apply imports: a plan comment counts only exactly as the action wrote it, before
// the merge, through the action against the emulator and a GitHub that records who edited a comment, and when.
const env = useE2eEnvironment();
const KEY = { 'plan-signing-key': 'k3y-held-by-the-plan-and-apply-environments' };
const MALLORY = { login: 'mallory', type: 'User' } as const;

const sample = () => readFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), 'utf8');
const CHRISTMAS = "Christmas Day,2027-12-25,true,Merry Christmas! We're closed.,0,2.5";

/** A workspace holding tables/Holidays.csv with this text. */
async function workspace(csv: string): Promise<string> {
  const ws = path.join(env.dir, `ws-${Math.random().toString(36).slice(2)}`);
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  await writeFile(path.join(ws, 'tables', 'Holidays.csv'), csv);
  return ws;
}

const run = (ws: string, inputs: Record<string, string>, runEnv: Record<string, string>) =>
  runSample(env.emulator, { file: 'tables/Holidays.csv', ...inputs }, { workspace: ws, env: runEnv });

const ourComment = (): FakeComment => {
  const comment = env.github.comments.get(7)?.at(-1);
  if (!comment) throw new Error('no plan comment on pull request 7');
  return comment;
};

/** The comment's first two lines (marker, plan line) and the rest: the text a reviewer reads. */
const split = (body: string) => {
  const lines = body.split('\n');
  return { top: lines.slice(0, 2).join('\n'), text: lines.slice(2).join('\n') };
};

describe('the edited-comment proof of the third review', () => {
  for (const key of [{}, KEY]) {
    const keyed = Object.keys(key).length > 0;
    it(`an evil plan under a benign plan's text is not applied (${keyed ? 'with' : 'without'} plan-signing-key)`, async () => {
      const benign = await workspace(await sample());
      // Surcharge 2.5 -> 999, Closed true -> false: what the attacker wants imported.
      const evil = await workspace(
        (await sample()).replace(CHRISTMAS, "Christmas Day,2027-12-25,false,Merry Christmas! We're closed.,0,999"),
      );
      expect((await run(benign, key, await pullRequestEnv(env.dir, env.github))).exitCode).toBe(0);
      const benignText = split(ourComment().body).text;
      expect(benignText).toContain('Planned at commit <code>aaaaaaa</code>.');
      expect((await run(evil, key, await pullRequestEnv(env.dir, env.github))).exitCode).toBe(0);
      const evilBody = ourComment().body;
      expect(evilBody).toContain('999');

      // Someone with write access keeps the marker and the (signed) plan line, and pastes the benign text below.
      env.github.editAs(ourComment().id, MALLORY, `${split(evilBody).top}\n${benignText}`);
      const apply = await run(evil, { mode: 'apply', ...key }, pushEnv(env.github));
      expect(apply.exitCode).toBe(1);
      expect(apply.stdout).toMatch(
        /The plan comment on pull request #7 is not the plan the action wrote: it was edited after the action wrote it \(GitHub's record: edited by mallory at 2026-11-24T09:00:0\dZ\)/,
      );
      expect(apply.summary).toContain('Apply refused');
      expect(importStarts(env.emulator)).toHaveLength(0);
    });
  }

  it('an edit by a workflow with the same token identity is refused by the digest, or, re-digested, by the key', async () => {
    const ws = await workspace(await sample());
    expect((await run(ws, KEY, await pullRequestEnv(env.dir, env.github))).exitCode).toBe(0);
    const { top, text } = split(ourComment().body);
    // GitHub names the bot as the editor, so its record alone cannot tell this edit from the action's own.
    const changed = text.replace('**Changed rows', '**Rows that change');
    env.github.editAs(ourComment().id, { ...ACTIONS_BOT }, `${top}\n${changed}`);
    for (const key of [{}, KEY]) {
      const apply = await run(ws, { mode: 'apply', ...key }, pushEnv(env.github));
      expect(apply.exitCode).toBe(1);
      expect(apply.stdout).toContain('its text is not the text the action wrote under that plan line');
    }
    // The same workflow recomputes the digest: without the key nothing can tell; with it, the line is unsigned.
    const redigested = top.replace(/"body":"[0-9a-f]{64}"/, `"body":"${commentDigest(changed)}"`);
    env.github.editAs(ourComment().id, { ...ACTIONS_BOT }, `${redigested}\n${changed}`);
    const keyed = await run(ws, { mode: 'apply', ...KEY }, pushEnv(env.github));
    expect(keyed.exitCode).toBe(1);
    expect(keyed.stdout).toContain('its plan line is not signed with plan-signing-key');
    expect(importStarts(env.emulator)).toHaveLength(0);
  });

  it('a comment the action itself updated on a later push still applies', async () => {
    // REST and viewer name the bot github-actions[bot]; GraphQL's editor names it github-actions.
    env.github.viewerLogin = 'github-actions[bot]';
    const ws = await workspace(await sample());
    const first = await workspace((await sample()).replace(CHRISTMAS, `${CHRISTMAS.slice(0, -3)}1.5`));
    const earlier = await pullRequestEnv(env.dir, env.github, { head: 'e'.repeat(40) });
    expect((await run(first, KEY, earlier)).exitCode).toBe(0);
    expect(ourComment().body).toContain('Planned at commit <code>eeeeeee</code>.');
    expect((await run(ws, KEY, await pullRequestEnv(env.dir, env.github))).exitCode).toBe(0);
    expect(env.github.comments.get(7)).toHaveLength(1);
    expect(ourComment().edits?.map((e) => e.editor?.login)).toEqual(['github-actions[bot]']);

    const apply = await run(ws, { mode: 'apply', ...KEY }, pushEnv(env.github));
    expect(apply.exitCode).toBe(0);
    expect(apply.stdout).toContain('This is the plan reviewed at `aaaaaaa` (pull request #7)');
    expect(importStarts(env.emulator)).toHaveLength(1);
    // The results joined the comment, which names both commits.
    expect(ourComment().body).toContain('Planned at commit <code>aaaaaaa</code>, applied at <code>ddddddd</code>.');
  });

  it('a plan written after the merge is not a review; the apply adding its results after the merge is no new plan', async () => {
    const ws = await workspace(await sample());
    expect((await run(ws, {}, await pullRequestEnv(env.dir, env.github))).exitCode).toBe(0);
    // The merge was at 10:00; the pull request's plan workflow is re-run at 11:00.
    env.github.clock = Date.parse('2026-11-24T11:00:00Z');
    expect((await run(ws, {}, await pullRequestEnv(env.dir, env.github))).exitCode).toBe(0);
    const late = await run(ws, { mode: 'apply' }, pushEnv(env.github));
    expect(late.exitCode).toBe(1);
    expect(late.stdout).toContain(
      'it was written at 2026-11-24T11:00:00Z, after the merge at 2026-11-24T10:00:00Z: a plan made after the merge is not the one reviewed',
    );
    expect(importStarts(env.emulator)).toHaveLength(0);

    // Planned before the merge; the first apply's import fails and its results join the comment after the merge.
    env.github.comments.set(7, []);
    env.github.clock = Date.parse('2026-11-24T09:30:00Z');
    expect((await run(ws, {}, await pullRequestEnv(env.dir, env.github))).exitCode).toBe(0);
    env.github.clock = Date.parse('2026-11-24T11:00:00Z');
    env.emulator.faults.failImport = 'the import failed';
    const failed = await run(ws, { mode: 'apply' }, pushEnv(env.github));
    expect(failed.exitCode).toBe(1);
    expect(ourComment().body).toContain('## Import results');
    env.emulator.faults.failImport = undefined;
    const again = await run(ws, { mode: 'apply' }, pushEnv(env.github));
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain('This is the plan reviewed at `aaaaaaa`');
    expect(importStarts(env.emulator)).toHaveLength(2);
  });
});

describe('no reviewed plan on a pull request imports nothing no review showed', () => {
  it('a pull request with over 3,000 comments: the search stops, and the apply with it', async () => {
    const ws = await workspace(await sample());
    expect((await run(ws, {}, await pullRequestEnv(env.dir, env.github))).exitCode).toBe(0);
    const list = env.github.comments.get(7) ?? [];
    for (let i = 0; i < 3_000; i++) {
      list.push({ id: 5_000 + i, node_id: `IC_s${i}`, body: 'first!', html_url: '', user: { ...MALLORY } });
    }
    const apply = await run(ws, { mode: 'apply' }, pushEnv(env.github));
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toContain(
      'The reviewed plan could not be read (the search could not finish: pull request #7 has more than 3000 comments',
    );
    expect(importStarts(env.emulator)).toHaveLength(0);
  });

  it('a "no changes" plan leaves a short comment, and a table that drifted before the merge is not imported', async () => {
    const ws = await workspace(await sample());
    // A direct push (no pull request) applies the plan made now, as before, and says so in the summary.
    const direct = await run(ws, { mode: 'apply' }, pushEnv(env.github, false));
    expect(direct.exitCode).toBe(0);
    expect(direct.summary).toContain(
      'No reviewed plan was found (no merged pull request for commit ddddddd): applying the plan made now, which no review showed.',
    );
    expect(importStarts(env.emulator)).toHaveLength(1);

    const plan = await run(ws, {}, await pullRequestEnv(env.dir, env.github));
    expect(plan.exitCode).toBe(0);
    expect(ourComment().body).toContain('**No changes.** The tables match the files.');
    expect(ourComment().body.length).toBeLessThan(800);

    // Someone edits the live table in Genesys before the merge.
    env.emulator
      .tableByName('Holidays')
      .rows.set('Boxing Day', { key: 'Boxing Day', Date: '2027-12-26', Closed: true });
    const apply = await run(ws, { mode: 'apply' }, pushEnv(env.github));
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toContain('The plan differs from the one reviewed at aaaaaaa (pull request #7)');
    expect(importStarts(env.emulator)).toHaveLength(1);

    // Without the comment (an earlier version wrote none for "no changes"): still nothing imported.
    env.github.comments.set(7, []);
    const bare = await run(ws, { mode: 'apply' }, pushEnv(env.github));
    expect(bare.exitCode).toBe(1);
    expect(bare.stdout).toContain('No plan comment of ours on pull request #7, so no review showed');
    expect(importStarts(env.emulator)).toHaveLength(1);

    // A pull request that changes no table (no plan comment, nothing to import) merges quietly.
    env.emulator.tableByName('Holidays').rows.delete('Boxing Day');
    const quiet = await run(ws, { mode: 'apply' }, pushEnv(env.github));
    expect(quiet.exitCode).toBe(0);
    expect(quiet.stdout).toContain('No plan comment of ours on pull request #7, and this apply imports nothing.');
    expect(importStarts(env.emulator)).toHaveLength(1);
  });
});

describe('plans made stale by another apply', () => {
  it('a flooded pull request does not stop the note on the others, and a noted plan is refused naming why', async () => {
    const ws = await workspace(await sample());
    const prEnv = async (number: number) => {
      const eventPath = path.join(env.dir, `event-${number}.json`);
      await writeFile(
        eventPath,
        JSON.stringify({
          pull_request: {
            number,
            head: { sha: HEAD, repo: { full_name: 'acme/tables' } },
            base: { sha: BASE, repo: { full_name: 'acme/tables' } },
          },
        }),
      );
      return { ...(await pullRequestEnv(env.dir, env.github)), GITHUB_EVENT_PATH: eventPath };
    };
    expect((await run(ws, {}, await prEnv(7))).exitCode).toBe(0);
    expect((await run(ws, {}, await prEnv(9))).exitCode).toBe(0);
    env.github.comments.set(
      8,
      Array.from({ length: 3_000 }, (_, i) => ({
        id: 9_000 + i,
        node_id: `IC_f${i}`,
        body: 'first!',
        html_url: '',
        user: { ...MALLORY },
      })),
    );
    env.github.pulls.push(
      ...[8, 9].map((number) => ({
        number,
        head: { sha: HEAD, ref: `topic-${number}`, repo: { full_name: 'acme/tables' } },
      })),
    );
    const apply = await run(ws, { mode: 'apply' }, pushEnv(env.github));
    expect(apply.exitCode).toBe(0);
    expect(apply.stdout).toContain('Not checked for an outdated plan: pull request #8 has more than 3000 comments');
    expect(env.github.comments.get(9)?.[0]?.body).toContain('**Outdated**');

    // #9 merged as it is: the note is the action's, but the text is no longer the one the plan line names.
    const merge9 = 'f'.repeat(40);
    env.github.commitPulls.set(merge9, [{ number: 9, merged_at: '2026-11-24T10:00:00Z', head: { sha: HEAD } }]);
    const stale = await run(ws, { mode: 'apply' }, { ...pushEnv(env.github), GITHUB_SHA: merge9 });
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout).toContain('the apply of another pull request marked it outdated');
    expect(importStarts(env.emulator)).toHaveLength(1);
  });
});
