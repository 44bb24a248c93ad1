import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/core/csv.ts';
import { AddedRow } from '../../src/core/diff.ts';
import { planJsonChunks, planTable, rejectedRowsCsv, rowsToImport } from '../../src/core/plan.ts';
import { rowList } from '../../src/core/row-source.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

const base = {
  file: 'h.csv',
  table: { id: 't', name: 'Holidays' },
  schema: holidaysSchema,
  mode: 'replace' as const,
  maxDeletes: { percent: 100 },
  limits,
};

describe('planTable', () => {
  it('does not show the live row of an invalid file row as a deletion', async () => {
    const plan = await planTable({
      ...base,
      source: 'Holiday,Closed\nA,maybe\nB,true\n',
      liveRecords: [{ key: 'A', Closed: true }, { key: 'B', Closed: true }, { key: 'C' }],
    });
    expect(plan.invalidRows).toBe(1);
    expect(plan.diff.deleted.map((d) => d.key)).toEqual(['C']);
    expect(plan.diff.unchanged).toBe(1);
  });

  it('treats 1 / 1.0 / 1e0, TRUE / true and an empty cell / absent value as equal', async () => {
    const plan = await planTable({
      ...base,
      source: 'Holiday,Closed,Surcharge,Callback Hours,Greeting,Date\nA,TRUE,1.0,,,\nB,false,1e0,0,,\n',
      liveRecords: [
        { key: 'A', Closed: true, Surcharge: 1 },
        { key: 'B', Closed: 'false', Surcharge: '1', 'Callback Hours': '0', Greeting: '' },
      ],
    });
    expect({ ...plan.diff, added: [...plan.diff.added] }).toMatchObject({
      added: [],
      updated: [],
      deleted: [],
      unchanged: 2,
    });
  });

  it('keeps added rows packed (a string a row), and gives each back with its values and their types', async () => {
    const plan = await planTable({
      ...base,
      source: 'Holiday,Closed,Surcharge,Greeting\nA,true,1.5,"hi, ""you"""\nB,,,\n',
      liveRecords: [],
    });
    expect(plan.diff.added.map((added) => added instanceof AddedRow)).toEqual([true, true]);
    const a = { key: 'A', Date: '', Closed: true, Greeting: 'hi, "you"', 'Callback Hours': 0, Surcharge: 1.5 };
    expect(plan.diff.added.map(({ row }) => row)).toEqual([
      a,
      { key: 'B', Date: '', Closed: false, Greeting: '', 'Callback Hours': 0, Surcharge: 0 },
    ]);
    expect(JSON.parse(JSON.stringify(plan.diff.added.at(0)))).toEqual({ key: 'A', row: a });
  });

  it('reads the file again as a stream: rows come while the file is still being read, not after all of it', async () => {
    const chunks = 200;
    const rowsPerChunk = 100;
    let pulled = 0;
    const source = async function* () {
      yield Buffer.from('Holiday,Surcharge\n');
      for (let chunk = 0; chunk < chunks; chunk++) {
        pulled++;
        let text = '';
        for (let r = 0; r < rowsPerChunk; r++) text += `k${chunk * rowsPerChunk + r},${r}\n`;
        yield Buffer.from(text);
      }
    };
    const plan = await planTable({
      ...base,
      limits: { ...limits, maxRows: 50_000 },
      source: source(),
      liveRecords: [],
    });
    pulled = 0;
    let pulledAtFirstRow = -1;
    let rows = 0;
    for await (const _row of rowsToImport(plan, () => source())) {
      if (rows++ === 0) pulledAtFirstRow = pulled;
    }
    expect(rows).toBe(chunks * rowsPerChunk);
    // Held at any time: the rows of about one chunk, never the file's 20,000.
    expect(pulledAtFirstRow).toBeGreaterThan(0);
    expect(pulledAtFirstRow).toBeLessThanOrEqual(2);
  });

  it('writes the rejected rows with their line and an error column', async () => {
    const plan = await planTable({ ...base, source: 'Holiday,Closed\nA,maybe\nB,true\n,false\n', liveRecords: [] });
    const csv = await readCsv(rejectedRowsCsv(plan), 'rejected.csv');
    expect(csv.header).toEqual(['line', 'Holiday', 'Closed', 'error']);
    expect(csv.rows.map((r) => r.cells)).toEqual([
      ['2', 'A', 'maybe', 'Closed: "Closed" is a boolean: write true or false (any case)'],
      ['4', '', 'false', 'Holiday: the key is empty; every row needs a key'],
    ]);
  });

  it('imports the whole file when replacing and only the changes when appending', async () => {
    const source = 'Holiday,Surcharge\nA,1\nB,2\nC,3\n';
    const live = [
      { key: 'A', Surcharge: 1 },
      { key: 'B', Surcharge: 9 },
      { key: 'Z', Surcharge: 0 },
    ];
    const replace = await planTable({ ...base, source, liveRecords: live });
    expect((await rowList(rowsToImport(replace, () => source))).map((r) => r.key)).toEqual(['A', 'B', 'C']);
    const append = await planTable({ ...base, mode: 'append', source, liveRecords: live });
    expect((await rowList(rowsToImport(append, () => source))).map((r) => r.key)).toEqual(['C', 'B']);
    await expect(rowList(rowsToImport(replace, () => 'Holiday,Surcharge\nA,1\n'))).rejects.toThrow(
      'the file changed after it was planned',
    );
    // Same rows, other bytes (a changed cell that still validates, a quote added): refused too.
    await expect(rowList(rowsToImport(replace, () => 'Holiday,Surcharge\nA,1\nB,2\nC,"3"\n'))).rejects.toThrow(
      'its bytes differ from the ones planned',
    );
    // Read as a stream of bytes, in chunks, the same file is the same file.
    const chunks = async function* () {
      yield Buffer.from(source.slice(0, 7));
      yield Buffer.from(source.slice(7));
    };
    const streamed = await planTable({ ...base, source: chunks(), liveRecords: live });
    expect((await rowList(rowsToImport(streamed, () => chunks()))).map((r) => r.key)).toEqual(['A', 'B', 'C']);
  });

  it('reads the planned file again without keeping its keys, and still refuses one whose keys repeat', async () => {
    // The re-read checks no key against another (the sha256 and the count of valid rows stand for that): a file whose
    // keys repeat, or fold to one another, is refused all the same, planned as it is or changed after its plan.
    const twice = 'Holiday,Surcharge\nA,1\nB,2\nA,3\n';
    const planned = await planTable({ ...base, source: twice, liveRecords: [] });
    expect(planned.invalidRows).toBe(1);
    await expect(rowList(rowsToImport(planned, () => twice))).rejects.toThrow('the file changed after it was planned');
    const folded = 'Holiday,Surcharge\nab,1\nAB,2\n';
    expect((await planTable({ ...base, source: folded, liveRecords: [] })).invalidRows).toBe(1);
    const clean = await planTable({ ...base, source: 'Holiday,Surcharge\nab,1\n', liveRecords: [] });
    await expect(rowList(rowsToImport(clean, () => folded))).rejects.toThrow('the file changed after it was planned');
    // Keys that differ from their fold (upper case) validate as planned: every row comes back.
    const upper = 'Holiday,Surcharge\nAB,1\nCD,2\n';
    const plan = await planTable({ ...base, source: upper, liveRecords: [] });
    expect((await rowList(rowsToImport(plan, () => upper))).map((r) => r.key)).toEqual(['AB', 'CD']);
  });

  it('refuses an upload over the provider limit: the changed rows when appending, the file when replacing', async () => {
    const source = 'Holiday,Greeting\nA,hello\nB,world\n';
    const live = [{ key: 'A', Greeting: 'hello' }];
    const limit = { maxBytes: 80, fileBytes: 100, vendor: 'Some vendor' };
    const append = await planTable({ ...base, mode: 'append', source, liveRecords: live, uploadLimit: limit });
    expect(append.refusals).toEqual([]); // only row B is uploaded
    const replace = await planTable({ ...base, source, liveRecords: live, uploadLimit: limit });
    expect(replace.refusals).toEqual([
      'the upload would be 100 bytes; Some vendor take at most 80 bytes per upload: split the file',
    ]);
    const unchanged = await planTable({
      ...base,
      source: 'Holiday,Greeting\nA,hello\n',
      liveRecords: live,
      uploadLimit: { ...limit, fileBytes: 999 },
    });
    expect(unchanged.refusals).toEqual([]);
  });
});

