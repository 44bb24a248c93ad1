import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/core/plan.ts';
import { coerceCell, InvalidCell, type TableSchema } from '../../src/core/schema.ts';
import { fitsShape, learnShape, lostDigits, type Shape, spreadsheetRendering } from '../../src/core/value-shapes.ts';

const schema: TableSchema = {
  fields: [
    { name: 'key', title: 'Site', type: 'string', isKey: true },
    { name: 'date', title: 'Date', type: 'string', isKey: false, maxLength: 10 },
    { name: 'opens', title: 'Opens', type: 'string', isKey: false },
    { name: 'cutover', title: 'Cutover', type: 'string', isKey: false },
    { name: 'account', title: 'Account', type: 'string', isKey: false },
    { name: 'phone', title: 'Phone', type: 'string', isKey: false },
    { name: 'rate', title: 'Rate', type: 'number', isKey: false },
    { name: 'note', title: 'Note', type: 'string', isKey: false },
    { name: 'hours', title: 'Hours', type: 'integer', isKey: false },
  ],
};
const HEADER = 'Site,Date,Opens,Cutover,Account,Phone,Rate,Note,Hours';
const live = [
  {
    key: 'Berlin',
    date: '2027-12-25',
    opens: '08:00',
    cutover: '2027-06-30T23:59:59Z',
    account: '4000123412341234',
    phone: '+447911123456',
    rate: 0.125,
    note: 'Closed',
    hours: 8,
  },
  {
    key: 'London',
    date: '2027-11-25',
    opens: '09:30',
    cutover: '2027-07-01T08:00:00Z',
    account: '4000123412345678',
    phone: '+4930123456789',
    rate: 0.075,
    note: '-- closed all day --',
    hours: 6,
  },
];
const LIVE_LINES = [
  'Berlin,2027-12-25,08:00,2027-06-30T23:59:59Z,4000123412341234,+447911123456,0.125,Closed,8',
  'London,2027-11-25,09:30,2027-07-01T08:00:00Z,4000123412345678,+4930123456789,0.075,-- closed all day --,6',
];

const plan = (lines: string[], allowShapeChange?: string[], liveRecords: Record<string, unknown>[] = live) =>
  planTable({
    file: 'tables/Sites.csv',
    source: `${[HEADER, ...lines].join('\n')}\n`,
    table: { id: 't', name: 'Sites' },
    schema,
    liveRecords,
    mode: 'replace',
    maxDeletes: { percent: 100 },
    limits: { maxRows: 1000, maxKeyLength: 255 },
    allowShapeChange,
  });

/** The Berlin line with one cell replaced. */
const berlin = (column: number, value: string) => {
  const cells = (LIVE_LINES[0] as string).split(',');
  cells[column] = value;
  return cells.join(',');
};

describe("each column's shape, learned from the table", () => {
  it('learns dates, times, date-times, digits of a length, a leading +, decimals; nothing from free text', () => {
    expect(learnShape(['2027-12-25', '', '2027-01-01'])).toEqual({ kind: 'date' });
    expect(learnShape(['08:00', '17:30'])).toEqual({ kind: 'time', seconds: false });
    expect(learnShape(['08:00:00', '17:30:00'])).toEqual({ kind: 'time', seconds: true });
    expect(learnShape(['08:00', '17:30:00'])).toBeUndefined();
    expect(learnShape(['2027-06-30T23:59:59Z'])).toEqual({ kind: 'datetime' });
    expect(learnShape(['02134', '02135'])).toEqual({ kind: 'digits', length: 5 });
    expect(learnShape(['0', '6', '8'])).toEqual({ kind: 'digits' });
    expect(learnShape(['+447911123456', '+34911234567'])).toEqual({ kind: 'plus-digits' });
    expect(learnShape(['0.125', '0', '2.5'])).toEqual({ kind: 'decimal', decimals: 3 });
    expect(learnShape(['Closed', '2027-12-25'])).toBeUndefined();
    expect(learnShape(['', ''])).toBeUndefined();
  });
});

