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

/**
 * undici's `request(url, options)`: the URL split into origin and path, sent through `options.dispatcher`; `onSent`
 * is told when the request (head and body) has been written to the connection.
 */
export function request(
  url: string,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path' | 'method'> & {
    method?: Dispatcher.HttpMethod;
    dispatcher: Dispatcher;
    onSent?: () => void;
  },
): Promise<Dispatcher.ResponseData> {
  const { dispatcher: through, onSent, ...rest } = options;
  const dispatcher = onSent ? through.compose(tellingWhenSent(onSent)) : through;
  const parsed = new URL(url);
  return dispatcher.request({
    ...rest,
    origin: parsed.origin,
    path: `${parsed.pathname}${parsed.search}`,
    method: rest.method ?? (rest.body ? 'PUT' : 'GET'),
  });
}

/**
 * An interceptor that tells `onSent` when undici has written the request (its handler's `onRequestSent`), the answer
 * going to the request's own handler as before. A Proxy, so the handler's methods still run on the handler itself.
 */
function tellingWhenSent(onSent: () => void): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (options, handler) =>
    dispatch(
      options,
      new Proxy(handler, {
        get(target, key) {
          if (key === 'onRequestSent') {
            return () => {
              onSent();
              return (target as { onRequestSent?: () => void }).onRequestSent?.();
            };
          }
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    );
}
