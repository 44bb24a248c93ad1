import { createHash } from 'node:crypto';
import { type GroupRef, MAX_GROUPS, parseGroup, shareOfBudget } from '../core/groups.ts';
import { parseDeleteLimit } from '../core/guards.ts';
import { parseRollbackTarget, type RollbackTarget } from '../core/rollback.ts';
import type { TableLimits } from '../core/schema.ts';
import type { DengageOptions } from '../providers/dengage/index.ts';
import { isLoopback } from '../providers/http.ts';
import type { LearningBuilderOptions } from '../providers/learningbuilder/index.ts';
import { TALKDESK_REGIONS, type TalkdeskOptions } from '../providers/talkdesk/index.ts';
import { DELIMITERS, parseConfigFile, type TableDefaults, type TableEntry } from './config-file.ts';
import { SettingsError } from './settings-error.ts';

export { SettingsError } from './settings-error.ts';

export interface GenesysSettings {
  region: string;
  apiUrl?: string;
  loginUrl?: string;
  clientId: string;
  clientSecret: string;
  /** The org's limits: Genesys' defaults unless support raised them. */
  limits: TableLimits;
  /** The OAuth client's request budget: `allowed` requests in any `windowMs`. */
  rateLimit: { allowed: number; windowMs: number };
}

export const PROVIDERS = ['genesys', 'learningbuilder', 'talkdesk', 'dengage'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export interface Settings {
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
  genesys: GenesysSettings;
  learningbuilder: LearningBuilderOptions;
  talkdesk: TalkdeskOptions;
  dengage: DengageOptions;
}

export type InputReader = (name: string) => string;

/** An input with a fixed set of values; the error names the input and the values it takes. */
function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SettingsError(`Input ${name} is "${value}"; use one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Reads `15m`, `90s`, `1h` or a number of seconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^([0-9]+(?:\.[0-9]+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  if (!match) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

/** A whole number of at least 1, with the default when the input is empty. */
function positiveInteger(read: InputReader, name: string, fallback: number): number {
  const text = read(name).trim();
  if (text === '') return fallback;
  const value = Number(text);
  if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new SettingsError(`Input ${name} is "${text}"; use a whole number of at least 1, like ${fallback}`);
  }
  return value;
}

function url(read: InputReader, name: string): string | undefined {
  const value = read(name).trim();
  if (value === '') return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {}
  // Plain http would send credentials in clear: only to this machine (the local emulator, a local proxy).
  if (parsed?.protocol === 'https:' || (parsed?.protocol === 'http:' && isLoopback(parsed))) return value;
  throw new SettingsError(
    `Input ${name} is "${value}"; use an https URL (plain http only for localhost or 127.0.0.1, such as the local emulator)`,
  );
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
 * All input parsing: the inputs (and the config file they name) become one validated Settings object,
 * or a SettingsError naming the input, or the config file and line.
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
  const region = normalizeRegion(read('genesys-region'));
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(region)) {
    throw new SettingsError(
      `Input genesys-region is "${region}"; use the org's region domain, like mypurecloud.com or euw2.pure.cloud`,
    );
  }
  const clientId = read('genesys-client-id').trim();
  const clientSecret = read('genesys-client-secret').trim();
  if ((clientId === '') !== (clientSecret === '')) {
    throw new SettingsError('Inputs genesys-client-id and genesys-client-secret go together: set both, or neither');
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
  const rateLimit = readRateLimit(read);
  // The groups on one client run at once: each paces itself to its share, so together they keep to the budget.
  if (matrix.group) rateLimit.allowed = shareOfBudget(matrix.group, matrix.clients, rateLimit.allowed);
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
    genesys: {
      region,
      apiUrl: url(read, 'genesys-api-url'),
      loginUrl: url(read, 'genesys-login-url'),
      clientId,
      clientSecret,
      limits: {
        maxRows: positiveInteger(read, 'genesys-max-rows', 5000),
        maxKeyLength: positiveInteger(read, 'genesys-max-key-length', 256),
      },
      rateLimit,
    },
    learningbuilder: readLearningBuilder(read),
    talkdesk: readTalkdesk(read),
    dengage: readDengage(read, warnings),
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

/**
 * The region as the official SDK's setEnvironment reads it: a trailing slash, a leading `https://` (or `http://`) and
 * a leading `api.` are dropped, so `https://api.mypurecloud.ie/` and `mypurecloud.ie` name the same org.
 */
export function normalizeRegion(text: string): string {
  const region = text
    .trim()
    .replace(/\/+$/, '')
    .replace(/^https?:\/\//i, '')
    .replace(/^api\./i, '');
  return region || 'mypurecloud.com';
}

/** `genesys-rate-limit`: requests a minute (`300`), or requests per a duration (`600/2m`). */
function readRateLimit(read: InputReader): { allowed: number; windowMs: number } {
  const text = read('genesys-rate-limit').trim() || '300';
  const match = /^([0-9]+)(?:\s*\/\s*(.+))?$/.exec(text);
  const allowed = match ? Number(match[1]) : Number.NaN;
  const windowMs = match?.[2] === undefined ? 60_000 : parseDuration(match[2]);
  if (!match || !Number.isSafeInteger(allowed) || allowed < 1 || allowed > 100_000 || !windowMs || windowMs < 1000) {
    throw new SettingsError(
      `Input genesys-rate-limit is "${text}"; use the requests a minute your OAuth client may make, like 300 (Genesys' default), or requests per a duration of at least 1s, like 600/2m`,
    );
  }
  return { allowed, windowMs };
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

/** LearningBuilder's inputs, as given (which ones a run needs is the provider's to say: see providers/registry.ts). */
function readLearningBuilder(read: InputReader): LearningBuilderOptions {
  const settings: LearningBuilderOptions = {
    url: url(read, 'learningbuilder-url') ?? '',
    apiKey: read('learningbuilder-api-key').trim(),
    importProcessId: read('learningbuilder-import-process-id').trim(),
    creationPath: read('learningbuilder-creation-path').trim() || 'DATATABLE_SYNC',
  };
  const success = read('learningbuilder-success-email').trim();
  const failure = read('learningbuilder-failure-email').trim();
  if (success) settings.successEmail = success;
  if (failure) settings.failureEmail = failure;
  if (settings.importProcessId !== '' && !/^[0-9]+$/.test(settings.importProcessId)) {
    throw new SettingsError(
      `Input learningbuilder-import-process-id is "${settings.importProcessId}"; use the numeric id of the Workflow Import Queue file type`,
    );
  }
  // LearningBuilder's rule for creationPath, checked before anything is sent.
  if (!/^[A-Z0-9_]{1,15}$/.test(settings.creationPath)) {
    throw new SettingsError(
      `Input learningbuilder-creation-path is "${settings.creationPath}"; use 1 to 15 upper-case letters, digits or underscores, like DATATABLE_SYNC`,
    );
  }
  return settings;
}

/** D·engage's inputs; `dengage-username`, the old name of the user key, still works, with a warning. */
function readDengage(read: InputReader, warnings: string[]): DengageOptions {
  const userKey = read('dengage-user-key').trim();
  const oldName = read('dengage-username').trim();
  if (oldName !== '') {
    warnings.push(
      userKey !== ''
        ? 'Input dengage-username is ignored: dengage-user-key is set. Remove dengage-username'
        : "Input dengage-username is deprecated: D·engage's login takes the API user's key (userkey). Rename the input to dengage-user-key",
    );
  }
  return {
    apiUrl: url(read, 'dengage-api-url') ?? '',
    userKey: userKey || oldName,
    password: read('dengage-password').trim(),
  };
}

/** Talkdesk's inputs, as given. */
function readTalkdesk(read: InputReader): TalkdeskOptions {
  const account = read('talkdesk-account')
    .trim()
    .replace(/\.talkdeskid(ca)?\.(com|eu|au)$/, '');
  if (account !== '' && !/^[a-z0-9-]+$/i.test(account)) {
    throw new SettingsError(`Input talkdesk-account is "${account}"; use the account name of <account>.talkdeskid.com`);
  }
  const region = oneOf(read, 'talkdesk-region', TALKDESK_REGIONS, 'us');
  const loginUrl = url(read, 'talkdesk-login-url');
  const apiUrl = url(read, 'talkdesk-api-url');
  return {
    account,
    region,
    clientId: read('talkdesk-client-id').trim(),
    clientSecret: read('talkdesk-client-secret').trim(),
    ...(apiUrl ? { apiUrl } : {}),
    ...(loginUrl ? { loginUrl } : {}),
  };
}
