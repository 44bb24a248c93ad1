/** Something wrong (or worth a warning) in a data file, located precisely enough to fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based physical line of the file (a quoted newline moves later lines on). */
  line: number;
  /** The column as the user wrote it in the header, when the problem is in one cell. */
  column?: string;
  value?: string;
  message: string;
}

/** A problem with the whole file (unreadable CSV, bad header) that stops planning that table. */
export class DataFileError extends Error {
  readonly problem: Problem;
  constructor(problem: Omit<Problem, 'severity'>) {
    super(formatProblem({ ...problem, severity: 'error' }));
    this.name = 'DataFileError';
    this.problem = { ...problem, severity: 'error' };
  }
}

export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}`;
  const column = problem.column === undefined ? '' : ` column "${problem.column}"`;
  const value = problem.value === undefined ? '' : ` value ${JSON.stringify(problem.value)}`;
  return `${where}${column}${value}: ${problem.message}`;
}
