/**
 * A job matrix over runners: `mode: targets` lists the groups for `strategy.matrix`, a plan with `group` plans one
 * group and writes its plan file for the gather, and `mode: gather` makes one comment and one plan hash of them all.
 */
import path from 'node:path';
import { type GroupRef, groupName, PLAN_REQUESTS_PER_TABLE, planMatrix } from '../core/groups.ts';
import { outputJson } from '../core/log-line.ts';
import type { TablePlan } from '../core/plan.ts';
import { escapeMarkdown } from '../core/report/markdown.ts';
import type { PlanReportInput, TableFailure } from '../core/report/plan.ts';
import type { DataFile } from '../inputs/data-files.ts';
import { SettingsError } from '../inputs/settings-error.ts';
import { labelPullRequest } from '../review/review-queue.ts';
import { artifactName, type RunContext } from './context.ts';
import type { PlannedRun } from './plan.ts';
import { fileLink, publishPlan } from './publish.ts';

/** `mode: targets`: the `matrix` output (`{"include":[{group, environment, client}]}`) and a summary of the groups. */
export async function listTargets(context: RunContext, files: readonly DataFile[]): Promise<void> {
  const { runner, settings } = context;
  const { allowed, windowMs } = settings.genesys.rateLimit;
  const groups = planMatrix(
    files.map((f) => f.table),
    { groups: settings.groups, clients: settings.clients, allowed },
  );
  const include = groups.map((g) => ({ group: g.group, environment: settings.environment, client: String(g.client) }));
  runner.output('matrix', outputJson({ include }));
  runner.output('groups', groups.length);
  const minutes = (windows: number) => ((windows * windowMs) / 60_000).toFixed(1);
  const requests = files.length * PLAN_REQUESTS_PER_TABLE;
  const floor = requests / (allowed * Math.min(settings.clients, groups.length));
  const lines = [
    `## Data tables matrix${settings.environment ? `: ${escapeMarkdown(settings.environment)}` : ''}`,
    '',
    `${files.length} table(s) in ${groups.length} group(s) over ${settings.clients} OAuth client(s) of ${allowed} requests per ${windowMs / 1000} s. ` +
      `Each group paces itself to its share of its client's budget, so the groups on one client together keep to it. ` +
      `Planning takes up to ${PLAN_REQUESTS_PER_TABLE} requests a table: ${requests} in all, at least ${minutes(floor)} min with every client busy.`,
    '',
    '| group | client | tables | from, to | requests (at most) | its share | plan takes at least |',
    '|---|---|---|---|---|---|---|',
    ...groups.map(
      (g) =>
        `| ${g.group} | ${g.client} | ${g.tables.length} | ${escapeMarkdown(g.tables[0] ?? '')}, ${escapeMarkdown(g.tables.at(-1) ?? '')} | ${g.requests} | ${g.allowed} per ${windowMs / 1000} s | ${minutes(g.windows)} min |`,
    ),
    '',
  ];
  await runner.summary(lines.join('\n'));
  runner.info(`Matrix: ${groups.length} group(s): ${groups.map((g) => `${g.group} (${g.tables.length})`).join(', ')}`);
}

/** What one group's plan hands to the gather: its plans as the comment renders them, at the commit planned. */
interface GroupPlanFile {
  kind: 'datatable-sync group plan';
  version: 1;
  configId: string;
  group: GroupRef;
  /** The commit planned (the pull request's head), so plans of different pushes are never gathered together. */
  sha: string;
  plans: TablePlan[];
  failures: TableFailure[];
  notices: string[];
}

const groupFileName = (group: GroupRef) => `group-plan-${group.index}of${group.count}.json`;

/** A group's plan, written for the gather and uploaded as its own artifact (the `group-plan` output is its path). */
export async function writeGroupPlan(
  context: RunContext,
  group: GroupRef,
  planned: PlannedRun,
  reportInput: PlanReportInput,
): Promise<void> {
  const { runner, settings, event, run } = context;
  const content: GroupPlanFile = {
    kind: 'datatable-sync group plan',
    version: 1,
    configId: settings.configId,
    group,
    sha: event.pullRequest?.headSha ?? event.sha,
    plans: planned.tables.map((t) => t.plan),
    failures: planned.failures,
    notices: [...(reportInput.notices ?? [])],
  };
  const name = groupFileName(group);
  const written = await run.write(name, [JSON.stringify(content)]);
  runner.output('group-plan', written);
  if (settings.uploadArtifacts) {
    const artifact = artifactName('datatable-group', settings);
    const upload = await runner.uploadArtifact(artifact, [written], run.path, settings.retentionDays);
    if (upload.skipped) runner.notice(`Group plan artifact not uploaded: ${upload.skipped}.`);
  }
  runner.info(
    `Group ${groupName(group)}: ${content.plans.length} table(s) planned; no comment from a group: mode: gather posts one for every group.`,
  );
}

