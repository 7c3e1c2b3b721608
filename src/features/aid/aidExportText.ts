import type { AidSeries } from '../../data/schema/aid';
import { m } from '../../i18n/messages';
import type { Lang } from '../../lib/lang';
import type { ChartExportText } from '../../ui/ChartExportButtons';
import { colourFor } from './palette';
import { categoryLabel, splitForYear, type SeriesTable } from './aidSelectors';
import { amountText } from './splitText';

/** The filters that choose the series, by name: what the chart's exports state under their title. */
export function aidFilters(series: AidSeries, lang: Lang): string {
  return [
    `${m.aid_measure_label({}, { locale: lang })}: ${m.aid_measure({ measure: series.measure }, { locale: lang })}`,
    `${m.aid_scope_label({}, { locale: lang })}: ${m.aid_scope({ scope: series.scope }, { locale: lang })}`,
    `${m.aid_breakdown_label({}, { locale: lang })}: ${m.aid_breakdown({ breakdown: series.breakdown }, { locale: lang })}`,
    m.aid_axis({}, { locale: lang }),
  ].join(' · ');
}

/** The series chart's export: its categories as the legend, in the chart's colours. */
export function aidSeriesExport(
  series: AidSeries,
  table: SeriesTable,
  publishers: readonly string[],
  asOf: string,
  lang: Lang,
): ChartExportText {
  return {
    subtitle: [aidFilters(series, lang)],
    legend: table.categories.map((c, i) => ({ label: categoryLabel(table, c, lang), colour: colourFor(i) })),
    publishers,
    asOf,
  };
}

/** The split chart's export: the year's categories with their amounts as the legend (the chart's own labels). */
export function aidSplitExport(
  seriesTitle: string,
  series: AidSeries,
  table: SeriesTable,
  year: number,
  publishers: readonly string[],
  asOf: string,
  lang: Lang,
): ChartExportText {
  const split = splitForYear(table, series, year, lang) ?? [];
  return {
    subtitle: [seriesTitle, aidFilters(series, lang)],
    legend: split.map((s) => ({ label: `${s.label}: ${amountText(s, lang)}`, colour: colourFor(s.colourIndex) })),
    publishers,
    asOf,
  };
}
