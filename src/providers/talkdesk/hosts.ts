/** Talkdesk's regions and hosts: read with the inputs, before the adapter is loaded. */
import type { Clock } from '../../core/clock.ts';

export const TALKDESK_REGIONS = ['us', 'eu', 'ca', 'au'] as const;
export type TalkdeskRegion = (typeof TALKDESK_REGIONS)[number];

export interface TalkdeskOptions {
  /** `<account>` of `<account>.talkdeskid.com` (or the region's login domain), where the token comes from. */
  account: string;
  region: TalkdeskRegion;
  clientId: string;
  clientSecret: string;
  /** Overrides the region's API host (tests, proxies; required for `au`, whose API host no source names). */
  apiUrl?: string;
  /** Overrides the region's login host. */
  loginUrl?: string;
  /** The clock waits are measured and slept on (tests inject one that never waits). */
  clock?: TalkdeskClock;
}

/** The run's clock (src/core/clock.ts), by its older name. */
export type TalkdeskClock = Clock;

/** Login and API hosts per region, from Talkdesk's regions guide (see docs/vendors.md). */
const REGION_HOSTS: Record<TalkdeskRegion, { login: string; api?: string }> = {
  us: { login: 'talkdeskid.com', api: 'https://api.talkdeskapp.com' },
  eu: { login: 'talkdeskid.eu', api: 'https://api.talkdeskapp.eu' },
  ca: { login: 'talkdeskidca.com', api: 'https://api.talkdeskappca.com' },
  au: { login: 'talkdeskid.au' },
};

/** The hosts of an account in a region, with the overrides applied; a message when the API host is unknown. */
export function talkdeskHosts(options: Pick<TalkdeskOptions, 'account' | 'region' | 'apiUrl' | 'loginUrl'>): {
  apiUrl?: string;
  loginUrl: string;
} {
  const hosts = REGION_HOSTS[options.region];
  const trim = (url: string) => url.replace(/\/+$/, '');
  return {
    loginUrl: trim(options.loginUrl || `https://${options.account}.${hosts.login}`),
    ...(options.apiUrl || hosts.api ? { apiUrl: trim(options.apiUrl || (hosts.api as string)) } : {}),
  };
}
