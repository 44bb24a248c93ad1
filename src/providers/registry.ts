import type { Settings } from '../settings.ts';
import { DengageProvider } from './dengage/index.ts';
import { GenesysProvider, genesysHosts } from './genesys/index.ts';
import type { HttpClient } from './http.ts';
import { LearningBuilderProvider } from './learningbuilder/index.ts';
import type { Provider } from './provider.ts';
import { TalkdeskProvider, talkdeskHosts } from './talkdesk/index.ts';

/** The provider the settings name; the only place that chooses between vendors. */
export function createProvider(settings: Settings, http: HttpClient, log: (message: string) => void): Provider {
  if (settings.provider === 'learningbuilder') return new LearningBuilderProvider(settings.learningbuilder, http);
  if (settings.provider === 'talkdesk') return new TalkdeskProvider(settings.talkdesk, http);
  if (settings.provider === 'dengage') return new DengageProvider(settings.dengage, http);
  const { region, apiUrl, loginUrl, clientId, clientSecret, limits, rateLimit } = settings.genesys;
  return new GenesysProvider(
    { ...genesysHosts(region, apiUrl, loginUrl), clientId, clientSecret, limits, rateLimit, log },
    http,
  );
}

/**
 * What the chosen provider still needs from the inputs (credentials first), or undefined when it has it all.
 * Without credentials a pull request is still planned, offline; anything else fails with this message.
 */
export function missingInputs(settings: Settings): string | undefined {
  if (settings.provider === 'learningbuilder') {
    const lb = settings.learningbuilder;
    if (lb.apiKey === '') {
      return 'Input learningbuilder-api-key is required: an API key with the BeginWorkflowImportProcess permission. Pass it from a repository secret';
    }
    if (lb.url === '') return 'Input learningbuilder-url is required: the base URL of your LearningBuilder site';
    if (lb.importProcessId === '')
      return 'Input learningbuilder-import-process-id is required: the id of the Workflow Import Queue file type';
    return undefined;
  }
  if (settings.provider === 'dengage') {
    const dengage = settings.dengage;
    if (dengage.userKey === '' || dengage.password === '') {
      return "Inputs dengage-user-key and dengage-password are required: the API user's key and password of your D·engage account. Pass them from repository secrets";
    }
    if (dengage.apiUrl === '') {
      return "Input dengage-api-url is required: your account's region host, one of https://tr-api.dengage.com, https://us-api.dengage.com, https://eu-api.dengage.com, https://ru-api.dengage.com, https://sa-api.dengage.com";
    }
    return undefined;
  }
  if (settings.provider === 'talkdesk') {
    const td = settings.talkdesk;
    if (td.clientId === '' || td.clientSecret === '') {
      return 'Inputs talkdesk-client-id and talkdesk-client-secret are required: an OAuth client (Client Credentials) with the record-lists:manage scope. Pass them from repository secrets';
    }
    if (td.account === '' && !td.loginUrl)
      return 'Input talkdesk-account is required: the <account> of <account>.talkdeskid.com';
    if (!talkdeskHosts(td).apiUrl) {
      return `Input talkdesk-api-url is required with talkdesk-region: ${td.region}: no source names that region's API host`;
    }
    return undefined;
  }
  if (settings.genesys.clientId === '' || settings.genesys.clientSecret === '') {
    return 'Inputs genesys-client-id and genesys-client-secret are required: an OAuth client (Client Credentials grant) whose role has architect:datatable:view, and architect:datatable:edit to apply. Pass them from repository secrets';
  }
  return undefined;
}
