/**
 * The runner reads any stdout line that starts with `::` (or the older `##[`) as a workflow command: `::add-mask::`,
 * `::stop-commands::`, forged annotations. A log line that carries data (a file name, a table name, a vendor job id)
 * must never start one, so this is the one place log text passes through on its way out.
 */
const ZWSP = '\u200b';
const COMMAND_START = /^(\s*)(::|##\[)/;

/**
 * One log line: line breaks in the data are shown as `\n` and `\r` (they cannot start a new line), and a line that
 * would open a workflow command starts with a zero-width space instead (the runner does not trim it).
 */
export function logLine(text: string): string {
  const single = text
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/[\u2028\u2029\u0085]/g, ' ');
  return single.replace(COMMAND_START, `$1${ZWSP}$2`);
}

/** A block of lines (the summary printed to the log off GitHub): each line kept, none able to open a command. */
export function logBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\u2028\u2029\u0085]/g, ' ').replace(COMMAND_START, `$1${ZWSP}$2`))
    .join('\n');
}

/** Long values shortened for annotations and one-line messages, saying how long they were. */
export function shorten(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
