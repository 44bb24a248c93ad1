import path from 'node:path';
import { realClock } from '../core/clock.ts';
import { inTermsOf } from '../core/inputs.ts';
import { loadYaml } from '../core/yaml.ts';
import { type DataFile, findDataFiles } from '../inputs/data-files.ts';
import { PathGate } from '../inputs/path-gate.ts';
import { hasYamlSchemas } from '../inputs/schema-files.ts';
import { readSettings, type Settings, SettingsError } from '../inputs/settings.ts';
import { HttpClient } from '../providers/http.ts';
import { createProvider, missingInputs } from '../providers/registry.ts';
import type { Runner } from '../runner.ts';
import { isDriftCheck, type RunContext } from './context.ts';
import type { DriftRotation } from './drift-rotation.ts';
import { type ChosenFiles, chooseFiles, filesOfGroup } from './targets.ts';

/**
 * The user's day: read settings, choose the files, make the vendor's provider and begin its login; then tables.ts
 * plans every table and reports, and in apply mode imports each changed table and reports.
 */
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
    const { chooseDriftFiles } = await import('./drift-rotation.ts');
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
  if (settings.mode === 'targets') {
    const { listTargets } = await import('./matrix.ts');
    return listTargets({ runner, settings, event, pullRequests, files: gate, run }, files);
  }
  if (settings.mode === 'gather') {
    const { gatherPlans } = await import('./matrix.ts');
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
    // Reading a table starts with the vendor's login: begun as the provider is made, the code that plans and applies
    // (and the vendor's own adapter) loads while it is answered.
    const provider = offline
      ? undefined
      : await createProvider(settings, http, { log: runner.info, rowsFolder: run.path, login: files.length > 0 });
    if (settings.mode === 'export' && provider) {
      const { exportTables } = await import('./export.ts');
      return await exportTables(context, provider, files);
    }
    const { runTables } = await import('./tables.ts');
    await runTables(context, provider, files, { offline, chosen, rotation });
  } finally {
    await http.close();
  }
}
