/**
 * Reading the action's inputs, for the settings and for each vendor's own inputs (src/providers/<vendor>/inputs.ts):
 * the error they throw and the small parsers they share. Pure: the runner hands in the reader.
 */

/** A bad input or configuration: the message names the input (or file and line) and what would be valid. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** One input's text as the runner has it ('' when not set). */
export type InputReader = (name: string) => string;

/** How a runner names what the user sets: an action's inputs, or a command line's flags and environment variables. */
export interface InputTerms {
  /** "input genesys-client-id", or "DATATABLE_SYNC_GENESYS_CLIENT_ID". */
  name(input: string): string;
  /** Where credentials are to come from: "from repository secrets", "from the environment (never a flag)". */
  secrets: string;
}

/** An input with a fixed set of values; the error names the input and the values it takes. */
export function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SettingsError(`Input ${name} is "${value}"; use one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Reads `15m`, `90s`, `1h` or a number of seconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^([0-9]+(?:\.[0-9]+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  if (!match) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

/** A whole number of at least 1, with the default when the input is empty. */
export function positiveInteger(read: InputReader, name: string, fallback: number): number {
  const text = read(name).trim();
  if (text === '') return fallback;
  const value = Number(text);
  if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new SettingsError(`Input ${name} is "${text}"; use a whole number of at least 1, like ${fallback}`);
  }
  return value;
}

/**
 * A settings message in the words of the runner it is shown by: "Input max-deletes is ..." on GitHub, "--max-deletes
 * (or DATATABLE_SYNC_MAX_DELETES) is ..." on a terminal, where no input is called "input".
 */
export function inTermsOf(message: string, terms: InputTerms): string {
  const match = /^Input ([a-z][a-z0-9-]*)\b/.exec(message);
  if (!match) return message;
  const named = terms.name(match[1] as string);
  return `${named.charAt(0).toUpperCase()}${named.slice(1)}${message.slice(match[0].length)}`;
}
