/** What went wrong, so reports can group and cap problems of one kind. */
export type ProblemKind =
  | 'encoding'
  | 'unclosed-quote'
  | 'malformed-csv'
  | 'empty-file'
  | 'header'
  | 'ragged-row'
  | 'unknown-column'
  | 'missing-key-column'
  | 'missing-column'
  | 'empty-key'
  | 'duplicate-key'
  | 'key-length'
  | 'look-alike-key'
  | 'blank-row'
  | 'renamed-key'
  | 'invalid-value'
  | 'out-of-range'
  | 'schema-file'
  | 'too-many-rows'
  | 'leading-zeros'
  | 'mojibake'
  | 'reshuffled-column'
  | 'spreadsheet-value'
  | 'missing-reference';

/** Something wrong (or worth a warning) in a data file, located precisely enough to fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  kind: ProblemKind;
  file: string;
  /** 1-based physical line of the file (a quoted newline moves later lines on). */
  line: number;
  /** The column as the user wrote it in the header, when the problem is in one cell. */
  column?: string;
  value?: string;
  message: string;
}

/** Problems with the whole file (unreadable CSV, bad header) that stop planning that table. */
export class DataFileError extends Error {
  readonly problems: Problem[];
  constructor(...problems: [Omit<Problem, 'severity'>, ...Omit<Problem, 'severity'>[]]) {
    const errors = problems.map((problem): Problem => ({ ...problem, severity: 'error' }));
    super(errors.map(formatProblem).join('\n'));
    this.name = 'DataFileError';
    this.problems = errors;
  }

  get problem(): Problem {
    return this.problems[0] as Problem;
  }
}

export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}`;
  const column = problem.column === undefined ? '' : ` column "${problem.column}"`;
  const value = problem.value === undefined ? '' : ` value ${JSON.stringify(problem.value)}`;
  return `${where}${column}${value}: ${sentence(problem.message)}`;
}

/** A message as a finished sentence: a full stop added unless it already ends with one, `?` or `!`. */
export function sentence(message: string): string {
  return /[.?!]["')\]]*$/.test(message) ? message : `${message}.`;
}
