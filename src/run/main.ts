import path from 'node:path';
import { realClock } from '../core/clock.ts';
import { inTermsOf } from '../core/inputs.ts';
import { loadYaml } from '../core/yaml.ts';
import { type DataFile, findDataFiles } from '../inputs/data-files.ts';
import { PathGate } from '../inputs/path-gate.ts';
import { hasYamlSchemas, readSchemaBeside, unusedSchemaFiles } from '../inputs/schema-files.ts';
import { readSettings, type Settings, SettingsError } from '../inputs/settings.ts';
import { HttpClient } from '../providers/http.ts';
import { createProvider, missingInputs } from '../providers/registry.ts';
import { RowFile } from '../providers/row-file.ts';
import { isDriftCheck } from '../review/drift-issue.ts';
import { labelPullRequest } from '../review/review-queue.ts';
import type { Runner } from '../runner.ts';
import { describeBaselines, readBaselines, settleQueued } from './baseline.ts';
import type { RunContext } from './context.ts';
import { chooseDriftFiles, type DriftRotation } from './drift-rotation.ts';
import { findEditors } from './edits-outside-git.ts';
import { filesOfGroup, gatherPlans, listTargets, writeGroupPlan } from './matrix.ts';
import { findReaders, planAgainstPrevious, planLive } from './plan.ts';
import { fileLink, planNotices, publishPlan, readVersion } from './publish.ts';
import { checkReferences } from './references.ts';
import { type ChosenFiles, chooseFiles } from './targets.ts';

/** The user's day: read settings, plan every table, report; in apply mode import each changed table and report. */
export async function run(runner: Runner): Promise<void> {
  let settings: Settings;
  let files: DataFile[];
  const clock = runner.clock ?? realClock;
  // Every file the run reads or writes goes through this gate.
  const gate = new PathGate(runner.workspace());
  try {
    // The YAML library is loaded only for a run that reads YAML (a config file here, schema files below).
    if (runner.input('config').trim() !== '') await loadYaml();
    settings = readSettings(runner.input, (file) => gate.readText(file, 'config'));
    files = settings.mode === 'gather' ? [] : await findDataFiles(gate, settings.tables, settings.mode === 'export');
    if (hasYamlSchemas(gate, files)) await loadYaml();
  } catch (error) {
    if (error instanceof SettingsError) return runner.fail(inTermsOf(error.message, runner.terms), 'settings');
    throw error;
  }
  // One job of a matrix: only its group's tables (the same split in every job: matrix.ts).
  files = filesOfGroup(files, settings.group);
  runner.mask(settings.githubToken);
  runner.mask(settings.planSigningKey);
  for (const warning of settings.warnings) runner.warning(warning);
  const event = runner.event();
  const pullRequests =
    settings.githubToken && event.owner ? runner.pullRequests?.(settings.githubToken, event) : undefined;
  // What this plan reads: in a pull request, by default, only the tables it changes (an apply reads every table). A
  // group of a job matrix plans all of its tables: the gathered plan line records no tables left unread.
  let chosen: ChosenFiles | undefined;
  if (settings.mode === 'plan' && !settings.group) {
    try {
      chosen = await chooseFiles(settings, event, pullRequests, files, gate.workspace);
    } catch (error) {
      if (error instanceof SettingsError) return runner.fail(inTermsOf(error.message, runner.terms), 'settings');
      throw error;
    }
    if (chosen.tell) runner.info(chosen.log);
    files = chosen.files;
  }
  // A drift check spread over runs reads the tables checked longest ago (their record is in the drift issue).
  let rotation: { notice: string; rotation?: DriftRotation } | undefined;
  if (settings.driftTablesPerRun !== undefined && isDriftCheck(settings, event)) {
    const picked = await chooseDriftFiles(settings, pullRequests, files, clock.now());
    runner.info(picked.notice);
    files = picked.files;
    rotation = picked;
  }
  // A fresh, private folder for this run: successive runs (and applies) never share one.
  const run = gate.runFolder(path.join(runner.tempDir(), `datatable-sync-${settings.configId}-`));
  // Offline, without credentials: nothing in validate needs the vendor.
  if (settings.mode === 'validate') {
    const { validateFiles } = await import('./validate.ts');
    return validateFiles({ runner, settings, event, pullRequests, files: gate, run }, files);
  }
  // The matrix's first and last steps need no vendor: they list the groups, and gather their plans.
  if (settings.mode === 'rollback') {
    const { rollBack } = await import('./rollback.ts');
    return rollBack({ runner, settings, event, pullRequests, files: gate, run }, files);
  }
  if (settings.mode === 'targets')
    return listTargets({ runner, settings, event, pullRequests, files: gate, run }, files);
  if (settings.mode === 'gather') {
    try {
      return await gatherPlans({ runner, settings, event, pullRequests, files: gate, run });
    } catch (error) {
      if (error instanceof SettingsError) return runner.fail(inTermsOf(error.message, runner.terms), 'settings');
      throw error;
    }
  }
  const missing = missingInputs(settings, runner.terms);
  const offline = missing !== undefined;
  if (missing && (settings.mode !== 'plan' || !event.pullRequest)) return runner.fail(missing, 'missing-inputs');

  const http = new HttpClient({
    clock,
    ...(runner.proxyEnv ? { proxyEnv: runner.proxyEnv } : {}),
    // A vendor's 429 asking for a longer wait than an import may take stops the run at once, saying so.
    longestWaitMs: settings.jobTimeoutMs,
    onSecret: runner.mask,
    onPace: ({ origin, waitMs, why }) =>
      runner.info(`Waiting ${(waitMs / 1000).toFixed(1)} s before the next request to ${origin}: ${why}`),
    onResponse: ({ method, url, status, ms, correlationId }) =>
      runner.debug(
        `HTTP ${method} ${url} -> ${status} in ${ms} ms${correlationId ? ` (correlation id ${correlationId})` : ''}`,
      ),
    onRetry: ({ reason, waitMs, url }) =>
      runner.info(`${reason} from ${url}; retrying in ${(waitMs / 1000).toFixed(1)} s`),
  });
  const context: RunContext = {
    runner,
    settings,
    event,
    pullRequests,
    files: gate,
    run,
    ...(rotation?.rotation ? { driftRotation: rotation.rotation } : {}),
  };
  try {
    const provider = offline ? undefined : await createProvider(settings, http, runner.info, run.path);
    if (settings.mode === 'export' && provider) {
      const { exportTables } = await import('./export.ts');
      return await exportTables(context, provider, files);
    }
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
            readSchema: (file) => readSchemaBeside(gate, file.relativePath),
            rowStore: () => new RowFile(run.path),
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
            () => new RowFile(run.path),
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
        ...unusedSchemaFiles(gate, files, provider),
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
  } finally {
    await http.close();
  }
}
