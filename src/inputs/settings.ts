import { createHash } from 'node:crypto';
import { type GroupRef, MAX_GROUPS, parseGroup } from '../core/groups.ts';
import { parseDeleteLimit } from '../core/guards.ts';
import { type InputReader, oneOf, parseDuration, positiveInteger, SettingsError } from '../core/inputs.ts';
import { parseRollbackTarget, type RollbackTarget } from '../core/rollback.ts';
import { PROVIDERS, type ProviderName, readVendorSettings, type VendorSettings } from '../providers/registry.ts';
import { DELIMITERS, parseConfigFile, type TableDefaults, type TableEntry } from './config-file.ts';

export { SettingsError } from '../core/inputs.ts';

/** The common settings, and under each vendor's name what its folder read of its own inputs (registry.ts). */
export interface Settings extends VendorSettings {
  mode: 'plan' | 'apply' | 'export' | 'validate' | 'targets' | 'gather' | 'rollback';
  /** `mode: rollback`: the commit to roll the files back to, or how many applies to undo. */
  rollbackTo?: RollbackTarget;
  /** `mode: export`: open a pull request with the exported files (export.ts), to adopt the live tables. */
  exportPullRequest: boolean;
  provider: ProviderName;
  /** What to plan: from the config file, or the one entry the file and table inputs make. */
  tables: TableEntry[];
  onDrift: 'fail' | 'apply';
  /** Refuse an apply that has no reviewed plan at all (a direct push, a comment never posted). */
  requireReviewedPlan: boolean;
  comment: 'on-change' | 'always' | 'new' | 'never';
  /** On a plan outside a pull request: keep one issue listing the drifted tables (drift-issue.ts). */
  driftIssue: boolean;
  /** A drift check names who changed the drifted rows (the audit log); undefined: only in a private repository. */
  driftAuthors: boolean | undefined;
  /** Label the pull request with what its plan does (one of the four `datatables: ...` labels). */
  labels: boolean;
  githubToken: string;
  /** Signs the plan line of our comments (HMAC); the apply then trusts only signed ones. Empty: not signed. */
  planSigningKey: string;
  uploadArtifacts: boolean;
  /** Upload the snapshots (full copies of the tables) as an artifact; undefined: only for a private repository. */
  uploadSnapshots: boolean | undefined;
  /** Days the artifacts are kept; undefined: the repository's setting. */
  retentionDays: number | undefined;
  jobTimeoutMs: number;
  /** Longest wait for an applied table to read as the import left it; undefined: the provider's own. */
  verifyTimeoutMs: number | undefined;
  /** Tables planned (then applied) side by side. */
  parallelism: number;
  /** What a plan in a pull request reads: every table, or those it changes (core/targets.ts); plus `targetTables`. */
  targets: 'all' | 'changed';
  /** Tables (names or CSV paths) every plan reads, whatever changed. */
  targetTables: string[];
  /** The config file and the defaults its entries inherit, to read its version at a pull request's base. */
  config?: { path: string; defaults: TableDefaults };
  /** A drift check reads this many tables, those checked longest ago; undefined: every table. */
  driftTablesPerRun: number | undefined;
  /** A table is checked for drift again no sooner than this. */
  driftTableIntervalMs: number;
  /** Things to tell the user about the inputs (deprecated names), as warnings. */
  warnings: string[];
  /** The vendor org this run is for (dev, test, prod): its own comment, artifacts and records. Empty: one org. */
  environment: string;
  /**
   * Names this configuration's PR comment, artifacts and records: from the config path, or the file and table inputs,
   * and the environment when one is set.
   */
  configId: string;
  /** One group of a job matrix (`group: 2/4`): only its tables are planned and applied (core/groups.ts). */
  group: GroupRef | undefined;
  /** How many groups `mode: targets` lists; and the OAuth clients they share (`genesys-clients`). */
  groups: number;
  clients: number;
  /** `mode: gather`: the folder holding the groups' plan files (their artifacts, downloaded). */
  plans: string;
}

