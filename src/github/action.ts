import { EOL } from 'node:os';
import type { Clock } from '../core/clock.ts';
import { commandData, logBlock, logLine, shorten } from '../core/log-line.ts';
import { type Problem, sentence } from '../core/problems.ts';
import type { FailureReason, RunEvent, Runner } from '../runner.ts';
import { uploadArtifact } from './artifacts.ts';
import { annotate, appendSummary, type Env, getInput, issueCommand, type Out, setOutput } from './commands.ts';
import { readRunEvent } from './event.ts';
import { LogFolds } from './log-folds.ts';
import { PullRequests } from './pull-request.ts';

/** What a GitHub runner is built from: the step's environment, where its log goes, and the run's clock. */
export interface ActionRunnerOptions {
  /** INPUT_*, GITHUB_* and RUNNER_* as the runner sets them. */
  env: Env;
  /** The step's log: workflow commands and log lines. */
  stdout: Out;
  /** Absent: the real clock. */
  clock?: Clock;
  /** The folder when GITHUB_WORKSPACE or RUNNER_TEMP is unset. */
  cwd?: string;
  /** Also set process.exitCode on a failure (the action's own process; not a run inside a test's). */
  setProcessExitCode?: boolean;
}

/** The engine's Runner on GitHub, with the exit code its run ended with (1 once anything failed). */
export interface ActionRunner extends Runner {
  exitCode(): number;
}

/** Everything the action says to, or asks of, the runner and GitHub goes through here: the engine's Runner. */
export function createActionRunner(options: ActionRunnerOptions): ActionRunner {
  const { env, stdout } = options;
  const cwd = options.cwd ?? process.cwd();
  const command = (name: string, message: string) => issueCommand(name, {}, message, stdout);
  const annotateTo = (...[kind, message, at]: Parameters<typeof annotate>) => annotate(kind, message, at, stdout);
  let exitCode = 0;
  /** Tables are planned and applied side by side: each one's lines stay in its own fold (see LogFolds). */
  const folds = new LogFolds({
    line: (text) => stdout.write(`${text}${EOL}`),
    debug: (text) => command('debug', text),
    start: (name) => command('group', name),
    end: () => command('endgroup', ''),
  });
  return {
    exitCode: () => exitCode,
    ...(options.clock ? { clock: options.clock } : {}),
    proxyEnv: env,
    input: (name: string): string => getInput(name, env),
    terms: { name: (input) => `input ${input}`, secrets: 'Pass credentials from repository secrets' },
    mask: (secret: string): void => {
      if (secret) command('add-mask', secret);
    },
    /** Every log line that carries data goes out here, unable to start a workflow command (core/log-line.ts). */
    info: (message: string): void => folds.line(logLine(message)),
    // Annotations carry names and vendor text in their data: no `##[` may survive in it (see core/log-line.ts).
    notice: (message: string): void => annotateTo('notice', commandData(message)),
    warning: (message: string, file?: string): void =>
      annotateTo('warning', commandData(message), file ? { file: commandData(file) } : {}),
    /** Fails the step, and says why in one word in the `failure-reason` output (for workflows that branch on it). */
    fail: (message: string, reason: FailureReason = 'error'): void => {
      setOutput('failure-reason', reason, env, stdout);
      exitCode = 1;
      if (options.setProcessExitCode) process.exitCode = 1;
      annotateTo('error', commandData(message));
    },
    /** Lines only shown with debug logging on (ACTIONS_STEP_DEBUG, or "re-run with debug logging"). */
    debug: (message: string): void => folds.debug(logLine(message)),
    isDebug: (): boolean => env.RUNNER_DEBUG === '1',
    /** The log lines of `work` folded under one heading, kept whole when several run side by side. */
    group: <T>(name: string, work: () => Promise<T>): Promise<T> => folds.fold(logLine(name), work),
    output: (name: string, value: string | number | boolean): void => setOutput(name, String(value), env, stdout),
    workspace: (): string => env.GITHUB_WORKSPACE || cwd,
    tempDir: (): string => env.RUNNER_TEMP || cwd,
    event: (): RunEvent => readRunEvent(env),
    pullRequests: (token: string, event: RunEvent) => new PullRequests(token, event, env.GITHUB_API_URL),
    uploadArtifact: (name, files, rootDirectory, retentionDays) =>
      uploadArtifact(name, files, rootDirectory, retentionDays, env),

    async summary(markdown: string): Promise<void> {
      if (!env.GITHUB_STEP_SUMMARY) {
        stdout.write(`${logBlock(markdown)}${EOL}`);
        return;
      }
      await appendSummary(env.GITHUB_STEP_SUMMARY, markdown);
    },

    /**
     * Annotations on the CSV lines: errors, then warnings (a look-alike key allowed, a column without values...).
     * GitHub shows 10 of each per step, so the rest are only counted.
     */
    annotate(problems: readonly Problem[]): void {
      for (const severity of ['error', 'warning'] as const) {
        const found = problems.filter((p) => p.severity === severity);
        for (const problem of found.slice(0, 10)) {
          // annotate escapes line breaks and `::` in messages and properties; long values are shortened here.
          const value = problem.value !== undefined ? ` (value ${shorten(JSON.stringify(problem.value))})` : '';
          annotateTo(
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
          annotateTo(
            severity,
            `${found.length - 10} more ${severity === 'error' ? 'invalid cells' : 'warnings'}: see the step summary`,
          );
        }
      }
    },
  };
}

/** The action's own runner: this process's environment and stdout, its failures the process's exit code. */
export const runner: ActionRunner = createActionRunner({
  env: process.env,
  stdout: process.stdout,
  setProcessExitCode: true,
});

export type { FailureReason, Runner } from '../runner.ts';
