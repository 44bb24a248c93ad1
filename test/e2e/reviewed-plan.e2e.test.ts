import { describe, expect, it } from 'vitest';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';
import { pullRequestEnv, pushEnv } from '../support/github-env.ts';

// The reviewed plan fails closed: only our own comment counts, and not knowing what was reviewed refuses the apply.
const environment = useE2eEnvironment();
const run = (inputs: Record<string, string>, env: Record<string, string>) =>
  runSample(environment.emulator, inputs, { env });

describe('the reviewed plan', () => {
  it("ignores a marker in another user's comment: it is neither the reviewed plan nor edited", async () => {
    // Someone copies the plan comment's markers (from an earlier run) into a comment of their own.
    expect((await run({}, await pullRequestEnv(environment.dir, environment.github))).exitCode).toBe(0);
    const ours = environment.github.comments.get(7)?.[0];
    expect(ours?.user.login).toBe('github-actions[bot]');
    environment.github.comments.set(7, [
      { ...(ours as NonNullable<typeof ours>), id: 1, user: { login: 'mallory', type: 'User' } },
    ]);

    const plan = await run({ comment: 'always' }, await pullRequestEnv(environment.dir, environment.github));
    expect(plan.exitCode).toBe(0);
    expect(environment.github.foreignEdits).toEqual([]);
    expect(environment.github.comments.get(7)?.map((c) => c.user.login)).toEqual(['mallory', 'github-actions[bot]']);

    // Only mallory's copy: the apply finds no reviewed plan of ours.
    environment.github.comments.set(7, environment.github.comments.get(7)?.slice(0, 1) ?? []);
    const apply = await run({ mode: 'apply', 'require-reviewed-plan': 'true' }, pushEnv(environment.github));
    expect(apply.exitCode).toBe(1);
    expect(apply.stdout).toContain('No plan comment of ours on pull request #7, so no review showed');
    expect(importStarts(environment.emulator)).toHaveLength(0);
  });

  it('finds our comment whether GraphQL names the bot with its [bot] suffix or without', async () => {
    environment.github.viewerLogin = 'github-actions[bot]';
    expect((await run({}, await pullRequestEnv(environment.dir, environment.github))).exitCode).toBe(0);
    const apply = await run({ mode: 'apply' }, pushEnv(environment.github));
    expect(apply.stdout).toContain('This is the plan reviewed at `aaaaaaa` (pull request #7)');
    expect(apply.exitCode).toBe(0);
  });

  it('refuses to apply when GitHub cannot be read, unless on-drift: apply', async () => {
    expect((await run({}, await pullRequestEnv(environment.dir, environment.github))).exitCode).toBe(0);
    environment.github.failReads = true;
    const refused = await run({ mode: 'apply' }, pushEnv(environment.github));
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      'The reviewed plan could not be read (GitHub could not be read: GitHub answered 502',
    );
    expect(importStarts(environment.emulator)).toHaveLength(0);

    const forced = await run({ mode: 'apply', 'on-drift': 'apply' }, pushEnv(environment.github));
    expect(forced.exitCode).toBe(0);
    expect(importStarts(environment.emulator)).toHaveLength(1);
  });

  it('refuses a plan comment that was made at another commit than the merged head', async () => {
    expect((await run({}, await pullRequestEnv(environment.dir, environment.github))).exitCode).toBe(0);
    const env = pushEnv(environment.github);
    for (const pulls of environment.github.commitPulls.values()) for (const pr of pulls) pr.head.sha = 'e'.repeat(40);
    const refused = await run({ mode: 'apply' }, env);
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain("was made at aaaaaaa, but the pull request's head is eeeeeee");
    expect(importStarts(environment.emulator)).toHaveLength(0);
  });

  it('with plan-signing-key, trusts only a plan line signed with it: another workflow of the same bot cannot forge one', async () => {
    const key = { 'plan-signing-key': 'k3y-only-our-workflows-hold' };
    const plan = await run(key, await pullRequestEnv(environment.dir, environment.github));
    expect(plan.exitCode).toBe(0);
    const ours = environment.github.comments.get(7)?.[0];
    expect(ours?.body).toMatch(/"sig":"[0-9a-f]{64}"/);
    expect(plan.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('k3y-only-our-workflows-hold');
    const signed = await run({ mode: 'apply', ...key }, pushEnv(environment.github));
    expect(signed.exitCode).toBe(0);
    expect(signed.stdout).toContain('This is the plan reviewed at `aaaaaaa`');

    // Another workflow with the workflow token (same identity) rewrites the plan line: its hash now matches
    // whatever it likes, but it cannot sign it.
    const forged = (ours?.body ?? '').replace(/"sig":"[0-9a-f]{64}"/, `"sig":"${'0'.repeat(64)}"`);
    environment.github.comments.set(7, [{ ...(ours as NonNullable<typeof ours>), body: forged }]);
    const refused = await run({ mode: 'apply', ...key }, pushEnv(environment.github));
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('its plan line is not signed with plan-signing-key');
    // Without the key (as before), the same comment would have been trusted.
    const unkeyed = await run({ mode: 'apply' }, pushEnv(environment.github));
    expect(unkeyed.stdout).not.toContain('not signed');
  });
});
