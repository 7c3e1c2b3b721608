import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AidSeries } from '../../../src/data/schema/aid';
import { aidCsvTable, type SeriesTable } from '../../../src/features/aid/aidSelectors';
import { toCsv } from '../../../src/lib/csv';

/** What a spreadsheet reads back, cell for cell. */
const readCsv = (text: string) => Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;

describe('the aid CSV export', () => {
  it('writes hostile category names and unit labels as text a spreadsheet reads back cell for cell', () => {
    const series = { id: 's', measure: 'obligation', scope: 'all-agencies' } as unknown as AidSeries;
    const table = {
      categories: [],
      missingYears: [],
      rows: [{ fiscalYear: 2025, values: { '=cmd|"/c calc"!A1': 5, 'Peace, "security"\r\nand more': -2 } }],
    } as unknown as SeriesTable;
    expect(readCsv(toCsv(aidCsvTable(table, series, '@unit, millions')))).toEqual([
      ['fiscal_year', 'category', 'amount_usd_millions', 'measure', 'scope', 'unit'],
      ['2025', `'=cmd|"/c calc"!A1`, '5', 'obligation', 'all-agencies', "'@unit, millions"],
      ['2025', 'Peace, "security"\r\nand more', '-2', 'obligation', 'all-agencies', "'@unit, millions"],
    ]);
  });
});
