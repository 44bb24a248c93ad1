import { describe, expect, it } from 'vitest';
import { isSpreadsheetDamage } from '../../src/core/once-fixed.ts';
import { foldKey } from '../../src/core/schema.ts';
import { spreadsheetRendering } from '../../src/core/value-shapes.ts';

describe('what a spreadsheet rewrote, cell by cell', () => {
  it('folds autocorrect punctuation that NFKC would otherwise take apart (´ and ″)', () => {
    expect(foldKey('Jan´s Day')).toBe(foldKey("Jan's Day"));
    expect(foldKey('Size 12″')).toBe(foldKey('Size 12"'));
    expect(foldKey('Support–EN')).toBe(foldKey('Support-EN'));
    expect(foldKey('Support EN')).not.toBe(foldKey('Support-EN'));
  });

  it('takes a locale date or a dropped + beside a bad cell as damage, one rounded number as a possible edit', () => {
    expect(isSpreadsheetDamage('2027-12-25', '12/25/2027')).toBe(true);
    expect(isSpreadsheetDamage('+447911123456', '447911123456')).toBe(true);
    expect(isSpreadsheetDamage('0.075', '0.08')).toBe(false);
    expect(isSpreadsheetDamage('0.075', '0.09')).toBe(false);
  });

  it('names scientific notation in a text column of decimals, never a number field value', () => {
    const shape = { kind: 'decimal', decimals: 5 } as const;
    expect(spreadsheetRendering(shape, '1.2E-04', '0.00012', 'string')).toBe('scientific');
    expect(spreadsheetRendering(shape, '1e-7', '0.00012', 'number')).toBeUndefined();
    expect(spreadsheetRendering(shape, '0.00013', '0.00012', 'string')).toBeUndefined();
  });
});
