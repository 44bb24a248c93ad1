/** Talkdesk's inputs: the account (its login host), the region, the OAuth client, and host overrides. */
import { oneOf, SettingsError } from '../../core/inputs.ts';
import { defineVendor, urlInput } from '../vendor.ts';
import { TALKDESK_REGIONS, type TalkdeskOptions, talkdeskHosts } from './hosts.ts';

/** The regions whose API host no source names: there `talkdesk-api-url` is needed. */
const REGIONS_WITHOUT_API = TALKDESK_REGIONS.filter((region) => !talkdeskHosts({ account: 'a', region }).apiUrl);

export const vendor = defineVendor<TalkdeskOptions>({
  title: 'Talkdesk',
  read(read) {
    const account = read('talkdesk-account')
      .trim()
      .replace(/\.talkdeskid(ca)?\.(com|eu|au)$/, '');
    if (account !== '' && !/^[a-z0-9-]+$/i.test(account)) {
      throw new SettingsError(
        `Input talkdesk-account is "${account}"; use the account name of <account>.talkdeskid.com`,
      );
    }
    const region = oneOf(read, 'talkdesk-region', TALKDESK_REGIONS, 'us');
    const loginUrl = urlInput(read, 'talkdesk-login-url');
    const apiUrl = urlInput(read, 'talkdesk-api-url');
    return {
      account,
      region,
      clientId: read('talkdesk-client-id').trim(),
      clientSecret: read('talkdesk-client-secret').trim(),
      ...(apiUrl ? { apiUrl } : {}),
      ...(loginUrl ? { loginUrl } : {}),
    };
  },
  requires: [
    {
      inputs: ['talkdesk-client-id', 'talkdesk-client-secret'],
      what: 'an OAuth client (Client Credentials) with the record-lists:manage scope',
      secret: true,
      lacking: (td) => td.clientId === '' || td.clientSecret === '',
    },
    {
      inputs: ['talkdesk-account'],
      what: 'the <account> of <account>.talkdeskid.com',
      unless: 'talkdesk-login-url',
      lacking: (td) => td.account === '' && !td.loginUrl,
    },
    {
      inputs: ['talkdesk-api-url'],
      what: "no source names that region's API host",
      onlyWhen: { input: 'talkdesk-region', values: REGIONS_WITHOUT_API, of: (td) => td.region },
      lacking: (td) => !talkdeskHosts(td).apiUrl,
    },
  ],
  async create(options, http, { login }) {
    const { TalkdeskProvider } = await import('./index.ts');
    const provider = new TalkdeskProvider(options, http);
    if (login) await provider.beginLogin();
    return provider;
  },
});
