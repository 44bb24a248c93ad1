import * as core from '@actions/core';
import { commandData, logBlock, logLine, shorten } from '../core/log-line.ts';
import { type Problem, sentence } from '../core/problems.ts';
import type { FailureReason, RunEvent, Runner } from '../runner.ts';
import { uploadArtifact } from './artifacts.ts';
import { readRunEvent } from './event.ts';
import { LogFolds } from './log-folds.ts';
import { PullRequests } from './pull-request.ts';

/** Tables are planned and applied side by side: each one's lines stay in its own fold (see LogFolds). */
const folds = new LogFolds({
  line: (text) => core.info(text),
  debug: (text) => core.debug(text),
  start: (name) => core.startGroup(name),
  end: () => core.endGroup(),
});

/** Everything the action says to, or asks of, the runner and GitHub goes through here: the engine's Runner. */
export const runner: Runner = {
  input: (name: string): string => core.getInput(name),
  terms: { name: (input) => `input ${input}`, secrets: 'Pass them from repository secrets' },
  mask: (secret: string): void => {
    if (secret) core.setSecret(secret);
  },
  /** Every log line that carries data goes out here, unable to start a workflow command (core/log-line.ts). */
  info: (message: string): void => folds.line(logLine(message)),
  // Annotations carry names and vendor text in their data: no `##[` may survive in it (see core/log-line.ts).
  notice: (message: string): void => core.notice(commandData(message)),
  warning: (message: string, file?: string): void =>
    core.warning(commandData(message), file ? { file: commandData(file) } : {}),
  /** Fails the step, and says why in one word in the `failure-reason` output (for workflows that branch on it). */
  fail: (message: string, reason: FailureReason = 'error'): void => {
    core.setOutput('failure-reason', reason);
    core.setFailed(commandData(message));
  },
  /** Lines only shown with debug logging on (ACTIONS_STEP_DEBUG, or "re-run with debug logging"). */
  debug: (message: string): void => folds.debug(logLine(message)),
  isDebug: (): boolean => core.isDebug(),
  /** The log lines of `work` folded under one heading, kept whole when several run side by side. */
  group: <T>(name: string, work: () => Promise<T>): Promise<T> => folds.fold(logLine(name), work),
  output: (name: string, value: string | number | boolean): void => core.setOutput(name, String(value)),
  workspace: (): string => process.env.GITHUB_WORKSPACE || process.cwd(),
  tempDir: (): string => process.env.RUNNER_TEMP || process.cwd(),
  event: (): RunEvent => readRunEvent(),
  pullRequests: (token: string, event: RunEvent) => new PullRequests(token, event),
  uploadArtifact,

  async summary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.info(logBlock(markdown));
      return;
    }
    await core.summary.addRaw(markdown, true).write();
  },

  /**
   * Annotations on the CSV lines: errors, then warnings (a look-alike key allowed, a column without values...). GitHub
   * shows 10 of each per step, so the rest are only counted.
   */
  annotate(problems: readonly Problem[]): void {
    for (const severity of ['error', 'warning'] as const) {
      const found = problems.filter((p) => p.severity === severity);
      const write = severity === 'error' ? core.error : core.warning;
      for (const problem of found.slice(0, 10)) {
        // core.error escapes line breaks and `::` in messages and properties; long values are shortened here.
        const value = problem.value !== undefined ? ` (value ${shorten(JSON.stringify(problem.value))})` : '';
        write(
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
        write(`${found.length - 10} more ${severity === 'error' ? 'invalid cells' : 'warnings'}: see the step summary`);
      }
    }
  },
};

export type { FailureReason, Runner } from '../runner.ts';
