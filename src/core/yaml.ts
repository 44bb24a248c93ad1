import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The YAML library, loaded when a run first needs it (a config file, a YAML schema file): 0.3 MB of the bundle that a
 * run of one CSV never compiles before its first request. Readers of YAML are synchronous, so a run awaits this first.
 */
export async function loadYaml(): Promise<typeof Yaml> {
  loaded ??= await import('yaml');
  return loaded;
}

/** The library, once `loadYaml` has loaded it. */
export function yaml(): typeof Yaml {
  if (loaded === undefined) throw new Error('YAML was read before loadYaml() loaded its library');
  return loaded;
}
