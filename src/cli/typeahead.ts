import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Reads and drops what was typed (or pasted) at the terminal before a question was shown: an answer must come after
 * the question, never from the next lines of a pasted block (`kill %1` taken for the apply's answer). The terminal
 * hands over whole lines, so a quiet moment is enough to collect them. Returns the lines dropped.
 */
export async function discardTypeahead(input: NodeJS.ReadableStream, quietMs = 100): Promise<number> {
  let dropped = '';
  const collect = (chunk: Buffer | string) => {
    dropped += chunk.toString();
  };
  input.on('data', collect);
  input.resume();
  try {
    await sleep(quietMs);
  } finally {
    input.off('data', collect);
    input.pause();
  }
  return dropped.split('\n').filter((line) => line.trim() !== '').length;
}