/** Reads every group's plan file under `folder`: all of one configuration, one commit, and every group exactly once. */
async function readGroupPlans(context: RunContext): Promise<GroupPlanFile[]> {
  const { files, settings, event } = context;
  const folder = settings.plans.replace(/\/+$/, '');
  if (path.isAbsolute(folder) || folder.split(/[\\/]/).includes('..') || /[*?[\]{}]/.test(folder)) {
    throw new SettingsError(
      `Input plans is "${folder}"; use a folder inside the workspace, without wildcards, like group-plans`,
    );
  }
  const paths = await files.glob(`${folder}/**/group-plan-*.json`, 'Input plans');
  const found: GroupPlanFile[] = [];
  for (const file of paths) {
    let parsed: GroupPlanFile;
    try {
      parsed = JSON.parse(files.readText(file, 'Input plans')) as GroupPlanFile;
    } catch {
      throw new SettingsError(`Input plans: ${file} is not a group plan file (not JSON)`);
    }
    if (parsed?.kind !== 'datatable-sync group plan' || parsed.version !== 1 || !Array.isArray(parsed.plans)) {
      throw new SettingsError(`Input plans: ${file} is not a group plan file written by this version of the action`);
    }
    // Another configuration's (or environment's) groups, downloaded into the same folder: not ours to gather.
    if (parsed.configId !== settings.configId) continue;
    found.push(parsed);
  }
  if (found.length === 0) {
    throw new SettingsError(
      `Input plans: no group plan of this configuration under ${folder}: download the plan jobs' datatable-group-* artifacts there first`,
    );
  }
  const count = found[0]?.group.count ?? 0;
  const sha = event.pullRequest?.headSha ?? event.sha;
  const problems: string[] = [];
  const byIndex = new Map<number, GroupPlanFile>();
  for (const part of found) {
    if (part.group.count !== count)
      problems.push(`group ${groupName(part.group)} is of a matrix of ${part.group.count}, not ${count}`);
    else if (byIndex.has(part.group.index)) problems.push(`group ${groupName(part.group)} appears twice`);
    else byIndex.set(part.group.index, part);
    if (sha && part.sha !== sha) {
      problems.push(
        `group ${groupName(part.group)} planned commit ${String(part.sha).slice(0, 7)}, not ${sha.slice(0, 7)}`,
      );
    }
  }
  for (let index = 1; index <= count; index++) {
    if (!byIndex.has(index))
      problems.push(
        `group ${index}/${count} has no plan (its job failed before planning, or its artifact was not downloaded)`,
      );
  }
  if (problems.length > 0) {
    throw new SettingsError(`Input plans: the groups' plans cannot be gathered into one: ${problems.join('; ')}`);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, part]) => part);
}

/**
 * `mode: gather`: the groups' plans as one: one summary, one comment per org with the plan line of every table (each
 * group's apply checks its own tables against it), and one plan hash. Fails as a plan would when any group cannot apply.
 */
export async function gatherPlans(context: RunContext): Promise<void> {
  const { runner, event } = context;
  const parts = await readGroupPlans(context);
  const planned = {
    tables: parts.flatMap((part) => part.plans.map((plan) => ({ plan }))),
    failures: parts.flatMap((part) => part.failures),
  };
  const notices = [...new Set(parts.flatMap((part) => part.notices))];
  const published = await publishPlan(context, planned, {
    mode: 'plan',
    plans: planned.tables.map((t) => t.plan),
    failures: planned.failures,
    notices: [`Planned by ${parts.length} job(s) of a matrix, gathered into this one plan.`, ...notices],
    link: fileLink(event),
    ...(context.settings.environment ? { environment: context.settings.environment } : {}),
  });
  runner.output('import-jobs', '[]');
  await labelPullRequest(context, published.reportInput.plans, planned.failures);
  if (published.blocked.length > 0) {
    const plans = planned.tables.map((t) => t.plan);
    const reason = plans.some((p) => p.invalidRows > 0)
      ? 'invalid-rows'
      : plans.some((p) => p.refusals.length > 0)
        ? 'guard'
        : 'table-failed';
    runner.fail(`The plan cannot be applied:\n${published.blocked.join('\n')}`, reason);
  }
}
