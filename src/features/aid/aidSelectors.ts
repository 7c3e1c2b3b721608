import type { AidDataset, AidFigure, AidMarker, AidSeries } from '../../data/schema/aid';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { localized } from '../../i18n/useLang';
import type { Lang } from '../../lib/lang';
import type { AidBreakdown, AidMeasureChoice, AidScopeChoice } from './urlFields';

export interface SeriesChoice {
  measure: AidMeasureChoice;
  scope: AidScopeChoice;
  breakdown: AidBreakdown;
}

export const seriesId = (c: SeriesChoice) => `${c.measure}-${c.scope}-${c.breakdown}`;

/** The series to show: the one the state names, else the closest one the data has (and say it moved). */
export function resolveSeries(
  aid: AidDataset,
  wanted: SeriesChoice,
): { series: AidSeries | null; substituted: boolean } {
  const exact = aid.series.find((s) => s.id === seriesId(wanted));
  if (exact !== undefined) return { series: exact, substituted: false };
  const sameMeasureScope = aid.series.find((s) => s.measure === wanted.measure && s.scope === wanted.scope);
  const sameMeasure = aid.series.find((s) => s.measure === wanted.measure);
  return { series: sameMeasureScope ?? sameMeasure ?? aid.series[0] ?? null, substituted: true };
}

export const measuresIn = (aid: AidDataset) => [...new Set(aid.series.map((s) => s.measure))];
export const scopesFor = (aid: AidDataset, measure: string) => [
  ...new Set(aid.series.filter((s) => s.measure === measure).map((s) => s.scope)),
];
export const breakdownsFor = (aid: AidDataset, measure: string, scope: string) =>
  aid.series.filter((s) => s.measure === measure && s.scope === scope).map((s) => s.breakdown);

const TOTAL = 'Total';
const UNATTRIBUTED = 'Unattributed';

/** The category a figure falls in for its series' breakdown ("Total" when the series is not split). */
export function categoryOf(f: AidFigure, breakdown: AidBreakdown): string {
  if (breakdown === 'agency') return f.agency ?? UNATTRIBUTED;
  if (breakdown === 'sector') return f.sector ?? UNATTRIBUTED;
  if (breakdown === 'account') return f.account ?? UNATTRIBUTED;
  return TOTAL;
}

/**
 * A category as a reader sees it, in the reader's language: the names the dataset gives its agencies, sectors
 * and accounts (the build checks every one has a Spanish name), "Total" for an unsplit series.
 */
export function categoryLabel(table: Pick<SeriesTable, 'names'>, category: string, lang: Lang): string {
  if (category === TOTAL) return m.aid_total({}, { locale: lang });
  if (category === UNATTRIBUTED) return m.aid_unattributed({}, { locale: lang });
  const names = table.names.get(category);
  return names === undefined ? category : localized(names, lang);
}

export interface YearRow {
  fiscalYear: number;
  /** Amount per category; a year with no figure has no entries (a gap, never a zero). */
  values: Record<string, number>;
  figures: AidFigure[];
}

export interface SeriesTable {
  /** The categories as the data names them (English): keys of each row's values, and of `names`. */
  categories: string[];
  /** Each category's name in both languages (categoryLabel reads it). */
  names: ReadonlyMap<string, { en: string; es: string }>;
  rows: YearRow[];
  missingYears: number[];
}

/**
 * One row per fiscal year from the first year with data to the last (or to `throughYear`, so the 2025–26
 * turning points have a place on the axis); missing years are listed, not zeroed.
 */
/** The publishers behind a series' figures, each once, in the order the figures cite them. */
export function seriesPublishers(aid: AidDataset, seriesId: string, sources: ReadonlyMap<string, Source>): string[] {
  const ids = new Set(aid.figures.filter((f) => f.seriesId === seriesId).flatMap((f) => f.sourceIds));
  return [...new Set([...ids].flatMap((id) => sources.get(id)?.publisher ?? []))];
}

