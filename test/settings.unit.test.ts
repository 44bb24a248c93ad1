import platformClient from 'purecloud-platform-client-v2';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadYaml } from '../src/core/yaml.ts';
import { readSettings } from '../src/inputs/settings.ts';
import { genesysHosts } from '../src/providers/genesys/client.ts';

// The run loads the YAML library before it reads a config or YAML schema file (src/run/main.ts); so do these tests.
beforeAll(() => loadYaml());

function settings(inputs: Record<string, string>) {
  return readSettings(
    (name) => ({ file: 'a.csv', ...inputs })[name] ?? '',
    () => '',
  );
}

describe('readSettings', () => {
  // Every region of the official SDK, written the ways people copy it: the SDK's setEnvironment drops a trailing
  // slash, a leading https:// and a leading api., and so does the action.
  const regions = Object.entries(platformClient.PureCloudRegionHosts as Record<string, string>);
  it.each(regions)('reads region %s (%s) however it is written, to the same hosts as the SDK', (_name, region) => {
    for (const written of [region, `https://api.${region}`, `api.${region}/`, `https://${region}`, ` ${region} `]) {
      const genesys = settings({ 'genesys-region': written }).genesys;
      expect(genesys.region).toBe(region);
      expect(genesysHosts(genesys.region)).toEqual({
        apiUrl: `https://api.${region}`,
        loginUrl: `https://login.${region}`,
      });
    }
  });

  it('has the FedRAMP region right: use2.us-gov-pure.cloud', () => {
    expect(regions.map(([, region]) => region)).toContain('use2.us-gov-pure.cloud');
    expect(settings({ 'genesys-region': 'https://api.use2.us-gov-pure.cloud' }).genesys.region).toBe(
      'use2.us-gov-pure.cloud',
    );
  });

  it("reads a matrix group, and paces it to its share of its client's budget", () => {
    expect(settings({})).toMatchObject({ group: undefined, groups: 1, clients: 1 });
    // Four groups over two clients: two on each, so each gets half of genesys-rate-limit.
    const group = settings({ group: '3/4', 'genesys-clients': '2' });
    expect(group.group).toEqual({ index: 3, count: 4 });
    expect(group.genesys.rateLimit).toEqual({ allowed: 150, windowMs: 60_000 });
    // The artifacts and configuration id: the comment is the org's (no group), the artifacts the group's own.
    expect(group.configId).toBe(settings({ 'genesys-clients': '2' }).configId);
    expect(settings({ mode: 'targets', 'genesys-clients': '3' }).groups).toBe(3);
    expect(() => settings({ group: '5/4' })).toThrow('Input group is "5/4"; use the group a targets step listed');
    expect(() => settings({ group: '1/2', mode: 'export' })).toThrow('Input group is for mode plan or apply');
    expect(() => settings({ group: '1/2', 'drift-issue': 'true' })).toThrow('run the drift check without group');
    expect(() => settings({ groups: '257' })).toThrow('Input groups is "257"; use at most 256');
    expect(() => settings({ 'genesys-clients': '17' })).toThrow('Input genesys-clients is "17"');
    expect(() => settings({ mode: 'gather' })).toThrow('Input plans is required with mode: gather');
    expect(() => settings({ 'pull-request': 'true' })).toThrow('Input pull-request is true with mode: plan');
    expect(() => settings({ mode: 'export', 'pull-request': 'yes' })).toThrow('pull-request');
    expect(settings({ mode: 'export', 'pull-request': 'true' }).exportPullRequest).toBe(true);
    expect(settings({ mode: 'export' }).exportPullRequest).toBe(false);
  });

  it('reads the rate limit as requests a minute, or per a duration, 300 a minute by default', () => {
    expect(settings({}).genesys.rateLimit).toEqual({ allowed: 300, windowMs: 60_000 });
    expect(settings({ 'genesys-rate-limit': '150' }).genesys.rateLimit).toEqual({ allowed: 150, windowMs: 60_000 });
    expect(settings({ 'genesys-rate-limit': '600/2m' }).genesys.rateLimit).toEqual({ allowed: 600, windowMs: 120_000 });
    for (const bad of ['0', 'fast', '300/0s', '-5', '300/min']) {
      expect(() => settings({ 'genesys-rate-limit': bad })).toThrow(`Input genesys-rate-limit is "${bad}"`);
    }
  });

  it('reads max-changes as max-deletes is read (a count or a percentage), none when empty, and names a bad one', () => {
    expect(settings({}).tables[0]?.maxChanges).toBeUndefined();
    expect(settings({ 'max-changes': '30%' }).tables[0]?.maxChanges).toEqual({ percent: 30 });
    expect(settings({ 'max-changes': '12' }).tables[0]?.maxChanges).toEqual({ count: 12 });
    expect(() => settings({ 'max-changes': 'some' })).toThrow('Input max-changes is "some"; use a row count like 10');
  });

  it("reads the org's Genesys limits, with Genesys' defaults", () => {
    expect(settings({}).genesys.limits).toEqual({ maxRows: 5000, maxKeyLength: 256 });
    expect(settings({ 'genesys-max-rows': '20000', 'genesys-max-key-length': '300' }).genesys.limits).toEqual({
      maxRows: 20000,
      maxKeyLength: 300,
    });
    expect(() => settings({ 'genesys-max-rows': '5k' })).toThrow(
      'Input genesys-max-rows is "5k"; use a whole number of at least 1, like 5000',
    );
    expect(() => settings({ 'genesys-max-key-length': '0' })).toThrow('Input genesys-max-key-length is "0"');
  });

  it('takes plain http only for this machine: credentials never travel in clear', () => {
    expect(settings({ 'genesys-api-url': 'http://127.0.0.1:8080' }).genesys.apiUrl).toBe('http://127.0.0.1:8080');
    expect(settings({ 'genesys-api-url': 'http://localhost:8080' }).genesys.apiUrl).toBe('http://localhost:8080');
    expect(settings({ 'genesys-api-url': 'https://api.example.test' }).genesys.apiUrl).toBe('https://api.example.test');
    expect(() => settings({ 'genesys-login-url': 'http://login.example.test' })).toThrow(
      'Input genesys-login-url is "http://login.example.test"; use an https URL',
    );
    expect(() => settings({ 'dengage-api-url': 'ftp://x' })).toThrow('Input dengage-api-url');
  });

  it('reads the artifact settings: snapshots only for private repositories unless said, retention in days', () => {
    expect(settings({})).toMatchObject({ uploadArtifacts: true, uploadSnapshots: undefined, retentionDays: undefined });
    expect(settings({ 'upload-snapshots': 'false', 'retention-days': '7' })).toMatchObject({
      uploadSnapshots: false,
      retentionDays: 7,
    });
    expect(() => settings({ 'retention-days': '365' })).toThrow(
      'Input retention-days is "365"; use a number of days from 1 to 90',
    );
    expect(() => settings({ 'upload-snapshots': 'yes' })).toThrow(
      'Input upload-snapshots is "yes"; use one of: auto, true, false',
    );
  });
});

