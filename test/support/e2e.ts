import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import { type ActionRun, runAction } from '../../scripts/run-action.ts';
import { credentials, startEmulator } from './emulator.ts';
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
    environment.emulator = await startEmulator();
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

/** Runs dist/index.js on the sample file against the emulator; `inputs` add to or replace the defaults. */
export function runSample(
  emulator: GenesysEmulator,
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; workspace?: string } = {},
): Promise<ActionRun> {
  return runAction({
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
