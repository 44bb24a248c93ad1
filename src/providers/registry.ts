import type { Settings } from '../settings.ts';
import { GenesysProvider, genesysHosts } from './genesys/index.ts';
import type { HttpClient } from './http.ts';
import { LearningBuilderProvider } from './learningbuilder/index.ts';
import type { Provider } from './provider.ts';

/** The provider the settings name; the only place that chooses between vendors. */
export function createProvider(settings: Settings, http: HttpClient, log: (message: string) => void): Provider {
  if (settings.provider === 'learningbuilder') return new LearningBuilderProvider(settings.learningbuilder, http);
  const { region, apiUrl, loginUrl, clientId, clientSecret } = settings.genesys;
  return new GenesysProvider({ ...genesysHosts(region, apiUrl, loginUrl), clientId, clientSecret, log }, http);
}
