/**
 * The runner reads a stdout line that starts with `::` as a workflow command, and `##[command]` anywhere in a line
 * (the older form): `::add-mask::`, `##[stop-commands]`, forged annotations and outputs. A log line that carries data
 * (a file name, a table name, a vendor job id) must never hold one, so this is the one place log text passes through
 * on its way out: `::` and `##[` are broken by a zero-width space wherever they stand, and line breaks are shown.
 */
const ZWSP = '\u200b';

/** Text with every `::` and `##[` broken, so that no part of it can be read as a workflow command. */
export function breakCommands(text: string): string {
  return text.replace(/#(?=#\[)/g, `#${ZWSP}`).replace(/:(?=:)/g, `:${ZWSP}`);
}

/**
 * A message that goes out as a workflow command's data (an annotation, a notice, a failure): the toolkit escapes its
 * line breaks and `%`, but not a `##[` inside it, which the runner would run.
 */
export function commandData(text: string): string {
  return text.replace(/#(?=#\[)/g, `#${ZWSP}`);
}

/**
 * One log line: line breaks in the data are shown as `\n` and `\r` (they cannot start a new line), and no `::` or `##[`
 * survives whole.
 */
export function logLine(text: string): string {
  const single = text
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/[\u2028\u2029\u0085]/g, ' ');
  return breakCommands(single);
}

/** A block of lines (the summary printed to the log off GitHub): each line kept, none holding a command. */
export function logBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => breakCommands(line.replace(/[\u2028\u2029\u0085]/g, ' ')))
    .join('\n');
}

/** Long values shortened for annotations and one-line messages, saying how long they were. */
export function shorten(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

/**
 * JSON for an output that carries vendor text (table names, messages): every `#` (only ever inside a string) written
 * as the escape `\u0023`, so a workflow that echoes the output into the log cannot start a command with `##[`, while
 * `fromJSON` and `jq` read the same data. (`::` only counts at a line's start, and this is one line starting `[`.)
 */
export function outputJson(value: unknown): string {
  return JSON.stringify(value).replace(/#/g, '\\u0023');
}
