import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importStarts, runSample, useE2eEnvironment } from '../support/e2e.ts';

// Users' mistakes never reach a table: each of these files fails the apply (exit 1) and starts no import.
const env = useE2eEnvironment();

const HEADER = 'Holiday,Date,Closed,Greeting,Callback Hours,Surcharge';
const cases: { name: string; csv: string | Buffer; says: string }[] = [
  {
    name: 'a key with a zero-width space',
    csv: `${HEADER}\n"Christmas Day\u200b",2027-12-25,true,Merry Christmas!,0,1.5\n`,
    says: 'the key "Christmas Day\\u200B" holds an invisible or control character',
  },
  {
    name: 'two keys that differ only by case',
    csv: `${HEADER}\nChristmas Day,2027-12-25,true,x,0,1.5\nchristmas day,2027-12-25,true,x,0,1.5\n`,
    says: 'differ only by case or Unicode form',
  },
  {
    name: 'a dropped column that would blank live greetings',
    csv: 'Holiday,Date,Closed,Callback Hours,Surcharge\nChristmas Day,2027-12-25,true,0,1.5\n',
    says: 'the file has no "Greeting" column, so replacing the table would blank it',
  },
  {
    name: 'a file separated by semicolons, as Excel saves it in some regions',
    csv: 'Holiday;Date;Closed\nChristmas Day;2027-12-25;true\n',
    says: 'the header is separated by semicolons',
  },
  {
    name: 'a decimal comma',
    csv: `sep=;\n${HEADER.replace(/,/g, ';')}\nChristmas Day;2027-12-25;true;x;0;1,5\n`,
    says: 'has a decimal comma',
  },
];

describe('the action refuses users mistakes before any import', () => {
  it.each(cases)('$name', async ({ csv, says }) => {
    const ws = path.join(env.dir, 'ws');
    await mkdir(path.join(ws, 'tables'), { recursive: true });
    await writeFile(path.join(ws, 'tables', 'Holidays.csv'), csv);
    const result = await runSample(
      env.emulator,
      { mode: 'apply', file: 'tables/Holidays.csv', 'max-deletes': '100%' },
      { workspace: ws },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(says);
    expect(result.summary).toContain('**This plan cannot be applied**');
    expect(importStarts(env.emulator)).toHaveLength(0);
  });
});

describe('the action with a file Excel separated by semicolons', () => {
  it('plans and applies it with delimiter: ";"', async () => {
    const ws = path.join(env.dir, 'ws');
    await mkdir(path.join(ws, 'tables'), { recursive: true });
    // The live rows, one Callback Hours changed, greetings quoted (one holds a semicolon).
    const rows = env.emulator
      .rowsOf('Holidays')
      .map((r, i) =>
        [r.key, r.Date, r.Closed, `"${r.Greeting ?? ''}"`, i === 0 ? 7 : r['Callback Hours'], r.Surcharge].join(';'),
      );
    await writeFile(path.join(ws, 'tables', 'Holidays.csv'), `${[HEADER.replace(/,/g, ';'), ...rows].join('\n')}\n`);
    const result = await runSample(
      env.emulator,
      { mode: 'apply', file: 'tables/Holidays.csv', delimiter: ';' },
      { workspace: ws },
    );
    expect(result.exitCode).toBe(0);
    expect(importStarts(env.emulator)).toHaveLength(1);
    const again = await runSample(env.emulator, { file: 'tables/Holidays.csv', delimiter: ';' }, { workspace: ws });
    expect(again.outputs).toMatchObject({ changed: 'false' });
  });
});