describe('a spreadsheet rendering blocks the table', () => {
  it.each([
    ['locale date (US)', 1, '12/25/2027', 'hold dates as a spreadsheet shows them in its locale'],
    ['locale date (UK)', 1, '25/12/2027', 'hold dates as a spreadsheet shows them'],
    ['locale date (German)', 1, '25.12.2027', 'hold dates as a spreadsheet shows them'],
    ['short time', 2, '8:00', 'hold times as a spreadsheet shows them'],
    ['12-hour time with seconds', 2, '08:00:00 AM', 'hold times as a spreadsheet shows them'],
    ['locale date-time', 3, '6/30/2027 23:59', 'hold dates and times as a spreadsheet shows them'],
    ['scientific notation', 4, '4.00012E+15', 'in scientific notation'],
    ['15 significant digits', 4, '4000123412341230', 'Excel keeps 15 significant digits'],
    ['a dropped +', 5, '447911123456', 'lost the leading +'],
    ['a phone in scientific notation', 5, '4.47911E+11', 'in scientific notation'],
    ['x1000 from a thousands separator', 6, '125', 'multiplied by 1000'],
    ['#NAME?', 7, '#NAME?', "a spreadsheet's error value"],
    ['#N/A', 7, '#N/A', "a spreadsheet's error value"],
    ['formula text', 7, '"=D2&"" (closed)"""', 'the text of a spreadsheet formula'],
  ])('%s', async (_name, column, value, words) => {
    const planned = await plan([berlin(column, value), LIVE_LINES[1] as string]);
    const title = (schema.fields[column] as { title: string }).title;
    expect(planned.refusals).toEqual([expect.stringContaining(`column "${title}": 1 new or changed cell(s)`)]);
    expect(planned.refusals[0]).toContain(words);
    expect(planned.refusals[0]).toContain(`tables/Sites.csv:2:${column + 1}`);
    expect(planned.refusals[0]).toContain(`allow-shape-change: [${title}]`);
    expect(planned.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', kind: 'spreadsheet-value', line: 2, column: title }),
    );
    // The setting allows it: a plain change.
    const allowed = await plan([berlin(column, value), LIVE_LINES[1] as string], [title]);
    expect(allowed.refusals).toEqual([]);
    expect(allowed.diff.updated).toHaveLength(1);
  });

  it('blocks numbers rounded to a format when every changed cell of the column is; one rounded alone is an edit', async () => {
    const both = await plan([berlin(6, '0.13'), (LIVE_LINES[1] as string).replace('0.075', '0.08')]);
    expect(both.refusals).toEqual([
      expect.stringContaining('column "Rate": 2 new or changed cell(s) hold numbers rounded'),
    ]);
    const allowed = await plan([berlin(6, '0.13'), (LIVE_LINES[1] as string).replace('0.075', '0.08')], ['Rate']);
    expect(allowed.refusals).toEqual([]);
    const one = await plan([berlin(6, '0.13'), LIVE_LINES[1] as string]);
    expect(one.refusals).toEqual([]);
    expect(one.problems).toEqual([]);
  });

  it("gives the fix in a spreadsheet user's words", async () => {
    const planned = await plan([berlin(1, '12/25/2027'), berlin(4, '4.00012E+15').replace('Berlin', 'Paris')]);
    expect(planned.refusals.join('\n')).toContain('open it through Data > From Text/CSV');
    expect(planned.refusals.join('\n')).toContain('format the column as Text before opening');
  });

  it('holds an added row to its column shapes', async () => {
    const planned = await plan([
      ...LIVE_LINES,
      'Paris,11/25/27,8:00,6/30/27 11:59 PM,4.00056E+15,33142685300,0.1,ok,8',
    ]);
    const columns = planned.refusals.map((refusal) => /^column "([^"]+)"/.exec(refusal)?.[1]);
    expect(columns.sort()).toEqual(['Account', 'Cutover', 'Date', 'Opens', 'Phone']);
    expect(planned.diff.added).toHaveLength(1);
  });

  it('blocks error values and formula text with no live values to learn from', async () => {
    const planned = await plan(['Paris,,,,,,0,#VALUE!,1', 'Rome,,,,,,0,=SUM(A1:A3),1'], undefined, []);
    expect(planned.refusals).toEqual([
      expect.stringContaining("hold a spreadsheet's error value"),
      expect.stringContaining('the text of a spreadsheet formula'),
    ]);
  });

  it('holds the text cells of invalid rows to the shapes too: one round of fixes', async () => {
    const planned = await plan([berlin(1, '25.12.2027').replace('0.125', '"0,125"'), LIVE_LINES[1] as string]);
    expect(planned.invalidRows).toBe(1);
    expect(planned.refusals).toEqual([
      expect.stringContaining('column "Date": 1 new or changed cell(s) hold dates as a spreadsheet shows them'),
    ]);
    expect(planned.problems.map((p) => p.kind).sort()).toEqual(['invalid-value', 'spreadsheet-value']);
  });

  it('says an integer cell holding =E3+1 is a formula', async () => {
    const planned = await plan([berlin(8, '=E3+1'), LIVE_LINES[1] as string]);
    expect(planned.problems).toContainEqual(
      expect.objectContaining({
        kind: 'invalid-value',
        column: 'Hours',
        message: expect.stringContaining('"Hours" is an integer; this cell holds the text of a spreadsheet formula'),
      }),
    );
    const cell = coerceCell(schema.fields[8] as never, '#REF!');
    expect(cell).toBeInstanceOf(InvalidCell);
    expect((cell as InvalidCell).message).toContain("spreadsheet's error value");
  });

  it('blocks a key that lost its last digits against the live key it was', async () => {
    const keyed: TableSchema = { fields: [{ name: 'key', title: 'Card', type: 'string', isKey: true }] };
    const planned = await planTable({
      file: 'cards.csv',
      source: 'Card\n4000123412341230\n4000123412345678\n',
      table: { id: 't', name: 'Cards' },
      schema: keyed,
      liveRecords: [{ key: '4000123412341234' }, { key: '4000123412345678' }],
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits: { maxRows: 10, maxKeyLength: 255 },
    });
    expect(planned.refusals).toEqual([expect.stringContaining('Excel keeps 15 significant digits')]);
  });

  it('warns (never blocks) about a value off the shape that no spreadsheet makes, and about an unknown setting', async () => {
    const planned = await plan([berlin(1, 'TBD'), LIVE_LINES[1] as string], ['Dates']);
    expect(planned.refusals).toEqual([]);
    expect(planned.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', column: 'Date', message: expect.stringContaining('ISO dates') }),
    );
    expect(planned.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('names "Dates"') }),
    );
  });
});

