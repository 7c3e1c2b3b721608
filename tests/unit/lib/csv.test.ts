import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/features/aid/aidSelectors';
import type { AidSeries } from '../../../src/data/schema/aid';
import { csvCell } from '../../../src/lib/csv';

/** A minimal RFC 4180 reader, so the tests check what a spreadsheet reads back, not how the text looks. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe('csvCell', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('ESF')).toBe('ESF');
    expect(csvCell('current US$ millions')).toBe('current US$ millions');
  });

  it.each([
    ['a comma', 'Peace, security', '"Peace, security"'],
    ['a quote', 'the "Plan"', '"the ""Plan"""'],
    ['a line feed', 'two\nlines', '"two\nlines"'],
    ['a carriage return', 'two\r\nlines', '"two\r\nlines"'],
  ])('quotes a cell with %s', (_, value, written) => {
    expect(csvCell(value)).toBe(written);
    expect(readCsv(`${csvCell(value)},next\n`)).toEqual([[value, 'next']]);
  });

  it.each(['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("https://example.com","click")'])(
    'keeps %j text, not a formula: a leading apostrophe',
    (value) => {
      const [[cell]] = readCsv(`${csvCell(value)}\n`) as [[string]];
      expect(cell).toBe(`'${value}`);
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    },
  );

  it('leaves a formula character inside a text alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('FY 2025 - enacted')).toBe('FY 2025 - enacted');
  });
});

describe('the aid CSV export', () => {
  it('writes hostile category names and unit labels as text a spreadsheet reads back cell for cell', () => {
    const series = { id: 's', measure: 'obligation', scope: 'all-agencies' } as unknown as AidSeries;
    const table = {
      categories: [],
      missingYears: [],
      rows: [{ fiscalYear: 2025, values: { '=cmd|"/c calc"!A1': 5, 'Peace, "security"\r\nand more': -2 } }],
    } as unknown as Parameters<typeof toCsv>[0];
    expect(readCsv(toCsv(table, series, '@unit, millions'))).toEqual([
      ['fiscal_year', 'category', 'amount_usd_millions', 'measure', 'scope', 'unit'],
      ['2025', `'=cmd|"/c calc"!A1`, '5', 'obligation', 'all-agencies', "'@unit, millions"],
      ['2025', 'Peace, "security"\r\nand more', '-2', 'obligation', 'all-agencies', "'@unit, millions"],
    ]);
  });
});
