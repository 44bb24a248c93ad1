import type { Dispatcher } from 'undici';
import apiMethods from 'undici/lib/api/index.js';
import Agent from 'undici/lib/dispatcher/agent.js';
import DispatcherClass from 'undici/lib/dispatcher/dispatcher.js';
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';

// The parts of undici the HTTP client uses, each from its own module: undici's index also loads fetch, WebSocket,
// EventSource, the mock, cache and SQLite layers and the built-ins they need (zlib, worker_threads...), compiled at
// every start of the action for nothing it does. undici has no `exports` map: these paths are its own requires.

// As undici's index does: request() and its siblings on every dispatcher (the proxy agent connects through them).
Object.assign(DispatcherClass.prototype, apiMethods);

export { Agent, EnvHttpProxyAgent };

/** undici's `request(url, options)`: the URL split into origin and path, sent through `options.dispatcher`. */
export function request(
  url: string,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path' | 'method'> & {
    method?: Dispatcher.HttpMethod;
    dispatcher: Dispatcher;
  },
): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  const parsed = new URL(url);
  return dispatcher.request({
    ...rest,
    origin: parsed.origin,
    path: `${parsed.pathname}${parsed.search}`,
    method: rest.method ?? (rest.body ? 'PUT' : 'GET'),
  });
}