describe('no false alarms', () => {
  it('plans careful edits as ordinary changes: a real date change, a new row in the shape, a real rate change', async () => {
    const planned = await plan([
      berlin(1, '2027-12-24').replace('0.125', '0.2'),
      LIVE_LINES[1] as string,
      'Paris,2028-01-01,07:15,2028-01-01T00:00:00Z,4000555566667777,+33142685300,0.05,Open late,10',
    ]);
    expect(planned.refusals).toEqual([]);
    expect(planned.problems).toEqual([]);
    expect(planned.diff.updated).toHaveLength(1);
    expect(planned.diff.added).toHaveLength(1);
  });

  it('the example table: Holidays with a real date change, a new holiday and a surcharge change', async () => {
    const holidays: TableSchema = {
      fields: [
        { name: 'key', title: 'Holiday', type: 'string', isKey: true },
        { name: 'Date', title: 'Date', type: 'string', isKey: false, maxLength: 10 },
        { name: 'Surcharge', title: 'Surcharge', type: 'number', isKey: false },
      ],
    };
    const planned = await planTable({
      file: 'Holidays.csv',
      source: 'Holiday,Date,Surcharge\nNew Year,2027-01-01,0\nChristmas Day,2027-12-27,3\nBoxing Day,2027-12-26,1.75\n',
      table: { id: 't', name: 'Holidays' },
      schema: holidays,
      liveRecords: [
        { key: 'New Year', Date: '2027-01-01', Surcharge: 0 },
        { key: 'Christmas Day', Date: '2027-12-25', Surcharge: 2.5 },
      ],
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits: { maxRows: 10, maxKeyLength: 255 },
    });
    expect(planned.refusals).toEqual([]);
    expect(planned.problems).toEqual([]);
  });
});

// Generators of values in each shape, and of what spreadsheets make of them.
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = fc
  .record({
    y: fc.integer({ min: 1990, max: 2099 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => ({ y, m, d, iso: `${y}-${pad(m)}-${pad(d)}` }));
const time = fc
  .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })
  .map(({ h, m }) => ({ h, m, text: `${pad(h)}:${pad(m)}` }));
const longDigits = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }))
  .map(([first, rest]) => `${first}${rest.join('')}`);
