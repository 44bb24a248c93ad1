import type { FileChangeSince } from '../core/rollback.ts';

/**
 * The checkout's own git, for a rollback: which commits are in this branch's history and the files' bytes at one of
 * them. Never an external diff or textconv driver; every call bounded in time and output.
 */
function git(workspace: string, args: readonly string[]): Promise<{ ok: boolean; stdout: Buffer }> {
  return new Promise((resolve) => {
    // Loaded when git is first asked, not at start: most runs never ask it (a faster start).
    process
      .getBuiltinModule('node:child_process')
      .execFile(
        'git',
        ['-c', 'core.quotePath=false', ...args],
        { cwd: workspace, timeout: 60_000, maxBuffer: 512 * 1024 * 1024, encoding: 'buffer' },
        (error, stdout) => resolve({ ok: !error, stdout }),
      );
  });
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The full sha of a commit the checkout has, or undefined. */
export async function resolveCommit(workspace: string, rev: string): Promise<string | undefined> {
  const { ok, stdout } = await git(workspace, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${rev}^{commit}`,
  ]);
  const sha = stdout.toString('utf8').trim();
  return ok && SHA.test(sha) ? sha : undefined;
}

/** Whether `ancestor` is in the history of `head` (itself included). */
export async function isAncestor(workspace: string, ancestor: string, head: string): Promise<boolean> {
  return (await git(workspace, ['merge-base', '--is-ancestor', ancestor, head])).ok;
}

/** The commits of `head`'s first-parent line (the branch's own history) that changed any of `paths`, newest first. */
export async function commitsTouching(
  workspace: string,
  head: string,
  paths: readonly string[],
  max: number,
): Promise<string[]> {
  const { ok, stdout } = await git(workspace, [
    'log',
    '--first-parent',
    '--format=%H',
    `--max-count=${max}`,
    head,
    '--',
    ...paths.map((p) => `:(literal)${p}`),
  ]);
  if (!ok) return [];
  return stdout
    .toString('utf8')
    .split('\n')
    .filter((line) => SHA.test(line));
}

/**
 * A file's bytes at a commit, exactly as git stores them; undefined when it was not there, and `link` when it was a
 * symbolic link or a submodule there (never written: the path gate writes regular files only).
 */
export async function fileBytesAt(
  workspace: string,
  sha: string,
  relativePath: string,
): Promise<Buffer | 'link' | undefined> {
  const listed = await git(workspace, ['ls-tree', '-z', sha, '--', `:(literal)${relativePath}`]);
  const mode = listed.ok ? /^(\d{6}) /.exec(listed.stdout.toString('utf8'))?.[1] : undefined;
  if (!mode) return undefined;
  if (mode !== '100644' && mode !== '100755') return 'link';
  const { ok, stdout } = await git(workspace, ['cat-file', 'blob', `${sha}:./${relativePath}`]);
  return ok ? stdout : undefined;
}

/** Where the workspace is inside its repository ('' at the root, else `sub/dir/`): GitHub's trees name paths from the root. */
export async function repositoryPrefix(workspace: string): Promise<string> {
  const { ok, stdout } = await git(workspace, ['rev-parse', '--show-prefix']);
  return ok ? stdout.toString('utf8').trim() : '';
}

/** What happened to the files between two commits: added, removed, renamed (git's rename detection), changed. */
export async function changesBetween(workspace: string, from: string, to: string): Promise<FileChangeSince[]> {
  const { ok, stdout } = await git(workspace, [
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    '--no-textconv',
    '--relative',
    from,
    to,
  ]);
  if (!ok) return [];
  const parts = stdout.toString('utf8').split('\0');
  const changes: FileChangeSince[] = [];
  for (let i = 0; i < parts.length - 1; ) {
    const status = parts[i++] ?? '';
    if (status.startsWith('R') || status.startsWith('C')) {
      const fromPath = parts[i++] ?? '';
      changes.push({ status, path: parts[i++] ?? '', from: fromPath });
    } else changes.push({ status, path: parts[i++] ?? '' });
  }
  return changes;
}
