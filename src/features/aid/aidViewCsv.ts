import type { AidSeries } from '../../data/schema/aid';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import type { Lang } from '../../lib/lang';
import type { CsvCell } from '../../lib/csv';
import { csvPreamble, csvSources } from '../../ui/DownloadPreamble';
import type { ViewCsv } from '../../ui/DownloadPanel';
import { categoryLabel, categoryOf, type SeriesTable } from './aidSelectors';

export interface AidViewCsvInput {
  series: AidSeries;
  table: SeriesTable;
  sources: ReadonlyMap<string, Source>;
  lang: Lang;
  asOf: string;
  url: string;
}

/**
 * The aid table as CSV: its four columns under their on-screen names and its rows, a year without a figure
 * included as the gap it is (never a zero). An amount is a number; one the table marks approximate (~) or
 * disputed keeps that mark, so the caveat travels with the figure.
 */
export function aidViewCsv({ series, table, sources, lang, asOf, url }: AidViewCsvInput): ViewCsv {
  const locale = { locale: lang };
  const columns = [
    m.aid_col_year({}, locale),
    m.aid_col_category({}, locale),
    m.aid_col_amount({}, locale),
    m.aid_col_sources({}, locale),
  ];
  const row = (cells: CsvCell[]) => Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
  const rows = table.rows.flatMap((r) =>
    r.figures.length === 0
      ? [row([r.fiscalYear, m.aid_no_figure_year({}, locale), null, null])]
      : r.figures.map((f) => {
          const marked = f.approximate === true || f.conflicts !== undefined;
          const amount = marked
            ? `${f.approximate === true ? '~' : ''}${f.amountUsdMillions}${f.conflicts === undefined ? '' : ` ${m.aid_disputed({}, locale)}`}`
            : f.amountUsdMillions;
          return row([
            r.fiscalYear,
            categoryLabel(table, categoryOf(f, series.breakdown), lang),
            amount,
            csvSources(f.sourceIds, sources),
          ]);
        }),
  );
  return {
    table: { columns, rows },
    preamble: csvPreamble({
      lang,
      view: m.app_region_aid({}, locale),
      // The series is the aid view's filter: it picks which figures are rows.
      filters: [
        [m.aid_measure_label({}, locale), m.aid_measure({ measure: series.measure }, locale)],
        [m.aid_scope_label({}, locale), m.aid_scope({ scope: series.scope }, locale)],
        [m.aid_breakdown_label({}, locale), m.aid_breakdown({ breakdown: series.breakdown }, locale)],
      ],
      asOf,
      url,
    }),
  };
}
