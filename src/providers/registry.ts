import type { InputTerms } from '../runner.ts';
import type { Settings } from '../settings.ts';
import { DengageProvider } from './dengage/index.ts';
import { GenesysProvider, genesysHosts } from './genesys/index.ts';
import type { HttpClient } from './http.ts';
import { LearningBuilderProvider } from './learningbuilder/index.ts';
import type { Provider } from './provider.ts';
import { TalkdeskProvider, talkdeskHosts } from './talkdesk/index.ts';

/** The provider the settings name; the only place that chooses between vendors. */
export function createProvider(
  settings: Settings,
  http: HttpClient,
  log: (message: string) => void,
  /** The run's own folder, where a large live table's rows may be kept. */
  rowsFolder?: string,
): Provider {
  if (settings.provider === 'learningbuilder') {
    // The batch's date folder on the run's clock (the HTTP client's), as every other wait and time of the run.
    return new LearningBuilderProvider({ ...settings.learningbuilder, now: () => new Date(http.clock.now()) }, http);
  }
  if (settings.provider === 'talkdesk') return new TalkdeskProvider(settings.talkdesk, http);
  if (settings.provider === 'dengage') return new DengageProvider(settings.dengage, http);
  const { region, apiUrl, loginUrl, clientId, clientSecret, limits, rateLimit } = settings.genesys;
  return new GenesysProvider(
    {
      ...genesysHosts(region, apiUrl, loginUrl),
      clientId,
      clientSecret,
      limits,
      rateLimit,
      log,
      ...(rowsFolder ? { rowsFolder } : {}),
    },
    http,
  );
}

/**
 * What the chosen provider still needs from the inputs (credentials first), or undefined when it has it all, named as
 * the runner names inputs (`terms`: the action's inputs, or the command line's environment variables and flags).
 * Without credentials a pull request is still planned, offline; anything else fails with this message.
 */
export function missingInputs(settings: Settings, terms: InputTerms): string | undefined {
  const both = (a: string, b: string) => `${terms.name(a)} and ${terms.name(b)} are required`;
  const one = (a: string) => `${terms.name(a)} is required`;
  if (settings.provider === 'learningbuilder') {
    const lb = settings.learningbuilder;
    if (lb.apiKey === '') {
      return `${one('learningbuilder-api-key')}: an API key with the BeginWorkflowImportProcess permission. ${terms.secrets}`;
    }
    if (lb.url === '') return `${one('learningbuilder-url')}: the base URL of your LearningBuilder site`;
    if (lb.importProcessId === '')
      return `${one('learningbuilder-import-process-id')}: the id of the Workflow Import Queue file type`;
    return undefined;
  }
  if (settings.provider === 'dengage') {
    const dengage = settings.dengage;
    if (dengage.userKey === '' || dengage.password === '') {
      return `${both('dengage-user-key', 'dengage-password')}: the API user's key and password of your D·engage account. ${terms.secrets}`;
    }
    if (dengage.apiUrl === '') {
      return `${one('dengage-api-url')}: your account's region host, one of https://tr-api.dengage.com, https://us-api.dengage.com, https://eu-api.dengage.com, https://ru-api.dengage.com, https://sa-api.dengage.com`;
    }
    return undefined;
  }
  if (settings.provider === 'talkdesk') {
    const td = settings.talkdesk;
    if (td.clientId === '' || td.clientSecret === '') {
      return `${both('talkdesk-client-id', 'talkdesk-client-secret')}: an OAuth client (Client Credentials) with the record-lists:manage scope. ${terms.secrets}`;
    }
    if (td.account === '' && !td.loginUrl)
      return `${one('talkdesk-account')}: the <account> of <account>.talkdeskid.com`;
    if (!talkdeskHosts(td).apiUrl) {
      return `${one('talkdesk-api-url')} with talkdesk-region ${td.region}: no source names that region's API host`;
    }
    return undefined;
  }
  if (settings.genesys.clientId === '' || settings.genesys.clientSecret === '') {
    return `${both('genesys-client-id', 'genesys-client-secret')}: an OAuth client (Client Credentials grant) whose role has architect:datatable:view, and architect:datatable:edit to apply. ${terms.secrets}`;
  }
  return undefined;
}