const plusDigits = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 13 }))
  .map(([first, rest]) => `+${first}${rest.join('')}`);
const threeDecimals = fc.integer({ min: 1, max: 999_999 }).map((n) => (n / 1000).toFixed(3));

const ok = (shape: Shape, after: string, before?: string) =>
  spreadsheetRendering(shape, after, before) === undefined && fitsShape(shape, after);

describe('properties', () => {
  it('any value in the shape never blocks (added, or changed keeping the shape)', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => ok({ kind: 'date' }, b.iso, a.iso) && ok({ kind: 'date' }, b.iso)),
    );
    fc.assert(fc.property(time, time, (a, b) => ok({ kind: 'time', seconds: false }, b.text, a.text)));
    fc.assert(
      fc.property(longDigits, longDigits, (a, b) => {
        fc.pre(!lostDigits(a, b));
        return ok({ kind: 'digits', length: 16 }, b, a) && ok({ kind: 'digits', length: 16 }, b);
      }),
    );
    fc.assert(fc.property(plusDigits, plusDigits, (a, b) => ok({ kind: 'plus-digits' }, b, a)));
    // A changed decimal keeps the column's decimals: never a rounding or a thousands separator.
    fc.assert(fc.property(threeDecimals, threeDecimals, (a, b) => ok({ kind: 'decimal', decimals: 3 }, b, a)));
  });

  it("a spreadsheet's rendering always blocks", () => {
    fc.assert(
      fc.property(isoDate, ({ y, m, d, iso }) =>
        [
          `${m}/${d}/${y}`,
          `${pad(d)}/${pad(m)}/${y}`,
          `${pad(d)}.${pad(m)}.${y}`,
          `${m}/${d}/${pad(y % 100)}`,
          `${pad(d)}.${pad(m)}.${pad(y % 100)}`,
        ].every((shown) => spreadsheetRendering({ kind: 'date' }, shown, iso) === 'locale-date'),
      ),
    );
    fc.assert(
      fc.property(time, ({ h, m, text }) =>
        [`${h}:${pad(m)}`, `${pad(h % 12 || 12)}:${pad(m)}:00 ${h < 12 ? 'AM' : 'PM'}`, `${text}:00`]
          .filter((shown) => shown !== text)
          .every((shown) => spreadsheetRendering({ kind: 'time', seconds: false }, shown, text) === 'locale-time'),
      ),
    );
    fc.assert(
      fc.property(isoDate, time, ({ y, m, d, iso }, t) => {
        const before = `${iso}T${t.text}:59Z`;
        return (
          spreadsheetRendering({ kind: 'datetime' }, `${m}/${d}/${y} ${t.h}:${pad(t.m)}`, before) === 'locale-datetime'
        );
      }),
    );
    fc.assert(
      fc.property(longDigits, (digits) => {
        const shape: Shape = { kind: 'digits', length: 16 };
        const scientific = `${digits[0]}.${digits.slice(1, 6)}E+15`;
        const fifteen = `${digits.slice(0, 15)}0`;
        return (
          spreadsheetRendering(shape, scientific, digits) === 'scientific' &&
          spreadsheetRendering(shape, scientific) === 'scientific' &&
          (fifteen === digits || spreadsheetRendering(shape, fifteen, digits) === 'lost-digits')
        );
      }),
    );
    fc.assert(
      fc.property(plusDigits, (phone) => {
        const shape: Shape = { kind: 'plus-digits' };
        return (
          spreadsheetRendering(shape, phone.slice(1), phone) === 'dropped-plus' &&
          spreadsheetRendering(shape, phone.slice(1)) === 'dropped-plus'
        );
      }),
    );
    fc.assert(
      fc.property(threeDecimals, (decimal) => {
        const shape: Shape = { kind: 'decimal', decimals: 3 };
        const thousands = String(Math.round(Number(decimal) * 1000));
        const rounded = (Math.round(Number(decimal) * 100) / 100).toFixed(2);
        const roundedDiffers = Number(rounded) !== Number(decimal);
        return (
          spreadsheetRendering(shape, thousands, decimal, 'number') === 'thousands' &&
          (!roundedDiffers || spreadsheetRendering(shape, rounded, decimal, 'number') === 'rounded')
        );
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('#NAME?', '#VALUE!', '#REF!', '#N/A', '#DIV/0!', 'Err:502'),
        fc.option(fc.constantFrom<Shape>({ kind: 'date' }, { kind: 'digits' }), { nil: undefined }),
        (error, shape) => spreadsheetRendering(shape, error) === 'error-value',
      ),
    );
  });
});

