import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/**
 * The runner's workflow commands and files, written as @actions/core writes them (the formats GitHub documents under
 * "Workflow commands for GitHub Actions"). Not @actions/core itself on the start path: its index loads its OIDC client,
 * which loads @actions/http-client and through it undici's whole index, http, https and tunnel: about a third of
 * the action's start, for a token this action never asks for. The toolkit's other packages still use it, loaded
 * when they are.
 */

/** Where commands are written: the process's stdout, or a run's own (a run in a test's process). */
export interface Out {
  write(text: string): unknown;
}

/** The runner's environment: process.env, or a run's own map. */
export type Env = Record<string, string | undefined>;

/** `::name key=value,...::message`, with the runner's escapes (a line break cannot end the command early). */
export function issueCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string,
  out: Out = process.stdout,
) {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  out.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** An input as the runner passes it (`INPUT_<NAME>`), trimmed. */
export function getInput(name: string, env: Env = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** An output: to the `GITHUB_OUTPUT` file under a random delimiter the value cannot contain; without it, the old command. */
export function setOutput(name: string, value: string, env: Env = process.env, out: Out = process.stdout): void {
  const file = env.GITHUB_OUTPUT || '';
  if (!file) {
    out.write(EOL);
    issueCommand('set-output', { name }, value, out);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected output: it contains the delimiter "${delimiter}"`);
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

export function annotate(
  kind: 'error' | 'warning' | 'notice',
  message: string,
  at: AnnotationProperties = {},
  out: Out = process.stdout,
): void {
  issueCommand(kind, { title: at.title, file: at.file, line: at.startLine }, message, out);
}

/** Appends markdown to the step summary (`GITHUB_STEP_SUMMARY`), as @actions/core's summary.addRaw(text, true).write(). */
export async function appendSummary(file: string, markdown: string): Promise<void> {
  await appendFile(file, `${markdown}${EOL}`, { encoding: 'utf8' });
}
