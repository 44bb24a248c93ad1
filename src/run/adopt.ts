import { codeOrText, escapeMarkdown } from '../core/report/markdown.ts';
import { fileBytesAt, resolveCommit } from '../inputs/git-history.ts';
import type { RunContext } from './context.ts';
import { proposePullRequest } from './propose.ts';

/** A file the export wrote: its path in the workspace and the bytes written. */
export interface ExportedFile {
  relativePath: string;
  bytes: Buffer;
  table: string;
}

/** A branch name's part for a table: git refuses spaces, `..`, `~`, `^`, `:` and more in ref names. */
function branchWord(table: string): string {
  return (
    table
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 40) || 'table'
  );
}

/**
 * `mode: export` with `pull-request: true`: the exported files proposed as a pull request into the branch of the run,
 * through the same Git data API call as the rollback's pull request, so the live values are adopted after review.
 * Only files whose bytes differ from the branch's go in; none differing is refused (there is nothing to adopt).
 */
export async function openAdoptPullRequest(context: RunContext, exported: readonly ExportedFile[]): Promise<void> {
  const { runner, settings, event, pullRequests } = context;
  const workspace = context.files.workspace;
  const refuse = (why: string) => runner.fail(`No adopt pull request was opened: ${why}`, 'export-failed');
  if (!pullRequests?.openPullRequest) {
    return refuse('opening it needs github-token (permissions contents: write and pull-requests: write)');
  }
  if (!event.branch) return refuse('the run names no branch to open it into (GITHUB_REF_NAME): run it on a branch');
  const head = await resolveCommit(workspace, event.sha || 'HEAD');
  if (!head) {
    return refuse(
      `the checkout has no commit ${event.sha ? event.sha.slice(0, 7) : 'HEAD'}: check out the branch (actions/checkout)`,
    );
  }
  const changed: ExportedFile[] = [];
  for (const file of exported) {
    const now = await fileBytesAt(workspace, head, file.relativePath);
    if (!(now instanceof Buffer && now.equals(file.bytes))) changed.push(file);
  }
  const short = head.slice(0, 7);
  if (changed.length === 0) {
    return refuse(
      `the files on ${event.branch} (${short}) already hold the live values of ${[...new Set(exported.map((f) => f.table))].join(', ')}: nothing differs, nothing to adopt`,
    );
  }
  const tables = [...new Set(changed.map((f) => f.table))];
  const named = tables.length > 3 ? `${tables.length} tables` : tables.join(', ');
  const list = changed.map((f) => `- ${codeOrText(f.relativePath)} (table ${escapeMarkdown(f.table)})`);
  const body = [
    `Adopts the live values of ${escapeMarkdown(named)} into git: the tables exported as they are now, into these files:`,
    '',
    ...list,
    '',
    'Nothing here touches a table. The plan comment of this pull request should show no changes: reviewing it is reviewing the tables as they are. Once merged, git holds the values and the drift is gone.',
  ].join('\n');
  const words = tables.length > 3 ? `${tables.length}-tables` : tables.map(branchWord).join('-');
  await proposePullRequest(
    context,
    {
      heading: 'Data tables adopt',
      branch: `datatable-sync/adopt-${words}-${short}-${settings.configId}`,
      head,
      into: event.branch,
      message: `Adopt the live values of ${named} into git`,
      title: `Adopt the live values of ${named}`,
      body,
      files: changed,
    },
    refuse,
  );
}
