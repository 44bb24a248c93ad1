import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, CsvTokenizer } from '../../src/core/csv-tokenizer.ts';

// Our tokenizer replaced csv-parse in parseCsv: on any text, cut into any chunks, it must give the same records and
// fail at the same record with the same code and field index (the messages users see are built from those).

interface Outcome {
  records: string[][];
  error?: { code: string; index: number | undefined };
}

function byCsvParse(text: string, delimiter: string): Outcome {
  const records: string[][] = [];
  try {
    parse(text, {
      bom: true,
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (record: string[]) => {
        records.push(record);
        return null;
      },
    });
    return { records };
  } catch (error) {
    const { code, index } = error as { code: string; index?: number };
    return { records, error: { code, index } };
  }
}

function byTokenizer(chunks: string[], delimiter: string): Outcome {
  const records: string[][] = [];
  const tokenizer = new CsvTokenizer(delimiter, (record) => records.push(record));
  try {
    for (const chunk of chunks) tokenizer.write(chunk);
    tokenizer.end();
    return { records };
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { records, error: { code: error.code, index: error.index } };
  }
}

/** Cuts text at the given points (any of them, sorted): the chunks a stream may bring. */
function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let start = 0;
  for (const point of at) {
    chunks.push(text.slice(start, point));
    start = point;
  }
  chunks.push(text.slice(start));
  return chunks;
}

const alphabet = fc.constantFrom('a', 'b', ',', ';', '"', '""', '\n', ' ', '\u0000', 'é', '\ufeff', '😀');
const csvText = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));

describe('CsvTokenizer against csv-parse', () => {
  it('gives the same records and errors on any text, in any chunks', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom(',', ';'),
        (text, points, delimiter) => {
          expect(byTokenizer(cut(text, points), delimiter)).toEqual(byCsvParse(text, delimiter));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads the usual shapes alike, chunk by chunk', () => {
    const cases = [
      'Code,Name\nA1,"a, b"\nA2,"line\nbreak"\n',
      '\ufeffCode,Name\nA1,x\n',
      'a,b\n"ab"c,d\n',
      'a,b\nab"c,d\n',
      'a,b\nc,"open\n',
      'a,b\n,\n\n"",""',
      'a,b\nx,y',
      'a,b\n"x"\u0000y,z\n""\u0000"\n',
    ];
    for (const text of cases) {
      for (let size = 1; size <= text.length; size++) {
        const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
          text.slice(i * size, (i + 1) * size),
        );
        expect(byTokenizer(chunks, ',')).toEqual(byCsvParse(text, ','));
      }
    }
  });
});

describe('CsvTokenizer values', () => {
  // V8 makes a long slice a view of the string it was cut from: a value kept (a changed row's) would then keep its
  // whole 64 KB chunk alive, and a plan keeping one value a chunk would hold the file. Measured in a child process,
  // with a full garbage collection before and after.
  it('keep their own line alive when kept, never the chunk they were read from', () => {
    const tokenizer = path.resolve('src/core/csv-tokenizer.ts');
    const script = `
      const { CsvTokenizer } = await import(${JSON.stringify(tokenizer)});
      const kept = [];
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let chunk = 0; chunk < 200; chunk++) {
        // A flat chunk of its own (not a view of one large string): 64 KB of 100-character lines.
        const lines = [];
        for (let line = 0; line < 650; line++) lines.push('code-' + chunk + '-' + line + ',a value long enough to be a view ' + line + ',' + 'x'.repeat(40));
        const text = lines.join('\\n') + '\\n';
        let first = true;
        const tokens = new CsvTokenizer(',', (record) => { if (first) kept.push(record[1]); first = false; });
        tokens.write(text);
        tokens.end();
      }
      gc();
      process.stdout.write(String((process.memoryUsage().heapUsed - before) / 2 ** 20) + ' ' + kept.length);
    `;
    const [heldMb, keptValues] = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    })
      .split(' ')
      .map(Number);
    // 200 chunks of 64 KB are 12.8 MB; 200 lines of about 100 characters are 20 KB.
    expect(keptValues).toBe(200);
    expect(heldMb).toBeLessThan(2);
  });
});
