/** The validation report: each file checked against its schema, and its problems (mode: validate). */
import type { Problem } from '../problems.ts';
import { codeOrText, type Detail, FULL_DETAIL, plural, problemList } from './markdown.ts';

/** One data file as validate found it. */
export interface ValidationResult {
  file: string;
  table: string;
  /** The schema file the cells were checked against; undefined: none, every column checked as text. */
  schemaFile?: string;
  rows: number;
  invalid: number;
  problems: readonly Problem[];
}

/** What `validate` found: a line per file, then each file's problems. */
export function renderValidationReport(results: readonly ValidationResult[], detail: Detail = FULL_DETAIL): string {
  const invalid = results.reduce((sum, r) => sum + r.invalid, 0);
  const lines = [
    '## Data tables validation',
    '',
    invalid > 0
      ? `**${plural(invalid, 'invalid row')}**: fix ${invalid === 1 ? 'it' : 'them'} before planning.`
      : results.length === 1
        ? '**The file is valid.**'
        : `**All ${results.length} files are valid.**`,
    '',
    '| file | checked against | rows | invalid |',
    '|---|---|---:|---:|',
  ];
  for (const result of results) {
    const against = result.schemaFile ? codeOrText(result.schemaFile) : 'its header (no schema file: text only)';
    lines.push(`| ${codeOrText(result.file)} | ${against} | ${result.rows} | ${result.invalid} |`);
  }
  for (const result of results.filter((r) => r.problems.length > 0)) {
    lines.push('', `### ${codeOrText(result.file)}`, '', ...problemList(result.problems, detail));
  }
  return `${lines.join('\n')}\n`;
}
