import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { shorten } from '../core/log-line.ts';
import { type Problem, sentence } from '../core/problems.ts';
import type { FailureReason, RunEvent, Runner } from '../runner.ts';
import { environmentName, isCredential } from './args.ts';
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

const style = (on: boolean) => ({
  bold: (text: string) => (on ? `\u001b[1m${text}\u001b[22m` : text),
  dim: (text: string) => (on ? `\u001b[2m${text}\u001b[22m` : text),
  red: (text: string) => (on ? `\u001b[31m${text}\u001b[39m` : text),
  yellow: (text: string) => (on ? `\u001b[33m${text}\u001b[39m` : text),
  cyan: (text: string) => (on ? `\u001b[36m${text}\u001b[39m` : text),
  green: (text: string) => (on ? `\u001b[32m${text}\u001b[39m` : text),
});

/**
 * Control characters made visible (`\x1b`): cell values and vendor answers must not be able to move the cursor,
 * retitle the window or worse on the user's terminal. Tabs and line breaks stay.
 */
export function visibleControls(text: string): string {
  let shown = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const control = (code <= 0x1f && char !== '\n' && char !== '\t') || (code >= 0x7f && code <= 0x9f);
    shown += control ? `\\x${code.toString(16).padStart(2, '0')}` : char;
  }
  return shown;
}

/**
 * One line for a terminal: line breaks in the data shown as `\n`, control characters made visible. Unlike a
 * workflow log line nothing is broken up by invisible characters: a URL or an IPv6 address copies as it is.
 */
function terminalLine(text: string): string {
  return visibleControls(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
}

/** The report's markdown as a terminal shows it: no HTML, no markdown escapes, headings in bold. */
export function terminalText(markdown: string, color: boolean): string {
  const s = style(color);
  return visibleControls(markdown.replace(/\u200b/g, ''))
    .split('\n')
    .map((line) => line.replace(/^<details><summary>(.*?)<\/summary>$/, '**$1**'))
    .filter((line) => !/^<\/?details>$|^<!--/.test(line))
    .map((line) =>
      line
        .replace(/<summary>(.*?)<\/summary>/g, '$1')
        .replace(/<br>/g, ' / ')
        // A long text's changed words, as git's word diff shows them.
        .replace(/<del>(.*?)<\/del>/g, '[-$1-]')
        .replace(/<ins>(.*?)<\/ins>/g, '{+$1+}')
        .replace(/<\/?(sub|code|b|i)>/g, '')
        .replace(/`([^`\n]+)`/g, '$1')
        .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
        .replace(/\\([\\`*_{}[\]()#+\-.!|<>~@])/g, '$1'),
    )
    .map((line) => {
      if (/^#{1,3} /.test(line)) return s.bold(s.cyan(line.replace(/^#+ /, '')));
      if (/^> \[!\w+\]$/.test(line)) return '';
      return line.replace(/\*\*(.+?)\*\*/g, (_m, text: string) => s.bold(text));
    })
    .join('\n');
}

/**
 * The action's engine on a terminal: the same Runner as on GitHub, with flags and the environment for inputs, the
 * report on stdout, logs and problems (as `file:line: error:`) on stderr, and no GitHub: no comments or artifacts, and
 * the person at the terminal, not a reviewed pull request, approves an apply.
 */
export function terminalRunner(options: TerminalOptions): TerminalRunner {
  const errColor = options.color && options.err.isTTY === true;
  const s = style(errColor);
  const secrets = new Set<string>();
  const outputs: Record<string, string> = {};
  let failed = false;
  const redact = (text: string) => {
    let result = text;
    for (const secret of secrets) result = result.split(secret).join('***');
    return result;
  };
  // A line that says what is being waited for and for how long, rewritten in place on a terminal.
  let lastOutput = Date.now();
  let progressShown = false;
  let current = '';
  // While the apply's question waits for an answer, nothing is being waited for: no progress line over the prompt.
  let asking = false;
  const clearProgress = () => {
    if (progressShown) options.err.write('\r\u001b[2K');
    progressShown = false;
  };
  const ticker =
    options.err.isTTY === true
      ? setInterval(() => {
          const quiet = Math.round((Date.now() - lastOutput) / 1000);
          if (quiet < 2 || asking) return;
          options.err.write(`\r\u001b[2K${s.dim(`… ${current ? `${current}: ` : ''}waiting (${quiet} s)`)}`);
          progressShown = true;
        }, 1000)
      : undefined;
  ticker?.unref();
  const write = (stream: NodeJS.WritableStream, text: string) => {
    clearProgress();
    lastOutput = Date.now();
    stream.write(`${redact(text)}\n`);
  };
  const event: RunEvent = { name: 'local', owner: '', repo: '', sha: '', serverUrl: '', runUrl: '' };

  return {
    input: (name) => options.inputs[name] ?? '',
    terms: {
      name: (input) => (isCredential(input) ? environmentName(input) : `--${input} (or ${environmentName(input)})`),
      secrets: 'Set them in the environment (never as flags: shell history and ps show those)',
    },
    mask: (secret) => {
      if (secret.length >= 4) secrets.add(secret);
    },
    info: (message) => write(options.err, terminalLine(message)),
    notice: (message) => write(options.err, `${s.cyan('note:')} ${visibleControls(message)}`),
    warning: (message, file) =>
      write(options.err, `${s.yellow('warning:')} ${visibleControls(`${file ? `${file}: ` : ''}${message}`)}`),
    fail: (message: string, _reason?: FailureReason) => {
      failed = true;
      write(options.err, `${s.red('error:')} ${visibleControls(message)}`);
    },
    debug: (message) => {
      if (options.verbose) write(options.err, s.dim(terminalLine(message)));
    },
    isDebug: () => options.verbose,
    group: async (name, work) => {
      // A line per table while it is read or imported; the progress line says which is being waited for.
      write(options.err, s.bold(terminalLine(name)));
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
    summary: async (markdown) =>
      write(options.out, terminalText(markdown, options.color && options.out.isTTY === true)),
    annotate: (problems: readonly Problem[]) => {
      for (const problem of problems.filter((p) => p.severity === 'error')) {
        const value = problem.value !== undefined ? ` (value ${shorten(JSON.stringify(problem.value))})` : '';
        const column = problem.column ? `${shorten(problem.column, 100)}: ` : '';
        write(
          options.err,
          `${visibleControls(`${problem.file}:${problem.line}:`)} ${s.red('error:')} ${visibleControls(`${column}${sentence(problem.message)}${value}`)}`,
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
      clearProgress();
      asking = true;
      const early = await discardTypeahead(options.in);
      if (early > 0) {
        write(options.err, `note: ${early} line(s) typed before this question were ignored (a pasted block?)`);
      }
      const lines = createInterface({ input: options.in, output: options.err, terminal: true });
      try {
        const answer = await new Promise<string>((resolve) => {
          lines.question(`\n${s.bold(question)}\n  Only "yes" goes on.\n\n  Enter a value: `, resolve);
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
      clearProgress();
    },
  };
}
