import { beforeAll, describe, expect, it } from 'vitest';
import { loadYaml } from '../src/core/yaml.ts';
import { parseConfigFile } from '../src/inputs/config-file.ts';
import { readSettings, SettingsError } from '../src/inputs/settings.ts';

// The run loads the YAML library before it reads a config or YAML schema file (src/run/main.ts); so do these tests.
beforeAll(() => loadYaml());

const defaults = {
  provider: 'genesys',
  importMode: 'replace' as const,
  maxDeletes: { percent: 25 },
  delimiter: ',' as const,
};

function error(text: string): string {
  try {
    parseConfigFile(text, 'tables.yml', defaults);
  } catch (caught) {
    expect(caught).toBeInstanceOf(SettingsError);
    return (caught as Error).message;
  }
  throw new Error('no error');
}

describe('the config file', () => {
  it('applies the defaults at the top to each entry, which may override them', () => {
    const config = parseConfigFile(
      [
        'provider: genesys',
        'import-mode: append',
        'max-deletes: 10%',
        'tables:',
        '  - file: data/holidays.csv',
        '    table: Holidays',
        '  - file: data/queues/*.csv',
        '    max-deletes: 0',
        '    import-mode: replace',
        '    delimiter: ";"',
      ].join('\n'),
      'tables.yml',
      defaults,
    );
    expect(config.tables).toEqual([
      {
        file: 'data/holidays.csv',
        table: 'Holidays',
        importMode: 'append',
        maxDeletes: { percent: 10 },
        delimiter: ',',
      },
      { file: 'data/queues/*.csv', importMode: 'replace', maxDeletes: { count: 0 }, delimiter: ';' },
    ]);
    expect(error('delimiter: tab\ntables:\n  - file: a.csv\n')).toBe(
      'tables.yml:1: delimiter is "tab"; use "," or ";" (quoted in YAML: delimiter: ";")',
    );
  });

  it('reads max-changes, allow-renames and allow-reshuffle at the top or per entry, and names a bad value', () => {
    const config = parseConfigFile(
      [
        'max-changes: 50%',
        'tables:',
        '  - file: a.csv',
        '  - file: b.csv',
        '    max-changes: 3',
        '    allow-renames: true',
        '    allow-reshuffle: true',
      ].join('\n'),
      'tables.yml',
      defaults,
    );
    expect(config.tables).toEqual([
      {
        file: 'a.csv',
        importMode: 'replace',
        maxDeletes: { percent: 25 },
        maxChanges: { percent: 50 },
        delimiter: ',',
      },
      {
        file: 'b.csv',
        importMode: 'replace',
        maxDeletes: { percent: 25 },
        maxChanges: { count: 3 },
        allowRenames: true,
        allowReshuffle: true,
        delimiter: ',',
      },
    ]);
    expect(error('tables:\n  - file: a.csv\n    max-change: 3\n')).toContain('did you mean "max-changes"?');
    expect(error('max-changes: most\ntables:\n  - file: a.csv\n')).toBe(
      'tables.yml:1: max-changes is "most"; use a row count like 10 or a percentage like 50%',
    );
    expect(error('tables:\n  - file: a.csv\n    allow-renames: yes\n')).toBe(
      'tables.yml:3: allow-renames is "yes"; use true or false',
    );
  });

  it('names the line of each mistake', () => {
    expect(error('tables:\n  - file: a.csv\n    max-delete: 3\n')).toBe(
      'tables.yml:3: unknown key "max-delete"; did you mean "max-deletes"? Keys here: file, table, import-mode, max-deletes, delimiter, allow-shape-change, max-changes, allow-renames, allow-reshuffle',
    );
    expect(error('import-mode: replace\nmax-deletes: lots\ntables:\n  - file: a.csv\n')).toBe(
      'tables.yml:2: max-deletes is "lots"; use a row count like 10 or a percentage like 25%',
    );
    expect(error('tables:\n  - file: a.csv\n  - table: B\n')).toBe('tables.yml:3: this entry has no "file"');
    expect(error('tables:\n  - file: a.csv\n    import-mode: upsert\n')).toBe(
      'tables.yml:3: import-mode is "upsert"; use replace or append',
    );
    expect(error('tables: []\n')).toBe('tables.yml:1: "tables" must list at least one entry, each with a "file"');
    // The line that opens what is never closed, not the end of the file where the parser noticed.
    expect(error('tables:\n  - file: [a, b\n')).toMatch(/^tables\.yml:2: not valid YAML/);
    expect(error('tables:\n  - file: a.csv\n    table: "x\n')).toMatch(
      /^tables\.yml:3: not valid YAML: Missing closing "quote/,
    );
    expect(error('- a\n- b\n')).toBe('tables.yml:1: the config file must be a mapping with a "tables" list');
  });

  it('is exclusive with the file and table inputs', () => {
    const inputs: Record<string, string> = { config: 'tables.yml', file: 'x.csv' };
    expect(() =>
      readSettings(
        (name) => inputs[name] ?? '',
        () => 'tables:\n  - file: a.csv\n',
      ),
    ).toThrow('Set either the config input or the file and table inputs, not both');
  });
});

describe('allow-shape-change', () => {
  it('names the columns of one entry whose values may change shape, as a list or one name', () => {
    const config = parseConfigFile(
      [
        'tables:',
        '  - file: tables/Sites.csv',
        '    allow-shape-change: [Date, Phone]',
        '  - file: tables/Holidays.csv',
        '    allow-shape-change: Date',
        '  - file: tables/Other.csv',
      ].join('\n'),
      'tables.yml',
      defaults,
    );
    expect(config.tables.map((entry) => entry.allowShapeChange)).toEqual([['Date', 'Phone'], ['Date'], undefined]);
  });

  it('is per table, and names columns', () => {
    expect(error('allow-shape-change: [Date]\ntables:\n  - file: a.csv\n')).toMatch(
      /tables\.yml:1: unknown key "allow-shape-change"/,
    );
    expect(error('tables:\n  - file: a.csv\n    allow-shape-change: [""]\n')).toContain(
      'tables.yml:3: "allow-shape-change" lists columns by their CSV header name, like [Date]',
    );
  });
});
