/** Genesys Cloud's inputs: the org's region (or hosts), the OAuth client, its request budget and the org's limits. */
import { shareOfBudget } from '../../core/groups.ts';
import { type InputReader, parseDuration, positiveInteger, SettingsError } from '../../core/inputs.ts';
import type { TableLimits } from '../../core/schema.ts';
import { defineVendor, urlInput } from '../vendor.ts';
import { GenesysClient, genesysHosts } from './client.ts';

export interface GenesysInputs {
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

export const vendor = defineVendor<GenesysInputs>({
  title: 'Genesys Cloud',
  read(read, { group, clients }) {
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
    const rateLimit = readRateLimit(read);
    // The groups on one client run at once: each paces itself to its share, so together they keep to the budget.
    if (group) rateLimit.allowed = shareOfBudget(group, clients, rateLimit.allowed);
    return {
      region,
      apiUrl: urlInput(read, 'genesys-api-url'),
      loginUrl: urlInput(read, 'genesys-login-url'),
      clientId,
      clientSecret,
      limits: {
        maxRows: positiveInteger(read, 'genesys-max-rows', 5000),
        maxKeyLength: positiveInteger(read, 'genesys-max-key-length', 256),
      },
      rateLimit,
    };
  },
  requires: [
    {
      inputs: ['genesys-client-id', 'genesys-client-secret'],
      what: 'an OAuth client (Client Credentials grant) whose role has architect:datatable:view, and architect:datatable:edit to apply',
      secret: true,
      lacking: (g) => g.clientId === '' || g.clientSecret === '',
    },
  ],
  async create(g, http, { log, rowsFolder, login }) {
    const connection = {
      ...genesysHosts(g.region, g.apiUrl, g.loginUrl),
      clientId: g.clientId,
      clientSecret: g.clientSecret,
      rateLimit: g.rateLimit,
    };
    // The client (and its login) first: the adapter's code loads while the login is answered.
    const client = new GenesysClient(connection, http);
    if (login) await client.beginLogin();
    const { GenesysProvider } = await import('./index.ts');
    return new GenesysProvider(
      { ...connection, limits: g.limits, log, ...(rowsFolder ? { rowsFolder } : {}) },
      http,
      client,
    );
  },
});

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