/** The `to` input: required with mode rollback, and meaningless without it. */
function readRollbackTarget(text: string, mode: Settings['mode']): RollbackTarget | undefined {
  const target = parseRollbackTarget(text);
  if (typeof target === 'string') throw new SettingsError(target);
  if (mode === 'rollback' && !target) {
    throw new SettingsError(
      'Input to is required with mode: rollback: a commit sha of this branch, or applies-back:N (the files as they were before the last N applies)',
    );
  }
  if (mode !== 'rollback' && target) throw new SettingsError(`Input to is for mode: rollback; mode is ${mode}`);
  return target;
}

/**
 * The inputs (and the config file they name) become one validated Settings object, or a SettingsError naming the
 * input, or the config file and line. Each vendor's own inputs are read by its folder (providers/<vendor>/inputs.ts).
 */
export function readSettings(read: InputReader, readConfig: (path: string) => string): Settings {
  const mode = oneOf(
    read,
    'mode',
    ['plan', 'apply', 'export', 'validate', 'targets', 'gather', 'rollback'] as const,
    'plan',
  );
  const rollbackTo = readRollbackTarget(read('to'), mode);
  const exportPullRequest = oneOf(read, 'pull-request', ['true', 'false'] as const, 'false') === 'true';
  if (exportPullRequest && mode !== 'export') {
    throw new SettingsError(
      `Input pull-request is true with mode: ${mode}; it opens a pull request with the exported files, so only mode: export takes it`,
    );
  }
  let provider: string = oneOf(read, 'provider', PROVIDERS, 'genesys');
  const importMode = oneOf(read, 'import-mode', ['replace', 'append'] as const, 'replace');
  const maxDeletesText = read('max-deletes').trim() || '25%';
  const maxDeletes = parseDeleteLimit(maxDeletesText);
  if (!maxDeletes) {
    throw new SettingsError(
      `Input max-deletes is "${maxDeletesText}"; use a row count like 10 or a percentage of live rows like 25% (at most 100%)`,
    );
  }
  const maxChangesText = read('max-changes').trim();
  const maxChanges = maxChangesText === '' ? undefined : parseDeleteLimit(maxChangesText);
  if (maxChangesText !== '' && !maxChanges) {
    throw new SettingsError(
      `Input max-changes is "${maxChangesText}"; use a row count like 10 or a percentage of live rows like 50% (at most 100%)`,
    );
  }
  const delimiter = oneOf(read, 'delimiter', DELIMITERS, ',');
  const configPath = read('config').trim();
  const file = read('file').trim();
  const table = read('table').trim();
  let tables: TableEntry[];
  let configTargets: string | undefined;
  let config: Settings['config'];
  if (configPath !== '') {
    if (file !== '' || table !== '') {
      throw new SettingsError(
        'Set either the config input or the file and table inputs, not both: the config file lists the tables',
      );
    }
    let text: string;
    try {
      text = readConfig(configPath);
    } catch (error) {
      if (error instanceof SettingsError) throw error;
      throw new SettingsError(`Input config: cannot read "${configPath}" in the workspace`);
    }
    const defaults = { provider, importMode, maxDeletes, maxChanges, delimiter };
    const parsed = parseConfigFile(text, configPath, defaults);
    provider = parsed.provider;
    if (!(PROVIDERS as readonly string[]).includes(provider)) {
      throw new SettingsError(`${configPath}: provider is "${provider}"; use one of: ${PROVIDERS.join(', ')}`);
    }
    tables = parsed.tables;
    configTargets = parsed.targets;
    config = { path: configPath, defaults };
  } else {
    if (file === '') {
      throw new SettingsError(
        'Input file is required (or config): the CSV path or glob, relative to the workspace (e.g. data/holidays.csv)',
      );
    }
    tables = [
      { file, ...(table ? { table } : {}), importMode, maxDeletes, ...(maxChanges ? { maxChanges } : {}), delimiter },
    ];
  }
  const jobTimeoutText = read('job-timeout').trim() || '15m';
  const jobTimeoutMs = parseDuration(jobTimeoutText);
  if (jobTimeoutMs === undefined || jobTimeoutMs <= 0) {
    throw new SettingsError(`Input job-timeout is "${jobTimeoutText}"; use a duration like 15m, 90s or 1h`);
  }
  const verifyTimeoutText = read('verify-timeout').trim();
  const verifyTimeoutMs = verifyTimeoutText === '' ? undefined : parseDuration(verifyTimeoutText);
  if (
    verifyTimeoutText !== '' &&
    (verifyTimeoutMs === undefined || verifyTimeoutMs < 0 || verifyTimeoutMs > 3_600_000)
  ) {
    throw new SettingsError(
      `Input verify-timeout is "${verifyTimeoutText}"; use a duration up to 1h like 60s or 2m, 0 to read once, or leave it empty`,
    );
  }
  const uploadArtifacts = oneOf(read, 'upload-artifacts', ['true', 'false'] as const, 'true') === 'true';
  const snapshots = oneOf(read, 'upload-snapshots', ['auto', 'true', 'false'] as const, 'auto');
  const driftAuthors = oneOf(read, 'drift-authors', ['auto', 'true', 'false'] as const, 'auto');
  const retention = read('retention-days').trim();
  if (retention !== '' && !/^([1-9]|[1-8][0-9]|90)$/.test(retention)) {
    throw new SettingsError(
      `Input retention-days is "${retention}"; use a number of days from 1 to 90, or leave it empty`,
    );
  }
  const parallelismText = read('parallelism').trim() || '4';
  if (!/^([1-9]|1[0-6])$/.test(parallelismText)) {
    throw new SettingsError(
      `Input parallelism is "${parallelismText}"; use a whole number of tables from 1 to 16 (default 4)`,
    );
  }
  const environment = read('environment').trim();
  if (environment !== '' && !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/.test(environment)) {
    throw new SettingsError(
      `Input environment is "${environment}"; use a short name of letters, digits, "-", "_" or ".", like prod or eu-test (at most 32 characters)`,
    );
  }
  // Without an environment the identity is as it always was, so existing comments and records are still found.
  const identity = {
    ...(configPath !== '' ? { config: configPath } : { file, table }),
    ...(environment !== '' ? { environment } : {}),
  };
  const warnings: string[] = [];
  // The input wins over the config file's `targets:`; neither: a pull request plans what it changes.
  const targetsText = read('targets').trim();
  const { targets, named } = parseTargets(
    targetsText || configTargets || 'changed',
    targetsText ? 'Input targets' : `${configPath}: targets`,
  );
  const driftPerRunText = read('drift-tables-per-run').trim();
  const driftTablesPerRun =
    driftPerRunText === '' || driftPerRunText === 'all' ? undefined : positiveInteger(read, 'drift-tables-per-run', 1);
  const driftIntervalText = read('drift-table-interval').trim() || '0';
  const driftTableIntervalMs = parseDuration(driftIntervalText);
  if (driftTableIntervalMs === undefined) {
    throw new SettingsError(
      `Input drift-table-interval is "${driftIntervalText}"; use a duration like 12h or 90m, or 0 for no floor`,
    );
  }
  if (driftTablesPerRun !== undefined && oneOf(read, 'drift-issue', ['true', 'false'] as const, 'false') !== 'true') {
    throw new SettingsError(
      'Input drift-tables-per-run needs drift-issue: true: when each table was last checked is kept in the drift issue',
    );
  }
  const matrix = readMatrix(read, mode);
  if (matrix.group && read('drift-issue').trim() === 'true') {
    throw new SettingsError(
      'Input drift-issue keeps one issue for every table of the configuration: run the drift check without group (one job), not per group',
    );
  }
  // Each vendor reads its own inputs (src/providers/<vendor>/inputs.ts), after the common ones.
  const vendors = readVendorSettings(read, { warnings, group: matrix.group, clients: matrix.clients });
  return {
    targets,
    targetTables: named,
    ...(config ? { config } : {}),
    driftTablesPerRun,
    driftTableIntervalMs,
    warnings,
    mode,
    ...(rollbackTo ? { rollbackTo } : {}),
    exportPullRequest,
    provider: provider as ProviderName,
    tables,
    onDrift: oneOf(read, 'on-drift', ['fail', 'apply'] as const, 'fail'),
    requireReviewedPlan: oneOf(read, 'require-reviewed-plan', ['true', 'false'] as const, 'false') === 'true',
    comment: oneOf(read, 'comment', ['on-change', 'always', 'new', 'never'] as const, 'on-change'),
    driftIssue: oneOf(read, 'drift-issue', ['true', 'false'] as const, 'false') === 'true',
    driftAuthors: driftAuthors === 'auto' ? undefined : driftAuthors === 'true',
    labels: oneOf(read, 'labels', ['true', 'false'] as const, 'false') === 'true',
    githubToken: read('github-token').trim(),
    planSigningKey: read('plan-signing-key').trim(),
    uploadArtifacts,
    uploadSnapshots: snapshots === 'auto' ? undefined : snapshots === 'true',
    retentionDays: retention === '' ? undefined : Number(retention),
    jobTimeoutMs,
    verifyTimeoutMs,
    parallelism: Number(parallelismText),
    environment,
    configId: createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 12),
    ...matrix,
    ...vendors,
  };
}

