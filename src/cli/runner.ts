import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { shorten } from '../core/log-line.ts';
import { type Problem, sentence } from '../core/problems.ts';
import type { FailureReason, RunEvent, Runner } from '../runner.ts';
import { environmentName, isCredential } from './args.ts';
import { markdownPieces, type Piece, renderPieces, styled, TerminalWriter } from './terminal.ts';
import { discardTypeahead } from './typeahead.ts';

export interface TerminalOptions {
  /** The inputs, by the action's names: flags, the environment, then action.yml's defaults. */
  inputs: Readonly<Record<string, string>>;
  workspace: string;
  /** Where the run's own folder is made; default: the system's temp folder. */
  tempDir?: string;
  /** The report (stdout), everything else (stderr), and where an answer comes from (stdin). */
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream & { isTTY?: boolean };
  in: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Colour wanted (no --no-color, no NO_COLOR): shown only on a stream that is a terminal. */
  color: boolean;
  verbose: boolean;
  /** apply without asking. */
  autoApprove: boolean;
  /** export over files with uncommitted changes. */
  force: boolean;
}

export interface TerminalRunner extends Runner {
  /** After the run: whether it failed, and its outputs. */
  result(): { failed: boolean; outputs: Readonly<Record<string, string>> };
  /** Stops the progress line. */
  close(): void;
}

/**
 * One line for a terminal: line breaks in the data shown as `\n`. Unlike a workflow log line nothing is broken up by
 * invisible characters: a URL or an IPv6 address copies as it is. (The writer makes the other controls visible.)
 */
function terminalLine(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** The report's markdown as a terminal shows it: no HTML, no markdown escapes, headings in bold. */
export function terminalText(markdown: string, color: boolean): string {
  return renderPieces(markdownPieces(markdown), color, (text) => text);
}

/**
 * The action's engine on a terminal: the same Runner as on GitHub, with flags and the environment for inputs, the
 * report on stdout, logs and problems (as `file:line: error:`) on stderr, and no GitHub: no comments or artifacts, and
 * the person at the terminal, not a reviewed pull request, approves an apply.
 */
export function terminalRunner(options: TerminalOptions): TerminalRunner {
  const secrets = new Set<string>();
  const outputs: Record<string, string> = {};
  let failed = false;
  const redact = (text: string) => {
    let result = text;
    for (const secret of secrets) result = result.split(secret).join('***');
    return result;
  };
  const out = new TerminalWriter(options.out, options.color, redact);
  const err = new TerminalWriter(options.err, options.color, redact);
  // A line that says what is being waited for and for how long, rewritten in place on a terminal.
  let lastOutput = Date.now();
  let current = '';
  // While the apply's question waits for an answer, nothing is being waited for: no progress line over the prompt.
  let asking = false;
  const ticker = err.isTTY
    ? setInterval(() => {
        const quiet = Math.round((Date.now() - lastOutput) / 1000);
        if (quiet < 2 || asking) return;
        err.progressLine(styled(`… ${current ? `${current}: ` : ''}waiting (${quiet} s)`, 'dim'));
      }, 1000)
    : undefined;
  ticker?.unref();
  const write = (writer: TerminalWriter, ...pieces: Piece[]) => {
    err.clearProgress();
    lastOutput = Date.now();
    writer.line(...pieces);
  };
  const event: RunEvent = { name: 'local', owner: '', repo: '', sha: '', serverUrl: '', runUrl: '' };

  return {
    input: (name) => options.inputs[name] ?? '',
    terms: {
      name: (input) => (isCredential(input) ? environmentName(input) : `--${input} (or ${environmentName(input)})`),
      secrets: 'Set credentials in the environment (never as flags: shell history and ps show those)',
    },
    mask: (secret) => {
      if (secret.length >= 4) secrets.add(secret);
    },
    info: (message) => write(err, terminalLine(message)),
    notice: (message) => write(err, styled('note:', 'cyan'), ` ${message}`),
    warning: (message, file) => write(err, styled('warning:', 'yellow'), ` ${file ? `${file}: ` : ''}${message}`),
    fail: (message: string, _reason?: FailureReason) => {
      failed = true;
      write(err, styled('error:', 'red'), ` ${message}`);
    },
    debug: (message) => {
      if (options.verbose) write(err, styled(terminalLine(message), 'dim'));
    },
    isDebug: () => options.verbose,
    group: async (name, work) => {
      // A line per table while it is read or imported; the progress line says which is being waited for.
      write(err, styled(terminalLine(name), 'bold'));
      const before = current;
      current = terminalLine(name);
      try {
        return await work();
      } finally {
        current = before;
      }
    },
    output: (name, value) => {
      outputs[name] = String(value);
    },
    workspace: () => options.workspace,
    tempDir: () => options.tempDir ?? tmpdir(),
    event: () => event,
    uploadArtifact: async () => ({ skipped: 'not on a GitHub runner' }),
    summary: async (markdown) => write(out, ...markdownPieces(markdown)),
    annotate: (problems: readonly Problem[]) => {
      // Errors first, then warnings, each on its file's line as compilers write them.
      for (const problem of [...problems].sort(
        (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'),
      )) {
        const value = problem.value !== undefined ? ` (value ${shorten(JSON.stringify(problem.value))})` : '';
        const column = problem.column ? `${shorten(problem.column, 100)}: ` : '';
        write(
          err,
          `${problem.file}:${problem.line}: `,
          problem.severity === 'error' ? styled('error:', 'red') : styled('warning:', 'yellow'),
          ` ${column}${sentence(problem.message)}${value}`,
        );
      }
    },
    async approve(question) {
      if (options.autoApprove) return { approved: true };
      if (options.in.isTTY !== true) {
        return {
          approved: false,
          why: 'apply asks before it changes anything, and there is no terminal to ask at: pass --auto-approve to apply without asking (CI, scripts). Nothing was applied',
        };
      }
      err.clearProgress();
      asking = true;
      const early = await discardTypeahead(options.in);
      if (early > 0) {
        write(err, `note: ${early} line(s) typed before this question were ignored (a pasted block?)`);
      }
      const lines = createInterface({ input: options.in, output: options.err, terminal: true });
      try {
        const answer = await new Promise<string>((resolve) => {
          lines.question(
            `\n${err.render(styled(question, 'bold'))}\n  Only "yes" goes on.\n\n  Enter a value: `,
            resolve,
          );
          lines.once('close', () => resolve(''));
        });
        lastOutput = Date.now();
        return answer.trim() === 'yes'
          ? { approved: true }
          : { approved: false, why: 'Apply cancelled: nothing was applied' };
      } finally {
        asking = false;
        lines.close();
      }
    },
    mayOverwrite(absolutePath) {
      if (options.force || !existsSync(absolutePath)) return undefined;
      const git = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', absolutePath], {
        cwd: path.dirname(absolutePath),
        encoding: 'utf8',
        timeout: 10_000,
      });
      if (git.status !== 0) {
        return 'it exists, and git cannot tell whether it has changes (not a git repository?): pass --force to overwrite it';
      }
      if (git.stdout.trim() !== '') {
        return 'it has changes not committed to git: commit or stash them first, or pass --force to overwrite it';
      }
      return undefined;
    },
    result: () => ({ failed, outputs }),
    close: () => {
      if (ticker) clearInterval(ticker);
      err.clearProgress();
    },
  };
}
