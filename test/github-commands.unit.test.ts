import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotate, setOutput } from '../src/github/commands.ts';

// The runner's command formats, written without @actions/core: what a value may not do to the command it is in.
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function written(run: () => void): string {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  run();
  return out.join('');
}

describe('workflow commands', () => {
  it('escapes a message and its properties so that neither ends the command or adds one', () => {
    const line = written(() =>
      annotate('error', 'bad 100%\n::warning::x', { title: 'Invalid data', file: 'a,b:c.csv', startLine: 3 }),
    );
    expect(line).toBe('::error title=Invalid data,file=a%2Cb%3Ac.csv,line=3::bad 100%25%0A::warning::x\n');
  });

  it('writes an output under a delimiter its value does not hold, a line break kept', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'commands-'));
    try {
      const file = path.join(dir, 'output');
      await writeFile(file, '');
      vi.stubEnv('GITHUB_OUTPUT', file);
      setOutput('plan-json', 'a\nb');
      const text = await readFile(file, 'utf8');
      const match = /^plan-json<<(ghadelimiter_[0-9a-f-]{36})\na\nb\n\1\n$/.exec(text);
      expect(match).not.toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
