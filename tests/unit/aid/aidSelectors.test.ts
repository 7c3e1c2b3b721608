import { describe, expect, it } from 'vitest';
import {
  categoryLabel,
  fiscalYearOf,
  fiscalYearsInWindow,
  resolveSeries,
  roundUp,
  seriesPublishers,
  seriesTable,
  splitForYear,
  stackTotals,
} from '../../../src/features/aid/aidSelectors';
import type { AidDataset } from '../../../src/data/schema/aid';
import { minimalDatasets } from '../../fixtures/minimalDatasets';

function aidWithSplit(): AidDataset {
  const aid = minimalDatasets().aid;
  aid.series.push({
    id: 'appropriation-state-usaid-account',
    label: { en: 'By account', es: 'Por cuenta' },
    measure: 'appropriation',
    scope: 'state-usaid',
    breakdown: 'account',
  });
  const fig = (id: string, fiscalYear: number, account: string, amountUsdMillions: number) => ({
    id,
    seriesId: 'appropriation-state-usaid-account',
    fiscalYear,
    measure: 'appropriation' as const,
    amountUsdMillions,
    account,
    verification: 'confirmed' as const,
    sourceIds: ['treasury-1'],
  });
  aid.figures.push(fig('a', 2016, 'ESF', 141), fig('b', 2016, 'INCLE', 117), fig('c', 2018, 'ESF', 187.3));
  aid.categoryNames.push(
    { en: 'ESF', es: 'Fondo de Apoyo Económico' },
    { en: 'INCLE', es: 'INCLE' },
    { en: 'FMF', es: 'FMF' },
  );
  return aid;
}

describe('aid selectors', () => {
  it('puts a date in its US fiscal year (October starts the next one)', () => {
    expect(fiscalYearOf('2025-09-30')).toBe(2025);
    expect(fiscalYearOf('2025-10-01')).toBe(2026);
    expect(fiscalYearsInWindow('2025-09-15', '2025-10-24')).toEqual([2025, 2026]);
    expect(fiscalYearsInWindow(null, null)).toBeNull();
  });

  it('keeps missing years as gaps, never zeros', () => {
    const aid = aidWithSplit();
    const series = aid.series[1]!;
    const table = seriesTable(aid, series);
    expect(table.rows.map((r) => r.fiscalYear)).toEqual([2016, 2017, 2018]);
    expect(table.missingYears).toEqual([2017]);
    expect(table.rows[1]!.values).toEqual({});
    expect(table.categories).toEqual(['ESF', 'INCLE']);
    expect(seriesTable(aid, series, 2020).missingYears).toEqual([2017, 2019, 2020]);
  });

  it('falls back to an existing series and says so', () => {
    const aid = aidWithSplit();
    expect(resolveSeries(aid, { measure: 'appropriation', scope: 'state-usaid', breakdown: 'account' })).toMatchObject({
      substituted: false,
    });
    const r = resolveSeries(aid, { measure: 'appropriation', scope: 'state-usaid', breakdown: 'sector' });
    expect(r.substituted).toBe(true);
    expect(r.series?.measure).toBe('appropriation');
  });

  it('splits a year largest first, in the series colours, and none for a total series or a gap year', () => {
    const aid = aidWithSplit();
    const series = aid.series[1]!;
    aid.figures.push({
      ...aid.figures.find((f) => f.id === 'a')!,
      id: 'e',
      account: 'FMF',
      amountUsdMillions: 0,
      approximate: true,
    });
    const table = seriesTable(aid, series);
    expect(table.categories).toEqual(['ESF', 'INCLE', 'FMF']);
    expect(splitForYear(table, series, 2016, 'en')).toEqual([
      { category: 'ESF', label: 'ESF', colourIndex: 0, value: 141, approximate: false },
      { category: 'INCLE', label: 'INCLE', colourIndex: 1, value: 117, approximate: false },
      { category: 'FMF', label: 'FMF', colourIndex: 2, value: 0, approximate: true },
    ]);
    expect(splitForYear(table, series, 2018, 'es')).toEqual([
      { category: 'ESF', label: 'Fondo de Apoyo Económico', colourIndex: 0, value: 187.3, approximate: false },
    ]);
    expect(splitForYear(table, series, 2017, 'en'), 'a gap year').toBeNull();
    expect(splitForYear(seriesTable(aid, aid.series[0]!), aid.series[0]!, 2020, 'en'), 'a total series').toBeNull();
  });

  it('totals each year for the label over its top segment, marks approximate years, skips gaps', () => {
    const aid = aidWithSplit();
    aid.figures.push({ ...aid.figures.find((f) => f.id === 'c')!, id: 'f', account: 'INCLE', approximate: true });
    const totals = stackTotals(seriesTable(aid, aid.series[1]!));
    expect(totals).toEqual([
      { top: 'INCLE', total: 258, approximate: false },
      null,
      { top: 'INCLE', total: 374.6, approximate: true },
    ]);
  });

  it('rounds an axis top up to a half power of ten', () => {
    expect(roundUp(558)).toBe(600);
    expect(roundUp(41)).toBe(45);
    expect(roundUp(1200)).toBe(1500);
    expect(roundUp(0)).toBe(1);
  });

  it("names every category in the reader's language: the dataset's names, the unsplit series' Total", () => {
    const aid = aidWithSplit();
    const table = seriesTable(aid, aid.series[1]!);
    expect(categoryLabel(table, 'ESF', 'es')).toBe('Fondo de Apoyo Económico');
    expect(categoryLabel(table, 'ESF', 'en')).toBe('ESF');
    expect(categoryLabel(table, 'Total', 'es')).toBe('Total');
    expect(categoryLabel(table, 'Unattributed', 'es')).toBe('Sin atribuir');
  });

  it('names each publisher behind a series once, and skips sources it cannot find', () => {
    const aid = aidWithSplit();
    aid.figures.push({ ...aid.figures.at(-1)!, id: 'd', sourceIds: ['missing-1', 'treasury-1'] });
    const sources = new Map(minimalDatasets().sources.records.map((s) => [s.id, s]));
    expect(seriesPublishers(aid, 'appropriation-state-usaid-account', sources)).toEqual(['U.S. Treasury']);
    expect(seriesPublishers(aid, 'no-such-series', sources)).toEqual([]);
  });
});