describe('readRunEvent', () => {
  it('knows whether the repository is public, from visibility or private', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readRunEvent } = await import('../src/github/event.ts');
    const dir = mkdtempSync(join(tmpdir(), 'event-'));
    const eventOf = (payload: unknown) => {
      writeFileSync(join(dir, 'e.json'), JSON.stringify(payload));
      return readRunEvent({ GITHUB_EVENT_PATH: join(dir, 'e.json'), GITHUB_REPOSITORY: 'a/b' });
    };
    expect(eventOf({ repository: { visibility: 'public', private: false } }).publicRepository).toBe(true);
    expect(eventOf({ repository: { visibility: 'internal', private: true } }).publicRepository).toBe(false);
    expect(eventOf({ repository: { private: true } }).publicRepository).toBe(false);
    expect(eventOf({}).publicRepository).toBeUndefined();
  });
});

describe('targets: what a plan in a pull request reads', () => {
  const withConfig = (inputs: Record<string, string>, config: string) =>
    readSettings(
      (name) => ({ config: 'tables.yml', ...inputs })[name] ?? '',
      () => config,
    );

  it('is changed by default; all, and names to plan as well, by the input or the config file (the input wins)', () => {
    expect(settings({})).toMatchObject({ targets: 'changed', targetTables: [] });
    expect(settings({ targets: 'all' })).toMatchObject({ targets: 'all', targetTables: [] });
    expect(settings({ targets: 'changed, Holidays\ntables/q.csv' })).toMatchObject({
      targets: 'changed',
      targetTables: ['Holidays', 'tables/q.csv'],
    });
    const config = 'targets: all\ntables:\n  - file: a.csv\n';
    expect(withConfig({}, config)).toMatchObject({ targets: 'all', config: { path: 'tables.yml' } });
    expect(withConfig({ targets: 'changed' }, config).targets).toBe('changed');
    expect(withConfig({}, 'targets: [changed, Holidays]\ntables:\n  - file: a.csv\n')).toMatchObject({
      targets: 'changed',
      targetTables: ['Holidays'],
    });
  });

  it('refuses two keywords or nothing, naming where', () => {
    expect(() => settings({ targets: 'all, changed' })).toThrow('Input targets is "all, changed"; use changed');
    expect(() => withConfig({}, 'targets: ","\ntables:\n  - file: a.csv\n')).toThrow('tables.yml: targets is ","');
  });

  it('reads the drift rotation: tables per run and the floor between checks of one table', () => {
    expect(settings({})).toMatchObject({ driftTablesPerRun: undefined, driftTableIntervalMs: 0 });
    expect(
      settings({ 'drift-issue': 'true', 'drift-tables-per-run': '20', 'drift-table-interval': '12h' }),
    ).toMatchObject({
      driftTablesPerRun: 20,
      driftTableIntervalMs: 43_200_000,
    });
    expect(() => settings({ 'drift-tables-per-run': '0' })).toThrow('drift-tables-per-run');
    expect(() => settings({ 'drift-tables-per-run': '5' })).toThrow('drift-tables-per-run needs drift-issue: true');
    expect(() => settings({ 'drift-table-interval': '1 day' })).toThrow('drift-table-interval');
  });
});