/**
 * `targets`: `changed` (a pull request plans what it changes) or `all`, and any table names or CSV paths to plan as
 * well, separated by commas or lines: `changed, Holidays`. Names alone (`Holidays`) plan only those and what changed.
 */
export function parseTargets(text: string, where: string): { targets: 'all' | 'changed'; named: string[] } {
  const words = text
    .split(/[,\n]/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
  const keywords = words.filter((word) => word === 'all' || word === 'changed');
  if (keywords.length > 1 || words.length === 0) {
    throw new SettingsError(
      `${where} is "${text}"; use changed (a pull request plans the tables it changes) or all, optionally with table names or CSV paths to plan as well: changed, Holidays`,
    );
  }
  return {
    targets: keywords[0] === 'all' ? 'all' : 'changed',
    named: words.filter((word) => word !== 'all' && word !== 'changed'),
  };
}

/** The job matrix's inputs: `group` (this job's), `groups` (how many to list), `genesys-clients`, `plans` (gather). */
function readMatrix(
  read: InputReader,
  mode: Settings['mode'],
): Pick<Settings, 'group' | 'groups' | 'clients' | 'plans'> {
  const clients = positiveInteger(read, 'genesys-clients', 1);
  if (clients > 16) {
    throw new SettingsError(
      `Input genesys-clients is "${clients}"; use how many OAuth clients the groups share, 1 to 16`,
    );
  }
  const groups = positiveInteger(read, 'groups', clients);
  if (groups > MAX_GROUPS) {
    throw new SettingsError(
      `Input groups is "${groups}"; use at most ${MAX_GROUPS} (GitHub's limit of jobs per matrix)`,
    );
  }
  const groupText = read('group').trim();
  const group = groupText === '' ? undefined : parseGroup(groupText);
  if (groupText !== '' && !group) {
    throw new SettingsError(
      `Input group is "${groupText}"; use the group a targets step listed, like 2/4 (the second of four): pass \${{ matrix.group }}`,
    );
  }
  if (group && mode !== 'plan' && mode !== 'apply') {
    throw new SettingsError(`Input group is for mode plan or apply (one group of a matrix); mode is ${mode}`);
  }
  const plans = read('plans').trim();
  if (mode === 'gather' && plans === '') {
    throw new SettingsError(
      "Input plans is required with mode: gather: the folder (in the workspace) where the groups' plan artifacts were downloaded",
    );
  }
  return { group, groups, clients, plans };
}
