import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import { type ActionRun, type ActionRunOptions, runAction as runActionAnyway } from '../../scripts/run-action.ts';
import { credentials, sampleSeed, startEmulator } from './emulator.ts';
import { FakeClock } from './fake-clock.ts';
import { FakeGitHub } from './fake-github.ts';

export interface E2eEnvironment {
  emulator: GenesysEmulator;
  github: FakeGitHub;
  /** A scratch folder for workspaces, event files and RUNNER_TEMP. */
  dir: string;
}

/**
 * Each test gets a fresh emulator (seeded with the sample), a fake GitHub API and a scratch folder, and ends by
 * checking that the deprecated import start call was never made.
 */
export function useE2eEnvironment(): E2eEnvironment {
  const environment = {} as E2eEnvironment;
  beforeEach(async () => {
    // On a fake clock that runSample's runs share: a job, a lag or a Retry-After costs no real time.
    environment.emulator = await startEmulator({ ...sampleSeed(), clock: new FakeClock() });
    environment.github = await new FakeGitHub().start();
    environment.dir = await mkdtemp(path.join(tmpdir(), 'datatable-e2e-'));
  });
  afterEach(async () => {
    expect(environment.emulator.deprecatedImportCalls()).toEqual([]);
    await environment.emulator.stop();
    await environment.github.stop();
    await rm(environment.dir, { recursive: true, force: true });
  });
  return environment;
}

/**
 * Runs the action as a runner does: by default run() in this process (no bundle needed), on the clock given (the one
 * the test's fakes share); with `bundle: true`, dist/index.js in its own process, for what only the bundle shows (its
 * entry, the Node.js check, the workflow commands on a real stdout), on the real clock.
 */
export function runAction(options: ActionRunOptions): Promise<ActionRun> {
  return runActionAnyway({ ...options, bundle: options.bundle ?? false });
}

/**
 * Runs the action on the sample file against the emulator, on the emulator's clock (in this process) or as the bundle
 * (`bundle: true`); `inputs` add to or replace the defaults.
 */
export function runSample(
  emulator: GenesysEmulator,
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; workspace?: string; bundle?: boolean } = {},
): Promise<ActionRun> {
  return runAction({
    bundle: options.bundle ?? false,
    clock: emulator.clock,
    inputs: {
      file: 'examples/data/Holidays.csv',
      'genesys-client-id': credentials.clientId,
      'genesys-client-secret': credentials.clientSecret,
      'genesys-api-url': emulator.apiUrl,
      'genesys-login-url': emulator.apiUrl,
      'github-token': 'ghs_test_token_123',
      ...inputs,
    },
    env: options.env,
    ...(options.workspace ? { workspace: options.workspace } : {}),
  });
}

/** Import jobs started in the emulator (the new CSV flow). */
export function importStarts(emulator: GenesysEmulator) {
  return emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/import/csv/jobs'));
}
