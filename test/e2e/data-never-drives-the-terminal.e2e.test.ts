import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/run-action.ts';
import { useE2eEnvironment } from '../support/e2e.ts';
import { credentials } from '../support/emulator.ts';

// File names and cells that would clear the screen and scrollback, print a fake verdict, hide the rest of the output,
// or write the clipboard (OSC 52), through the command line (dist/cli/index.js) as a person runs it.
const env = useE2eEnvironment();
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');

const ESC = '\u001b';
const BEL = '\u0007';
/** The proof of the review: entities a markdown decoder would turn into ESC bytes. */
const ENTITY_NAME = 'tables/h&#27;[2J&#27;[3J&#27;[HNo changes. The tables match the files.&#27;[8m.csv';
const ESC_NAME = `tables/h${ESC}[2J${ESC}[3J${ESC}[HNo changes. The tables match the files.${ESC}[8m.csv`;
const CLIPBOARD_NAME = `tables/c${ESC}]52;c;ZWNobyBvd25lZA==${BEL}.csv`;
/** Any C0 control but tab and line feed, DEL, C1 (CSI 0x9b, OSC 0x9d among them). */
const CONTROL = /(?![\t\n])\p{Cc}/u;

async function runCli(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  await mkdir(path.join(env.dir, 'tmp'), { recursive: true });
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      {
        cwd,
        timeout: 60_000,
        env: {
          PATH: process.env.PATH ?? '',
          TMPDIR: path.join(env.dir, 'tmp'),
          DATATABLE_SYNC_GENESYS_CLIENT_ID: credentials.clientId,
          DATATABLE_SYNC_GENESYS_CLIENT_SECRET: credentials.clientSecret,
          DATATABLE_SYNC_GENESYS_API_URL: env.emulator.apiUrl,
          DATATABLE_SYNC_GENESYS_LOGIN_URL: env.emulator.apiUrl,
        },
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          output: `${stdout}\n--- stderr ---\n${stderr}`,
        }),
    );
  });
}

/** The sample, under each hostile name, with a row whose cells carry escapes as bytes and as entities. */
async function workspace(): Promise<string> {
  const ws = path.join(env.dir, 'ws');
  await mkdir(path.join(ws, 'tables'), { recursive: true });
  const sample = await readFile(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), 'utf8');
  const csv = `${sample}Clipboard &#27;[2J,2027-03-01,true,"${ESC}]52;c;ZWNobyBvd25lZA==${BEL} ${ESC}[8mhidden",0,0\n`;
  for (const name of [ENTITY_NAME, ESC_NAME, CLIPBOARD_NAME]) await writeFile(path.join(ws, name), csv);
  await cp(path.join(repoRoot, 'examples', 'data', 'Holidays.csv'), path.join(ws, 'tables', 'Holidays.csv'));
  return ws;
}

describe('data never drives the terminal', () => {
  it('plan shows escape sequences in file names and cells as text: no control byte from data reaches the terminal', async () => {
    const ws = await workspace();
    for (const name of [ENTITY_NAME, ESC_NAME, CLIPBOARD_NAME]) {
      // Named as the table's file: the whole plan report (added row, deleted row, file name in its heading) prints.
      const planned = await runCli(['plan', name, '--table', 'Holidays'], ws);
      expect(planned.code, planned.output).toBe(2);
      expect(planned.output).toContain('Plan: 2 to add');
      expect(planned.output).not.toMatch(CONTROL);
      // Shown, not sent: the reader sees what the name holds, the real verdict after it.
      expect(planned.output).toContain(
        {
          [ENTITY_NAME]: ENTITY_NAME,
          [ESC_NAME]: 'tables/h\\x1b[2J\\x1b[3J\\x1b[HNo changes. The tables match the files.\\x1b[8m.csv',
          [CLIPBOARD_NAME]: 'tables/c\\x1b]52;c;ZWNobyBvd25lZA==\\x07.csv',
        }[name],
      );
      expect(planned.output).toContain('\\x1b[8mhidden');
      // With the table named after the file: it does not exist, and the error names it, made visible too.
      const missing = await runCli(['plan', name], ws);
      expect(missing.code).toBe(1);
      expect(missing.output).not.toMatch(CONTROL);
    }
  });

  it('validate (no credentials) shows them as text too, and a name that is only entities stays entities', async () => {
    const ws = await workspace();
    const validated = await runCli(['validate', ENTITY_NAME, ESC_NAME, CLIPBOARD_NAME], ws);
    expect(validated.output).not.toMatch(CONTROL);
    expect(validated.output).toContain('h&#27;[2J&#27;[3J&#27;[HNo changes.');
    expect(validated.output).toContain('\\x1b]52;c;ZWNobyBvd25lZA==\\x07');
    // A usage error echoes the command line's own words, made visible as well.
    const usage = await runCli(['plan', `--x${ESC}[2J`], ws);
    expect(usage.code).toBe(1);
    expect(usage.output).toContain('unknown flag --x\\x1b[2J');
    expect(usage.output).not.toMatch(CONTROL);
  });
});
