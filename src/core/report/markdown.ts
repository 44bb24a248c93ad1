/**
 * What the three reports share: escaping data into markdown (the one place where data meets markdown), links, the
 * levels of detail a report shrinks through to fit GitHub's limits, and the list of a file's problems.
 */
import { type Problem, sentence } from '../problems.ts';
import type { CellValue } from '../schema.ts';

/** How much detail a report shows; reports shrink through these levels to fit a size budget. */
export interface Detail {
  /** Rows of each kind (added, changed, deleted) listed before "and N more". */
  rows: number;
  /** Problems of one kind (invalid values, duplicate keys...) listed before "and N more". */
  problemsPerKind: number;
  /** Characters of one value shown before "…". */
  valueChars: number;
}

export const FULL_DETAIL: Detail = { rows: 50, problemsPerKind: 20, valueChars: 300 };

/** The levels a report shrinks through, most detail first (fitToBudget). */
const SHRINKING_DETAIL: readonly Detail[] = [
  FULL_DETAIL,
  { rows: 10, problemsPerKind: 5, valueChars: 100 },
  { rows: 0, problemsPerKind: 1, valueChars: 60 },
];

/** GitHub's limits: a comment body, and a step summary. */
export const COMMENT_LIMIT = 65_536;
export const SUMMARY_LIMIT = 1_024 * 1_024;

/** Zero-width space: breaks a mention, an issue reference or an autolink without changing what the reader sees. */
const ZWSP = '\u200b';

/**
 * Escapes text so that data never renders as markup: no tags, no links, no mentions or issue references,
 * no code spans, no emphasis, no broken table rows. The one place where data meets markdown.
 * GitHub finds mentions and autolinks in the rendered text (after entities are decoded), so those are broken
 * with a zero-width space rather than an entity.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/@/g, `${ZWSP}@${ZWSP}`) // before: no e-mail autolink; after: no mention
      .replace(/#/g, `#${ZWSP}`)
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/www\./gi, (www) => `${www.slice(0, 3)}${ZWSP}.`)
      // After the zero-width spaces, so that the entities' own `#` is left alone.
      .replace(/[&<>|`[\]]/g, (char) => `&#${char.charCodeAt(0)};`)
      // GitHub renders text between two `$` of a line as math (MathJax); its documented escape outside math is a span.
      .replace(/\$/g, () => '<span>$</span>')
      .replace(/([\\*_~!])/g, '\\$1')
      .replace(/\r\n|\r|\n/g, '<br>')
  );
}

/**
 * A name (file path, job id) in monospace, escaped as all other data: `<code>` rather than a code span, whose text
 * nothing could escape (a terminal or any later reader would take it as written).
 */
export function codeOrText(text: string): string {
  return text === '' ? '' : `<code>${escapeMarkdown(text)}</code>`;
}

/** One cell's value, escaped, cut at `detail.valueChars`; an empty one says so. */
export function showValue(value: CellValue | undefined, detail: Detail): string {
  if (value === undefined) return '';
  if (value === '') return '*(empty)*';
  const text = typeof value === 'string' ? value : String(value);
  const cut = text.length > detail.valueChars ? `${text.slice(0, detail.valueChars)}…` : text;
  return escapeMarkdown(cut);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Links a problem's file and line to the file as the pull request has it, when the report knows where that is. */
export type FileLink = (file: string, line: number) => string | undefined;

function problemText(problem: Problem, link: FileLink | undefined, detail: Detail): string {
  const raw = link?.(problem.file, problem.line);
  const url = raw === undefined ? undefined : linkTarget(raw);
  const where = url
    ? `[${escapeMarkdown(`${problem.file}:${problem.line}`)}](${url})`
    : escapeMarkdown(`${problem.file}:${problem.line}`);
  const column = problem.column === undefined ? '' : ` column "${escapeMarkdown(problem.column)}"`;
  const value = problem.value === undefined ? '' : ` value ${showValue(JSON.stringify(problem.value), detail)}`;
  return `${where}${column}${value}: ${escapeMarkdown(sentence(problem.message))}`;
}

/** Problems in file order, at most `problemsPerKind` of each kind, each kind's remainder counted. */
export function problemList(problems: readonly Problem[], detail: Detail, link?: FileLink): string[] {
  const shownPerKind = new Map<string, number>();
  const hidden = new Map<string, number>();
  const lines: string[] = [];
  for (const problem of problems) {
    const shown = shownPerKind.get(problem.kind) ?? 0;
    if (shown < detail.problemsPerKind) {
      shownPerKind.set(problem.kind, shown + 1);
      lines.push(`- ${problem.severity === 'error' ? '❌' : '⚠️'} ${problemText(problem, link, detail)}`);
    } else {
      hidden.set(problem.kind, (hidden.get(problem.kind) ?? 0) + 1);
    }
  }
  for (const [kind, count] of hidden) lines.push(`- …and ${count} more of this kind: ${kind.replace(/-/g, ' ')}`);
  return lines;
}

/** ": `prod`" after a heading, for a run with an environment. */
export function environmentSuffix(environment: string | undefined): string {
  return environment ? `: ${codeOrText(environment)}` : '';
}

/**
 * Renders at the most detail that fits the budget (in characters): fewer rows, then counts only. The headline,
 * counts and errors always stay; a note says what was cut and where the whole plan is.
 */
export function fitToBudget(render: (detail: Detail) => string, budget: number, wherePlanIs: string): string {
  for (const [level, detail] of SHRINKING_DETAIL.entries()) {
    const note = level === 0 ? '' : `\n> [!NOTE]\n> Shortened to fit GitHub's size limit: ${wherePlanIs}\n`;
    const text = render(detail) + note;
    if (text.length <= budget) return text;
  }
  const cutNote = `\n\n> [!NOTE]\n> Cut at GitHub's size limit: ${wherePlanIs}\n`;
  const text = render(SHRINKING_DETAIL[SHRINKING_DETAIL.length - 1] as Detail);
  return text.slice(0, Math.max(0, budget - cutNote.length)) + cutNote;
}

/**
 * A URL fit to be a link's target, or undefined: http(s) only, and every character that could end the target or
 * open markup percent-encoded, so a vendor's (or a file's) text cannot close the link and go on as markdown.
 */
export function linkTarget(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(
    /[()<>"'`\s[\]|\\*_~]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A repository path as a URL path: each segment percent-encoded on its own, the slashes kept. */
export function pathForUrl(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
