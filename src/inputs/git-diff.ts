const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * The paths changed between the merge base of `base` and `head` (what a pull request changes), relative to
 * `workspace`, by the checkout's own git, when both commits are there (a checkout with its history); undefined
 * otherwise (a shallow checkout, no git), and the caller asks GitHub. Renames count by both names.
 */
export function gitChangedPaths(workspace: string, base: string, head: string): Promise<string[] | undefined> {
  if (!SHA.test(base) || !SHA.test(head)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    // Loaded when git is first asked, not at start: most runs never ask it (a faster start).
    process
      .getBuiltinModule('node:child_process')
      .execFile(
        'git',
        [
          '-c',
          'core.quotePath=false',
          'diff',
          '--name-only',
          '-z',
          '--no-renames',
          '--no-ext-diff',
          '--no-textconv',
          '--relative',
          `${base}...${head}`,
        ],
        { cwd: workspace, timeout: 60_000, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
        (error, stdout) => resolve(error ? undefined : stdout.split('\0').filter((p) => p !== '')),
      );
  });
}
