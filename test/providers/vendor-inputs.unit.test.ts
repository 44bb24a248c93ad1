import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../scripts/run-action.ts';
import { readSettings } from '../../src/inputs/settings.ts';
import { DengageProvider } from '../../src/providers/dengage/index.ts';
import { GenesysProvider } from '../../src/providers/genesys/index.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { LearningBuilderProvider } from '../../src/providers/learningbuilder/index.ts';
import { createProvider, missingInputs, PROVIDERS } from '../../src/providers/registry.ts';
import { TalkdeskProvider } from '../../src/providers/talkdesk/index.ts';
import { requiredWhen } from '../../src/providers/vendor.ts';
import { VENDORS } from '../../src/providers/vendors.ts';

const terms = { name: (input: string) => `input ${input}`, secrets: 'Pass credentials from repository secrets' };
const settings = (inputs: Record<string, string>) =>
  readSettings(
    (name) => ({ file: 'a.csv', ...inputs })[name] ?? '',
    () => '',
  );
const missing = (inputs: Record<string, string>) => missingInputs(settings(inputs), terms);

describe("each vendor's own inputs", () => {
  it('say what a Genesys run lacks: the OAuth client, named as the runner names inputs', () => {
    expect(missing({})).toBe(
      'input genesys-client-id and input genesys-client-secret are required: an OAuth client (Client Credentials grant) whose role has architect:datatable:view, and architect:datatable:edit to apply. Pass credentials from repository secrets',
    );
    expect(missing({ 'genesys-client-id': 'id', 'genesys-client-secret': 's' })).toBeUndefined();
    const cli = { name: (input: string) => `--${input}`, secrets: 'Set credentials in the environment' };
    expect(missingInputs(settings({}), cli)).toMatch(/^--genesys-client-id and --genesys-client-secret are required: /);
  });

  it('say what a Talkdesk run lacks, the credentials first; the account unless a login URL; the API host in au', () => {
    const td = { provider: 'talkdesk' };
    expect(missing(td)).toBe(
      'input talkdesk-client-id and input talkdesk-client-secret are required: an OAuth client (Client Credentials) with the record-lists:manage scope. Pass credentials from repository secrets',
    );
    const client = { ...td, 'talkdesk-client-id': 'id', 'talkdesk-client-secret': 's' };
    expect(missing(client)).toBe('input talkdesk-account is required: the <account> of <account>.talkdeskid.com');
    expect(missing({ ...client, 'talkdesk-login-url': 'https://login.example.test' })).toBeUndefined();
    expect(missing({ ...client, 'talkdesk-account': 'acme' })).toBeUndefined();
    expect(missing({ ...client, 'talkdesk-account': 'acme', 'talkdesk-region': 'au' })).toBe(
      "input talkdesk-api-url is required with talkdesk-region au: no source names that region's API host",
    );
    expect(
      missing({ ...client, 'talkdesk-account': 'acme', 'talkdesk-region': 'au', 'talkdesk-api-url': 'https://a.test' }),
    ).toBeUndefined();
  });

  it("say what a D·engage run lacks; the user key's old name still counts, with a warning", () => {
    const dengage = { provider: 'dengage' };
    expect(missing(dengage)).toBe(
      "input dengage-user-key and input dengage-password are required: the API user's key and password of your D·engage account. Pass credentials from repository secrets",
    );
    const oldName = { ...dengage, 'dengage-username': 'key', 'dengage-password': 'p' };
    expect(missing(oldName)).toMatch(/^input dengage-api-url is required: your account's region host, one of https:/);
    expect(settings(oldName).warnings).toEqual([
      "Input dengage-username is deprecated: D·engage's login takes the API user's key (userkey). Rename the input to dengage-user-key",
    ]);
    expect(missing({ ...oldName, 'dengage-api-url': 'https://eu-api.dengage.com' })).toBeUndefined();
  });

  it('say what a LearningBuilder run lacks: the key, then the site, then the import process', () => {
    const lb: Record<string, string> = { provider: 'learningbuilder' };
    const said: (string | undefined)[] = [];
    for (const [input, value] of [
      ['learningbuilder-api-key', 'k'],
      ['learningbuilder-url', 'https://lb.example.test'],
      ['learningbuilder-import-process-id', '12'],
    ] as const) {
      said.push(missing(lb));
      lb[input] = value;
    }
    expect(said).toEqual([
      'input learningbuilder-api-key is required: an API key with the BeginWorkflowImportProcess permission. Pass credentials from repository secrets',
      'input learningbuilder-url is required: the base URL of your LearningBuilder site',
      'input learningbuilder-import-process-id is required: the id of the Workflow Import Queue file type',
    ]);
    expect(missing(lb)).toBeUndefined();
  });

  it('refuse a bad value whichever vendor is chosen, naming the input', () => {
    expect(() => settings({ 'talkdesk-account': 'a b' })).toThrow('Input talkdesk-account is "a b"');
    expect(() => settings({ provider: 'talkdesk', 'genesys-client-id': 'only' })).toThrow(
      'Inputs genesys-client-id and genesys-client-secret go together',
    );
    expect(() => settings({ 'learningbuilder-creation-path': 'lower' })).toThrow(
      'Input learningbuilder-creation-path is "lower"',
    );
  });

  it('make the chosen vendor its provider, from what its folder read', async () => {
    const made = Object.fromEntries(
      await Promise.all(
        PROVIDERS.map(async (provider) => [
          provider,
          await createProvider(settings({ provider }), new HttpClient(), { log: () => {} }),
        ]),
      ),
    );
    expect(made.genesys).toBeInstanceOf(GenesysProvider);
    expect(made.talkdesk).toBeInstanceOf(TalkdeskProvider);
    expect(made.dengage).toBeInstanceOf(DengageProvider);
    expect(made.learningbuilder).toBeInstanceOf(LearningBuilderProvider);
  });

  it('load their adapter only when the run creates it: a run compiles the one vendor it uses', () => {
    for (const name of PROVIDERS) {
      const declaration = readFileSync(path.join(repoRoot, 'src', 'providers', name, 'inputs.ts'), 'utf8');
      // Types only from the adapter; its code comes with `await import('./index.ts')` in `create`.
      for (const line of declaration.match(/^import [^;]*from '\.\/index\.ts';/gm) ?? []) {
        expect(line, name).toMatch(/^import type /);
      }
      expect(declaration, name).toContain("await import('./index.ts')");
    }
  });

  it('are all in action.yml, named after the vendor (the help groups them so): what it reads or requires', () => {
    const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    for (const [name, vendor] of Object.entries(VENDORS)) {
      const read = new Set<string>();
      vendor.read(
        (input) => {
          read.add(input);
          return '';
        },
        { warnings: [], group: undefined, clients: 1 },
      );
      const required = vendor.requires.flatMap((r) => [...r.inputs, ...(r.unless ? [r.unless] : [])]);
      for (const input of [...read, ...required]) {
        expect(action.inputs, `${name}: ${input}`).toHaveProperty([input]);
        expect(input.startsWith(`${name}-`), `${name}: ${input}`).toBe(true);
      }
      for (const input of vendor.requires.flatMap((r) => r.inputs))
        expect(action.inputs[input]?.default ?? '').toBe('');
    }
  });

  it('write the docs\' "required when" from the same declarations the check reads', () => {
    expect(requiredWhen('talkdesk', VENDORS.talkdesk)).toEqual({
      'talkdesk-client-id': 'provider `talkdesk` (a fork pull request plans offline without it)',
      'talkdesk-client-secret': 'provider `talkdesk` (a fork pull request plans offline without it)',
      'talkdesk-account': 'provider `talkdesk` (unless `talkdesk-login-url`)',
      // au: the one region whose API host no source names (talkdesk/index.ts's table of hosts).
      'talkdesk-api-url': 'provider `talkdesk` with `talkdesk-region: au`',
    });
  });
});
