import { describe, expect, it } from 'vitest';
import type { Strike } from '../../../src/data/schema/strikes';
import { strikesCsv } from '../../../src/features/map/strikesCsv';
import { MAP_GRADES } from '../../../src/features/map/urlFields';
import { minimalDatasets } from '../../fixtures/minimalDatasets';
import { fileLines, tableLines } from './readCsv';

const data = minimalDatasets().strikes;
const base = data.records[0]!;
const strike = (over: Partial<Strike>): Strike => ({ ...base, ...over });
const strikes = [
  strike({ id: 'a', date: '2025-09-02' }),
  strike({
    id: 'b',
    date: '2025-10-21',
    datePrecision: 'month',
    sea: 'eastern-pacific',
    areaId: null,
    killed: null,
    claimant: { who: '=HYPERLINK("https://evil.example","click")', channel: 'X', date: null },
    grade: 'weak',
  }),
];
const noFilters = { from: null, to: null, sea: null, grades: MAP_GRADES };
const url = 'https://atlas.example/?sea=caribbean#map';

describe('the map view CSV (strikes table)', () => {
  it('has the table’s columns under their on-screen names and its rows, newest first', () => {
    const lines = fileLines(
      strikesCsv({ strikes, areas: data.areas, filters: noFilters, lang: 'en', asOf: '2026-06-24', url }),
    );
    const [header, ...rows] = tableLines(lines);
    expect(header).toEqual([
      'Date',
      'Sea',
      'Area',
      'Boats',
      'Killed',
      'Survivors',
      'Presumed dead',
      'Claimed by',
      'Evidence',
      'Evidence grade',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['2025-10', '2025-09-02']);
    // An unreported figure is an empty cell (the table's "—"), not a zero; an unknown area says so.
    expect(rows[0]!.slice(1, 5)).toEqual(['Eastern Pacific', 'Area not reported', '1', '']);
    expect(rows[1]!.slice(1, 5)).toEqual(['Caribbean', 'Southern Caribbean', '1', '11']);
  });

  it('neutralises a formula in a cell (src/lib/csv.ts): a spreadsheet shows it as text', () => {
    const lines = fileLines(
      strikesCsv({ strikes, areas: data.areas, filters: noFilters, lang: 'en', asOf: '2026-06-24', url }),
    );
    expect(tableLines(lines)[1]![7]).toBe(`'=HYPERLINK("https://evil.example","click")`);
  });

  it('names the filters, the as-of date, the licence and the view’s address in its first lines', () => {
    const filters = { from: '2025-09-01', to: null, sea: 'caribbean' as const, grades: ['confirmed' as const] };
    const lines = fileLines(strikesCsv({ strikes, areas: data.areas, filters, lang: 'en', asOf: '2026-06-24', url }));
    expect(lines.slice(0, 5)).toEqual([
      ['Sanctions Atlas — Map'],
      ['Filters', 'Window: Sep 1, 2025 – …', 'Sea: Caribbean', 'Evidence grade: Confirmed'],
      ['Data as of', 'June 24, 2026', '2026-06-24'],
      ['Licence', 'Data: CC BY 4.0 — Sanctions Atlas contributors; each source keeps its own rights. Code: MIT.'],
      ['Address of this view', url],
    ]);
    expect(
      fileLines(strikesCsv({ strikes, areas: data.areas, filters: noFilters, lang: 'en', asOf: '2026-06-24', url }))[1],
    ).toEqual(['Filters', 'none (every record)']);
  });

  it('is written in Spanish for a Spanish reader: lines, column names and values', () => {
    const filters = { ...noFilters, sea: 'caribbean' as const };
    const lines = fileLines(strikesCsv({ strikes, areas: data.areas, filters, lang: 'es', asOf: '2026-06-24', url }));
    expect(lines[1]).toEqual(['Filtros', 'Mar: Caribe']);
    expect(lines[3]![1]).toContain('cada fuente conserva sus propios derechos');
    const [header, , row] = tableLines(lines);
    expect(header![0]).toBe('Fecha');
    expect(row![1]).toBe('Caribe');
    expect(row![2]).toBe('Southern Caribbean (es)');
  });
});
