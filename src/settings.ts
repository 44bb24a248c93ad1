import { createHash } from 'node:crypto';
import type { ImportMode } from './core/diff.ts';
import { type DeleteLimit, parseDeleteLimit } from './core/guards.ts';

export interface GenesysSettings {
  region: string;
  apiUrl?: string;
  loginUrl?: string;
  clientId: string;
  clientSecret: string;
}

export interface Settings {
  mode: 'plan' | 'apply';
  provider: 'genesys';
  /** CSV path or glob, relative to the workspace. */
  file: string;
  /** Table name or id; undefined: each CSV's base name. */
  table?: string;
  importMode: ImportMode;
  maxDeletes: DeleteLimit;
  onDrift: 'fail' | 'apply';
  comment: 'on-change' | 'always' | 'never';
  githubToken: string;
  uploadArtifacts: boolean;
  jobTimeoutMs: number;
  /** Names this configuration's PR comment and artifacts: from the file and table inputs. */
  configId: string;
  genesys: GenesysSettings;
}

/** Whether the provider's credentials are set (a fork's pull request has none: it is planned offline). */
export function hasCredentials(settings: Settings): boolean {
  return settings.genesys.clientId !== '' && settings.genesys.clientSecret !== '';
}

export const MISSING_CREDENTIALS =
  'Inputs genesys-client-id and genesys-client-secret are required: an OAuth client (Client Credentials grant) whose role has architect:datatable:view, and architect:datatable:edit to apply. Pass them from repository secrets';

/** A bad input: the message names the input and what would be valid. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

export type InputReader = (name: string) => string;

/** Inputs of the contract that later versions implement: set, they fail rather than being ignored. */
const NOT_YET_INPUTS = [
  'config',
  'talkdesk-account',
  'talkdesk-client-id',
  'talkdesk-client-secret',
  'talkdesk-api-url',
  'talkdesk-login-url',
  'dengage-api-url',
  'dengage-username',
  'dengage-password',
  'learningbuilder-url',
  'learningbuilder-api-key',
  'learningbuilder-import-process-id',
  'learningbuilder-creation-path',
  'learningbuilder-success-email',
  'learningbuilder-failure-email',
];

function notSupportedYet(what: string): SettingsError {
  return new SettingsError(
    `not supported yet: ${what}. This version supports the Genesys provider with the file and table inputs.`,
  );
}

function oneOf<T extends string>(
  read: InputReader,
  name: string,
  allowed: readonly T[],
  fallback: T,
  later: readonly string[] = [],
): T {
  const value = read(name).trim() || fallback;
  if (later.includes(value)) throw notSupportedYet(`${name}: ${value}`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SettingsError(`Input ${name} is "${value}"; use one of: ${[...allowed, ...later].join(', ')}`);
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

function url(read: InputReader, name: string): string | undefined {
  const value = read(name).trim();
  if (value === '') return undefined;
  try {
    const parsed = new URL(value);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return value;
  } catch {}
  throw new SettingsError(`Input ${name} is not an http(s) URL: "${value}"`);
}

/** All input parsing: the inputs become one validated Settings object, or a SettingsError naming the input. */
export function readSettings(read: InputReader): Settings {
  for (const name of NOT_YET_INPUTS) {
    if (read(name).trim() !== '') throw notSupportedYet(`the ${name} input`);
  }
  const mode = oneOf(read, 'mode', ['plan', 'apply'] as const, 'plan', ['export']);
  const provider = oneOf(read, 'provider', ['genesys'] as const, 'genesys', ['talkdesk', 'dengage', 'learningbuilder']);
  const file = read('file').trim();
  if (file === '') {
    throw new SettingsError(
      'Input file is required: the CSV path or glob, relative to the workspace (e.g. data/holidays.csv)',
    );
  }
  const importMode = oneOf(read, 'import-mode', ['replace', 'append'] as const, 'replace');
  const maxDeletesText = read('max-deletes').trim() || '25%';
  const maxDeletes = parseDeleteLimit(maxDeletesText);
  if (!maxDeletes) {
    throw new SettingsError(
      `Input max-deletes is "${maxDeletesText}"; use a row count like 10 or a percentage of live rows like 25% (at most 100%)`,
    );
  }
  const jobTimeoutText = read('job-timeout').trim() || '15m';
  const jobTimeoutMs = parseDuration(jobTimeoutText);
  if (jobTimeoutMs === undefined || jobTimeoutMs <= 0) {
    throw new SettingsError(`Input job-timeout is "${jobTimeoutText}"; use a duration like 15m, 90s or 1h`);
  }
  const region = read('genesys-region').trim() || 'mypurecloud.com';
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(region)) {
    throw new SettingsError(
      `Input genesys-region is "${region}"; use the org's region domain, like mypurecloud.com or euw2.pure.cloud`,
    );
  }
  const clientId = read('genesys-client-id').trim();
  const clientSecret = read('genesys-client-secret').trim();
  if ((clientId === '') !== (clientSecret === '')) throw new SettingsError(MISSING_CREDENTIALS);
  const table = read('table').trim();
  const uploadArtifacts = oneOf(read, 'upload-artifacts', ['true', 'false'] as const, 'true') === 'true';
  return {
    mode,
    provider,
    file,
    ...(table ? { table } : {}),
    importMode,
    maxDeletes,
    onDrift: oneOf(read, 'on-drift', ['fail', 'apply'] as const, 'fail'),
    comment: oneOf(read, 'comment', ['on-change', 'always', 'never'] as const, 'on-change'),
    githubToken: read('github-token').trim(),
    uploadArtifacts,
    jobTimeoutMs,
    configId: createHash('sha256').update(JSON.stringify({ file, table })).digest('hex').slice(0, 12),
    genesys: {
      region,
      apiUrl: url(read, 'genesys-api-url'),
      loginUrl: url(read, 'genesys-login-url'),
      clientId,
      clientSecret,
    },
  };
}
