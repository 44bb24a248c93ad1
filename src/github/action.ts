import { EOL } from 'node:os';
import { commandData, logBlock, logLine, shorten } from '../core/log-line.ts';
import { type Problem, sentence } from '../core/problems.ts';
import type { FailureReason, RunEvent, Runner } from '../runner.ts';
import { uploadArtifact } from './artifacts.ts';
import { annotate, appendSummary, getInput, issueCommand, setOutput } from './commands.ts';
import { readRunEvent } from './event.ts';
import { LogFolds } from './log-folds.ts';
import { PullRequests } from './pull-request.ts';

/** Tables are planned and applied side by side: each one's lines stay in its own fold (see LogFolds). */
const folds = new LogFolds({
  line: (text) => process.stdout.write(`${text}${EOL}`),
  debug: (text) => issueCommand('debug', {}, text),
  start: (name) => issueCommand('group', {}, name),
  end: () => issueCommand('endgroup', {}, ''),
});

/** Everything the action says to, or asks of, the runner and GitHub goes through here: the engine's Runner. */
export const runner: Runner = {
  input: (name: string): string => getInput(name),
  terms: { name: (input) => `input ${input}`, secrets: 'Pass them from repository secrets' },
  mask: (secret: string): void => {
    if (secret) issueCommand('add-mask', {}, secret);
  },
  /** Every log line that carries data goes out here, unable to start a workflow command (core/log-line.ts). */
  info: (message: string): void => folds.line(logLine(message)),
  // Annotations carry names and vendor text in their data: no `##[` may survive in it (see core/log-line.ts).
  notice: (message: string): void => annotate('notice', commandData(message)),
  warning: (message: string, file?: string): void =>
    annotate('warning', commandData(message), file ? { file: commandData(file) } : {}),
  /** Fails the step, and says why in one word in the `failure-reason` output (for workflows that branch on it). */
  fail: (message: string, reason: FailureReason = 'error'): void => {
    setOutput('failure-reason', reason);
    process.exitCode = 1;
    annotate('error', commandData(message));
  },
  /** Lines only shown with debug logging on (ACTIONS_STEP_DEBUG, or "re-run with debug logging"). */
  debug: (message: string): void => folds.debug(logLine(message)),
  isDebug: (): boolean => process.env.RUNNER_DEBUG === '1',
  /** The log lines of `work` folded under one heading, kept whole when several run side by side. */
  group: <T>(name: string, work: () => Promise<T>): Promise<T> => folds.fold(logLine(name), work),
  output: (name: string, value: string | number | boolean): void => setOutput(name, String(value)),
  workspace: (): string => process.env.GITHUB_WORKSPACE || process.cwd(),
  tempDir: (): string => process.env.RUNNER_TEMP || process.cwd(),
  event: (): RunEvent => readRunEvent(),
  pullRequests: (token: string, event: RunEvent) => new PullRequests(token, event),
  uploadArtifact,

  async summary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      process.stdout.write(`${logBlock(markdown)}${EOL}`);
      return;
    }
    await appendSummary(process.env.GITHUB_STEP_SUMMARY, markdown);
  },

  /**
   * Annotations on the CSV lines: errors, then warnings (a look-alike key allowed, a column without values...). GitHub
   * shows 10 of each per step, so the rest are only counted.
   */
  annotate(problems: readonly Problem[]): void {
    for (const severity of ['error', 'warning'] as const) {
      const found = problems.filter((p) => p.severity === severity);
      for (const problem of found.slice(0, 10)) {
        // annotate escapes line breaks and `::` in messages and properties; long values are shortened here.
        const value = problem.value !== undefined ? ` (value ${shorten(JSON.stringify(problem.value))})` : '';
        annotate(
          severity,
          commandData(
            shorten(
              `${problem.column ? `${shorten(problem.column, 100)}: ` : ''}${sentence(problem.message)}${value}`,
              1000,
            ),
          ),
          {
            title: severity === 'error' ? 'Invalid data' : 'Check this data',
            file: commandData(problem.file),
            startLine: problem.line,
          },
        );
      }
      if (found.length > 10) {
        annotate(
          severity,
          `${found.length - 10} more ${severity === 'error' ? 'invalid cells' : 'warnings'}: see the step summary`,
        );
      }
    }
  },
};

export type { FailureReason, Runner } from '../runner.ts';
