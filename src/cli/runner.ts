import { tmpdir } from 'node:os';
import { logLine, shorten } from '../core/log-line.ts';
import { type Problem, sentence } from '../core/problems.ts';
import type { FailureReason, Runner } from '../github/action.ts';
import type { RunEvent } from '../github/event.ts';

export interface TerminalOptions {
  /** The inputs, by the action's names: flags, the environment, then action.yml's defaults. */
  inputs: Readonly<Record<string, string>>;
  workspace: string;
  /** The report (stdout) and everything else (stderr). */
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** ANSI colour and a live progress line: when stderr is a terminal. */
  tty: boolean;
  verbose: boolean;
}

export interface TerminalRunner extends Runner {
  /** After the run: whether it failed, and its outputs. */
  result(): { failed: boolean; outputs: Readonly<Record<string, string>> };
  /** Stops the progress line. */
  close(): void;
}

const style = (tty: boolean) => ({
  bold: (text: string) => (tty ? `\u001b[1m${text}\u001b[22m` : text),
  dim: (text: string) => (tty ? `\u001b[2m${text}\u001b[22m` : text),
  red: (text: string) => (tty ? `\u001b[31m${text}\u001b[39m` : text),
  yellow: (text: string) => (tty ? `\u001b[33m${text}\u001b[39m` : text),
  cyan: (text: string) => (tty ? `\u001b[36m${text}\u001b[39m` : text),
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

/** The report's markdown as a terminal shows it: no HTML, no markdown escapes, headings in bold. */
export function terminalText(markdown: string, tty: boolean): string {
  const s = style(tty);
  return visibleControls(markdown)
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
 * report on stdout, logs and problems (as `file:line: message`) on stderr, and no GitHub: no comments or artifacts.
 */
export function terminalRunner(options: TerminalOptions): TerminalRunner {
  const s = style(options.tty);
  const secrets = new Set<string>();
  const outputs: Record<string, string> = {};
  let failed = false;
  const redact = (text: string) => {
    let result = text;
    for (const secret of secrets) result = result.split(secret).join('***');
    return result;
  };
  // A line that says time passes while nothing is printed (a job running), rewritten in place on a terminal.
  let lastOutput = Date.now();
  let progressShown = false;
  const clearProgress = () => {
    if (progressShown) options.err.write('\r\u001b[2K');
    progressShown = false;
  };
  const ticker = options.tty
    ? setInterval(() => {
        const quiet = Math.round((Date.now() - lastOutput) / 1000);
        if (quiet < 2) return;
        options.err.write(`\r\u001b[2K${s.dim(`… waiting (${quiet} s)`)}`);
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
    mask: (secret) => {
      if (secret.length >= 4) secrets.add(secret);
    },
    info: (message) => write(options.err, visibleControls(logLine(message))),
    notice: (message) => write(options.err, `${s.cyan('note:')} ${visibleControls(message)}`),
    warning: (message, file) =>
      write(options.err, `${s.yellow('warning:')} ${visibleControls(`${file ? `${file}: ` : ''}${message}`)}`),
    fail: (message: string, _reason?: FailureReason) => {
      failed = true;
      write(options.err, `${s.red('error:')} ${visibleControls(message)}`);
    },
    debug: (message) => {
      if (options.verbose) write(options.err, s.dim(visibleControls(logLine(message))));
    },
    isDebug: () => options.verbose,
    group: async (name, work) => {
      write(options.err, s.bold(visibleControls(logLine(name))));
      return work();
    },
    output: (name, value) => {
      outputs[name] = String(value);
    },
    workspace: () => options.workspace,
    tempDir: () => tmpdir(),
    event: () => event,
    pullRequests: () => {
      throw new Error('no GitHub on the command line');
    },
    uploadArtifact: async () => ({ skipped: 'not on a GitHub runner' }),
    summary: async (markdown) => write(options.out, terminalText(markdown, options.tty)),
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
    result: () => ({ failed, outputs }),
    close: () => {
      if (ticker) clearInterval(ticker);
      clearProgress();
    },
  };
}