describe('a vendor without reads: the shape of the version last applied', () => {
  it('learns from the previous version of the file, read as text', async () => {
    const { readCsvRecords } = await import('../../src/core/live-records.ts');
    const { schemaFromHeader } = await import('../../src/core/schema.ts');
    const previous = await readCsvRecords(
      'contact_key,phone,joined\nc1,+447911123456,2026-01-01\nc2,+34911234567,2026-01-02\n',
      'customers.csv (previous version)',
    );
    const planned = await planTable({
      file: 'customers.csv',
      source:
        'contact_key,phone,joined\nc1,447911123456,2026-01-01\nc2,+34911234567,1/2/2026\nc3,+33142685300,2026-01-03\n',
      table: { id: 'offline', name: 'customers' },
      schema: (header) => schemaFromHeader(header, 'contact_key'),
      liveRecords: previous,
      mode: 'append',
      maxDeletes: { percent: 25 },
      limits: { maxRows: 10, maxKeyLength: 255 },
    });
    expect(planned.refusals).toEqual([
      expect.stringContaining('column "phone": 1 new or changed cell(s) lost the leading +'),
      expect.stringContaining('column "joined": 1 new or changed cell(s) hold dates as a spreadsheet shows them'),
    ]);
  });
});

describe('properties through the plan', () => {
  const sites: TableSchema = {
    fields: [
      { name: 'key', title: 'Site', type: 'string', isKey: true },
      { name: 'date', title: 'Date', type: 'string', isKey: false },
      { name: 'account', title: 'Account', type: 'string', isKey: false },
      { name: 'phone', title: 'Phone', type: 'string', isKey: false },
      { name: 'rate', title: 'Rate', type: 'number', isKey: false },
    ],
  };
  const row = fc.record({ date: isoDate, account: longDigits, phone: plusDigits, rate: threeDecimals });
  const planOf = (liveRows: { date: string; account: string; phone: string; rate: string }[], file: string[]) =>
    planTable({
      file: 'sites.csv',
      source: `Site,Date,Account,Phone,Rate\n${file.join('\n')}\n`,
      table: { id: 't', name: 'Sites' },
      schema: sites,
      liveRecords: liveRows.map((r, i) => ({ key: `s${i}`, ...r, rate: Number(r.rate) })),
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits: { maxRows: 1000, maxKeyLength: 255 },
    });

  it("a file of values in their columns' shapes (changed rows, added rows) plans with no block and no warning", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 2, maxLength: 6 }),
        fc.array(row, { minLength: 0, maxLength: 6 }),
        async (liveRows, fileRows) => {
          const lines = fileRows.map((r, i) => `s${i},${r.date.iso},${r.account},${r.phone},${r.rate}`);
          const live = liveRows.map((r) => ({ date: r.date.iso, account: r.account, phone: r.phone, rate: r.rate }));
          const planned = await planOf(live, lines);
          // A changed account that happens to be the old one cut to 15 digits is the one in-shape value that blocks.
          fc.pre(!fileRows.some((r, i) => live[i] && lostDigits(live[i].account, r.account)));
          return planned.refusals.length === 0 && planned.problems.length === 0;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a file whose column a spreadsheet rendered always blocks, naming that column', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 2, maxLength: 6 }),
        fc.constantFrom('Date', 'Account', 'Phone'),
        async (liveRows, column) => {
          const live = liveRows.map((r) => ({ date: r.date.iso, account: r.account, phone: r.phone, rate: r.rate }));
          const lines = liveRows.map((r, i) => {
            const date = column === 'Date' ? `${r.date.m}/${r.date.d}/${r.date.y}` : r.date.iso;
            const account = column === 'Account' ? `${r.account[0]}.${r.account.slice(1, 6)}E+15` : r.account;
            const phone = column === 'Phone' ? r.phone.slice(1) : r.phone;
            return `s${i},${date},${account},${phone},${r.rate}`;
          });
          const planned = await planOf(live, lines);
          return planned.refusals.length === 1 && (planned.refusals[0] as string).startsWith(`column "${column}"`);
        },
      ),
      { numRuns: 60 },
    );
  });
});