describe('planJsonChunks', () => {
  it('writes plan.json piece by piece as valid JSON with every list whole, for no table, one, or several', async () => {
    const plan = await planTable({
      ...base,
      source: 'Holiday,Closed\nA,maybe\nB,true\nD,false\n',
      liveRecords: [{ key: 'B', Closed: false }, { key: 'C' }],
    });
    const empty = await planTable({ ...base, source: 'Holiday,Closed\n', liveRecords: [] });
    const failures = [{ file: 'x.csv', table: 'X', message: 'no table' }];
    expect(JSON.parse([...planJsonChunks([], [])].join(''))).toEqual({ tables: [], failures: [] });
    const parsed = JSON.parse([...planJsonChunks([plan, empty], failures)].join(''));
    expect(parsed.failures).toEqual(failures);
    expect(parsed.tables).toHaveLength(2);
    expect(parsed.tables[0]).toMatchObject({
      file: 'h.csv',
      table: { id: 't', name: 'Holidays' },
      importMode: 'replace',
      hash: plan.hash,
      counts: { added: 1, updated: 1, deleted: 1, unchanged: 0, invalid: 1 },
      added: [{ key: 'D', row: expect.objectContaining({ key: 'D', Closed: false }) }],
      updated: [{ key: 'B', changes: [expect.objectContaining({ field: 'Closed' })] }],
      deleted: [expect.objectContaining({ key: 'C' })],
    });
    expect(parsed.tables[0].problems.length).toBeGreaterThan(0);
    expect(parsed.tables[1]).toMatchObject({ added: [], updated: [], deleted: [], notApplied: [], refusals: [] });
  });
});
