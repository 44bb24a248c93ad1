import { realClock } from '../core/clock.ts';
import type { DataFile } from '../inputs/data-files.ts';
import { readSchemaBeside, unusedSchemaFiles } from '../inputs/schema-files.ts';
import type { Provider } from '../providers/provider.ts';
import { RowFile } from '../providers/row-file.ts';
import { labelPullRequest } from '../review/review-queue.ts';
import { describeBaselines, readBaselines, settleQueued } from './baseline.ts';
import { isDriftCheck, type RunContext } from './context.ts';
import type { DriftRotation } from './drift-rotation.ts';
import { findEditors } from './edits-outside-git.ts';
import { writeGroupPlan } from './matrix.ts';
import { findReaders, planAgainstPrevious, planLive } from './plan.ts';
import { fileLink, planNotices, publishPlan, readVersion } from './publish.ts';
import { checkReferences } from './references.ts';
import type { ChosenFiles } from './targets.ts';

/** How main chose what this run reads. */
export interface TablesRun {
  /** No credentials: a pull request's plan is a preview against the previous version. */
  offline: boolean;
  /** In a pull request, the tables it changes (the rest said "not read"). */
  chosen: ChosenFiles | undefined;
  /** A drift check spread over runs: which tables this run reads, and why. */
  rotation: { notice: string; rotation?: DriftRotation } | undefined;
}

/**
 * The tables' part of a run, loaded after the vendor is asked for its login (main.ts): plan every table, report,
 * and in apply mode import each changed table and report.
 */
export async function runTables(
  context: RunContext,
  provider: Provider | undefined,
  files: DataFile[],
  { offline, chosen, rotation }: TablesRun,
): Promise<void> {
  const { runner, settings, event, pullRequests } = context;
  const clock = runner.clock ?? realClock;
  const previousRef = event.pullRequest?.baseSha ?? event.before;
  // A vendor that cannot read its rows is compared with the commit last applied to each table (see baseline.ts);
  // an offline plan (no credentials) is a preview only, compared with the previous version.
  // Jobs earlier applies left queued are asked about first: one that ended well makes its commit the one applied.
  if (provider && !provider.capabilities.readsLiveRows) await settleQueued(context, provider, files);
  const baselines =
    provider && !provider.capabilities.readsLiveRows ? await readBaselines(context, files, previousRef) : undefined;
  const readPrevious = (file: DataFile) =>
    readVersion(pullRequests, file.relativePath, baselines ? baselines.get(file)?.ref : previousRef);
  const planned =
    provider?.capabilities.readsLiveRows === true
      ? await planLive(files, provider, {
          log: runner.info,
          group: runner.group,
          parallelism: settings.parallelism,
          readSchema: (file) => readSchemaBeside(context.files, file.relativePath),
          rowStore: () => new RowFile(context.run.path),
        })
      : await planAgainstPrevious(
          files,
          readPrevious,
          provider,
          settings.parallelism,
          (file) =>
            baselines?.get(file)?.missing
              ? `no applied version is recorded (${baselines.get(file)?.missing})`
              : undefined,
          () => new RowFile(context.run.path),
        );
  // The flows a change touches, for the pull request's review (not asked again by the apply).
  const readersNotice =
    provider && settings.mode === 'plan'
      ? await findReaders(planned, provider, settings.parallelism, runner.info)
      : undefined;
  if (readersNotice) runner.notice(readersNotice);
  const driftCheck = isDriftCheck(settings, event);
  // Ids in reference columns against the org: the rows a plan writes, and every row on a drift check.
  const referenceNotices = provider
    ? await checkReferences(planned, provider, { everyRow: driftCheck, log: runner.info })
    : [];
  for (const notice of referenceNotices) runner.notice(notice);
  // Who changed the drifted tables outside git, from the vendor's audit log (a drift check only).
  const editors =
    provider && driftCheck
      ? await findEditors(planned, provider, {
          log: runner.info,
          now: clock.now(),
          named: settings.driftAuthors ?? event.publicRepository === false,
        })
      : undefined;
  if (editors?.notice) runner.notice(editors.notice);
  const published = await publishPlan(context, planned, {
    mode: settings.mode === 'apply' ? 'apply' : 'plan',
    plans: planned.tables.map((t) => t.plan),
    failures: planned.failures,
    notices: [
      ...planNotices(
        event,
        offline,
        provider,
        previousRef,
        baselines && describeBaselines(baselines, event.pullRequest !== undefined),
        driftCheck,
      ),
      ...(chosen?.tell ? [chosen.notice] : []),
      ...(rotation ? [rotation.notice] : []),
      ...unusedSchemaFiles(context.files, files, provider),
      ...(readersNotice ? [readersNotice] : []),
      ...referenceNotices,
      ...(editors?.notice ? [editors.notice] : []),
    ],
    ...(editors && editors.lines.length > 0 ? { editedBy: editors.lines } : {}),
    link: fileLink(event),
    ...(settings.environment ? { environment: settings.environment } : {}),
    ...(driftCheck ? { drift: true } : {}),
    ...(chosen && chosen.notRead > 0 ? { notRead: chosen.notRead } : {}),
  });
  runner.debug(`${provider?.requestCount() ?? 0} API requests to read the live tables`);
  if (settings.mode === 'plan' && settings.group)
    await writeGroupPlan(context, settings.group, planned, published.reportInput);
  else if (settings.mode === 'plan') await labelPullRequest(context, published.reportInput.plans, planned.failures);
  // A drift check applies nothing: an apply's guards (refusals) are reported in it, and fail only the apply.
  const blocked = driftCheck ? published.unplanned : published.blocked;
  if (blocked.length > 0) {
    runner.output('import-jobs', '[]');
    const verb = driftCheck
      ? 'The drift check found problems besides drift'
      : settings.mode === 'plan'
        ? 'The plan cannot be applied'
        : 'Nothing was applied, because';
    const plans = planned.tables.map((t) => t.plan);
    const reason = plans.some((p) => p.invalidRows > 0)
      ? 'invalid-rows'
      : !driftCheck && plans.some((p) => p.refusals.length > 0)
        ? 'guard'
        : 'table-failed';
    return runner.fail(`${verb}:\n${blocked.join('\n')}`, reason);
  }
  if (settings.mode === 'apply' && provider) {
    // On a terminal the person at it approves what they just read (GitHub's approval is the reviewed plan).
    const [{ askOnTerminal }, { applyPlans }] = await Promise.all([
      import('./apply/gate.ts'),
      import('./apply/index.ts'),
    ]);
    if (!(await askOnTerminal(runner, planned))) return;
    await applyPlans(context, provider, planned, published);
  } else runner.output('import-jobs', '[]');
}
