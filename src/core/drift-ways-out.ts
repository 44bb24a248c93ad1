import { changesTable, type TablePlan } from './plan.ts';
import { escapeMarkdown } from './report/markdown.ts';

/** Where the adopt-table example workflow writes a table (examples/workflows/adopt-table.yml). */
function adoptWorkflowFile(table: string): string {
  return `tables/${table}.csv`;
}

/** One word for a POSIX shell: as is when plainly safe, else single-quoted. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A fenced block whose fence no run of backticks in the text can close. */
function fenced(lines: readonly string[]): string[] {
  const longest = Math.max(0, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}sh`, ...lines, fence];
}

/** A line break or control character cannot be shown in one command line: no command is offered for such a name. */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/**
 * The drift issue's two ways out, as ready commands for the drifted tables: adopt (the live values into the files,
 * through the export, reviewed in a pull request) or revert (the next apply puts git's values back: the plan shown
 * is what it does). `config` is the configuration file the drift check read, when not the CLI's default one;
 * `environment`, the org it is for (the same flag on a terminal).
 */
export function waysOut(plans: readonly TablePlan[], run: { config?: string; environment?: string } = {}): string[] {
  const drifted = plans.filter(
    (plan) => changesTable(plan) && !UNPRINTABLE.test(plan.file) && !UNPRINTABLE.test(plan.table.name),
  );
  if (drifted.length === 0) return [];
  const { config, environment } = run;
  const configFlag =
    (config && config !== 'datatables.yml' ? ` --config ${shellWord(config)}` : '') +
    (environment && !UNPRINTABLE.test(environment) ? ` --environment ${shellWord(environment)}` : '');
  const viaWorkflow = drifted.filter((plan) => plan.file === adoptWorkflowFile(plan.table.name));
  const adoptCli = drifted.map(
    (plan) => `datatable-sync export ${shellWord(plan.file)} --table ${shellWord(plan.table.name)}${configFlag}`,
  );
  const files = drifted.map((plan) => shellWord(plan.file)).join(' ');
  const lines = [
    '### Ways out',
    '',
    '**Adopt**: keep the live values. Export them into the files and review them in a pull request; once merged, git holds them and the drift is gone.',
    '',
  ];
  if (viaWorkflow.length > 0) {
    lines.push(
      'With the [adopt-table](https://github.com/datatable-sync/datatable-sync/blob/v1/examples/workflows/adopt-table.yml) workflow (it opens the pull request):',
      '',
      ...fenced(viaWorkflow.map((plan) => `gh workflow run adopt-table.yml -f table=${shellWord(plan.table.name)}`)),
      '',
    );
  }
  lines.push(
    'On a terminal, in a clone, on a new branch (then commit the files and open a pull request):',
    '',
    ...fenced(adoptCli),
    '',
    "**Revert**: put git's values back. The plan above is what the next apply does: it runs on the next merge that changes a table's file, or now, on a terminal (it prints the plan and asks before applying):",
    '',
    ...fenced([`datatable-sync plan ${files}${configFlag}`, `datatable-sync apply ${files}${configFlag}`]),
  );
  const skipped = plans.filter(changesTable).length - drifted.length;
  if (skipped > 0)
    lines.push(
      '',
      `${skipped} drifted table(s) have a name or file that cannot be shown on one command line: ${escapeMarkdown('export or apply them by hand.')}`,
    );
  return lines;
}