export function seriesTable(aid: AidDataset, series: AidSeries, throughYear?: number): SeriesTable {
  const figures = aid.figures.filter((f) => f.seriesId === series.id);
  const names = new Map(aid.categoryNames.map((n) => [n.en, n]));
  if (figures.length === 0) return { categories: [], names, rows: [], missingYears: [] };
  const years = figures.map((f) => f.fiscalYear);
  const first = Math.min(...years);
  const last = Math.max(...years, throughYear ?? 0);
  const categories = [...new Set(figures.map((f) => categoryOf(f, series.breakdown)))];
  const rows: YearRow[] = [];
  const missingYears: number[] = [];
  for (let y = first; y <= last; y++) {
    const ofYear = figures.filter((f) => f.fiscalYear === y);
    if (ofYear.length === 0) missingYears.push(y);
    const values: Record<string, number> = {};
    for (const f of ofYear) {
      const c = categoryOf(f, series.breakdown);
      values[c] = (values[c] ?? 0) + f.amountUsdMillions;
    }
    rows.push({ fiscalYear: y, values, figures: ofYear });
  }
  return { categories, names, rows, missingYears };
}

export interface StackTotal {
  /** The stack's top category: its label carries the year's total. */
  top: string;
  total: number;
  /** Some figure in the year is approximate (its label says ~). */
  approximate: boolean;
}

/** Each year's total for the label over its stack, in the table's row order; null for a gap year. */
export function stackTotals(table: SeriesTable): (StackTotal | null)[] {
  return table.rows.map((row) => {
    const top = table.categories.findLast((c) => row.values[c] !== undefined);
    if (top === undefined) return null;
    const total = Object.values(row.values).reduce((s, v) => s + v, 0);
    return { top, total, approximate: row.figures.some((f) => f.approximate === true) };
  });
}

/** Up to the next half power of ten (558 → 600, 41 → 45), so the axis's top tick is a round number. */
export function roundUp(n: number): number {
  if (n <= 0) return 1;
  const half = 10 ** Math.floor(Math.log10(n)) / 2;
  return Math.ceil(n / half) * half;
}

/** US fiscal year N runs from 1 October of N−1 to 30 September of N. */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}

export function fiscalYearsInWindow(from: string | null, to: string | null): [number, number] | null {
  if (from === null && to === null) return null;
  return [from === null ? 1980 : fiscalYearOf(from), to === null ? 2030 : fiscalYearOf(to)];
}

const KEY_MARKERS: readonly AidMarker['kind'][] = [
  'decertification',
  'waiver',
  'payment-halt',
  'sanctions',
  'restoration',
  'appropriation',
  'freeze',
];

/** The turning points drawn on the chart: 2025 onwards, and every enacted appropriation. */
export function chartMarkers(aid: AidDataset): AidMarker[] {
  return aid.markers.filter(
    (m) => KEY_MARKERS.includes(m.kind) && (m.date >= '2025-01-01' || m.kind === 'appropriation'),
  );
}

export interface SplitSegment {
  category: string;
  /** The category's name in the reader's language. */
  label: string;
  /** The category's place in the series' categories: its colour is the same in both charts. */
  colourIndex: number;
  value: number;
  /** Some figure summed into it is approximate (the table marks it ~). */
  approximate: boolean;
}

/**
 * The selected year split by the series' breakdown, largest first (the order the bar and its labels read in).
 * Null when the series is not split or has no figure that year. Zeros the sources print stay in: a reader
 * sees them in the list under the bar, and the bar has no segment for them.
 */
export function splitForYear(table: SeriesTable, series: AidSeries, year: number, lang: Lang): SplitSegment[] | null {
  if (series.breakdown === 'total') return null;
  const row = table.rows.find((r) => r.fiscalYear === year);
  if (row === undefined || row.figures.length === 0) return null;
  return Object.entries(row.values)
    .map(([category, value]) => ({
      category,
      label: categoryLabel(table, category, lang),
      colourIndex: table.categories.indexOf(category),
      value,
      approximate: row.figures.some((f) => f.approximate === true && categoryOf(f, series.breakdown) === category),
    }))
    .sort((a, b) => b.value - a.value);
}
