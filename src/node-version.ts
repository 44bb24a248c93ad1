/**
 * The oldest Node.js the bundles run on: their HTTP client (undici 8) needs 22.19. package.json's engines, the npm
 * scripts' check (scripts/need-node.cjs, which reads engines) and the README say the same (test/node-version.unit.test.ts).
 * No import here: it is loaded first, before anything of the engine that an older Node.js cannot run.
 */
export const MIN_NODE = '22.19';

/** Why this Node.js cannot run the bundle, or undefined when it can. */
export function nodeTooOld(what: string, version: string = process.versions.node): string | undefined {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [needMajor = 0, needMinor = 0] = MIN_NODE.split('.').map(Number);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  return `${what} needs Node.js ${MIN_NODE} or later (22 and 24 are the current LTS lines); this is v${version}.`;
}
