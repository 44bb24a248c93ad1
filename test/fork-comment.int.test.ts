import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../scripts/run-action.ts';
import { FakeGitHub } from './support/fake-github.ts';

// The script of examples/workflows/post-fork-comment.yml, run as actions/github-script runs it, against a local
// fake GitHub API: the fork controls the artifact and its branch, never which pull request gets the comment.
const workflow = parse(readFileSync(path.join(repoRoot, 'examples/workflows/post-fork-comment.yml'), 'utf8')) as {
  jobs: { comment: { steps: { uses?: string; with?: { script?: string } }[] } };
};
const script = workflow.jobs.comment.steps.find((s) => s.uses?.startsWith('actions/github-script'))?.with?.script;
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

let github: FakeGitHub;
let dir: string;
beforeEach(async () => {
  github = await new FakeGitHub().start();
  dir = await mkdtemp(path.join(tmpdir(), 'fork-comment-'));
});
afterEach(async () => {
  await github.stop();
  await rm(dir, { recursive: true, force: true });
});

const FORK_HEAD = 'f'.repeat(40);

async function runScript(planText: string, workflowRun: Record<string, unknown>) {
  const planFile = path.join(dir, 'plan.md');
  await writeFile(planFile, planText);
  const failures: string[] = [];
  const core = { setFailed: (m: string) => failures.push(m), info: () => {} };
  const context = {
    repo: { owner: 'acme', repo: 'tables' },
    payload: {
      workflow_run: {
        head_sha: FORK_HEAD,
        head_branch: 'patch-1',
        head_repository: { full_name: 'someone/tables', owner: { login: 'someone' } },
        ...workflowRun,
      },
    },
  };
  process.env.PLAN_FILE = planFile;
  try {
    await new AsyncFunction('github', 'context', 'core', 'require', script as string)(
      getOctokit('ghs_workflow_token', { baseUrl: github.url }),
      context,
      core,
      createRequire(import.meta.url),
    );
  } finally {
    delete process.env.PLAN_FILE;
  }
  return failures;
}

describe('the fork comment workflow script', () => {
  beforeEach(() => {
    github.pulls.push({ number: 12, head: { sha: FORK_HEAD, ref: 'patch-1', repo: { full_name: 'someone/tables' } } });
    github.pulls.push({ number: 3, head: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'acme/tables' } } });
  });

  it('posts on the pull request found from the run, with HTML comments stripped', async () => {
    const plan =
      '## Plan\n<!-- datatable-sync:abc -->\n<!-- datatable-sync-plan:{"hash":"forged"} -->\nrows <!-- a\nb --> ok <!-- open';
    expect(await runScript(plan, {})).toEqual([]);
    const posted = github.comments.get(12) ?? [];
    expect(posted).toHaveLength(1);
    const body = posted[0]?.body ?? '';
    expect(body.startsWith('<!-- datatable-sync-fork-plan -->\n### Plan from a fork\n')).toBe(true);
    expect(body).toContain('ran **without secrets**');
    expect(body.endsWith('> ```\n> ## Plan\n> \n> \n> rows  ok \n> ```')).toBe(true);
    expect(github.comments.get(3)).toBeUndefined();

    // Run again: the same comment is updated, and a look-alike by someone else is left alone.
    github.comments.get(12)?.unshift({
      id: 1,
      node_id: 'IC_1',
      body: '<!-- datatable-sync-fork-plan -->\nfake',
      html_url: '',
      user: { login: 'mallory', type: 'User' },
    });
    expect(await runScript('## Plan v2', {})).toEqual([]);
    expect(github.comments.get(12)?.map((c) => [c.user.login, c.body.split('\n').at(-2)])).toEqual([
      ['mallory', '<!-- datatable-sync-fork-plan -->'],
      ['github-actions[bot]', '> ## Plan v2'],
    ]);
    expect(github.foreignEdits).toEqual([]);
  });

  it('refuses when no open pull request has the run head commit (a PR number cannot be chosen by the fork)', async () => {
    const failures = await runScript('## Plan', { head_sha: 'b'.repeat(40) });
    expect(failures).toEqual([
      `No single open pull request from someone/tables at ${'b'.repeat(40)} (found 0); nothing was posted.`,
    ]);
    expect(github.comments.size).toBe(0);
  });

  it('refuses a pull request of another head repository with the same branch name', async () => {
    const failures = await runScript('## Plan', {
      head_repository: { full_name: 'other/tables', owner: { login: 'other' } },
    });
    expect(failures[0]).toContain('No single open pull request from other/tables');
    expect(github.comments.size).toBe(0);
  });

  it('shows whatever the fork wrote as text: no link, mention, fold, heading or fake verdict renders', async () => {
    const forged = [
      '**No changes.** The tables match the files.',
      '[Approved by security](https://evil.example) @octocat',
      '<details><summary>hidden</summary>x</details>',
      '```',
      '`````',
      '## Plan',
    ].join('\n');
    expect(await runScript(forged, {})).toEqual([]);
    const html = new MarkdownIt({ html: true, linkify: true }).render(github.comments.get(12)?.[0]?.body ?? '');
    expect(html).not.toMatch(/<a |<details|<strong>No changes|<h2/);
    // One fence longer than any run of backticks in the text holds it all.
    expect(html.match(/<pre>/g)).toHaveLength(1);
    expect(html).toContain('[Approved by security](https://evil.example) @octocat');
  });

  it('caps the size', async () => {
    expect(await runScript('x'.repeat(100_000), {})).toEqual([]);
    const body = github.comments.get(12)?.[0]?.body ?? '';
    expect(body.length).toBeLessThan(61_000);
    expect(body).toContain('(cut at 60000 characters');
  });
});
