import type { AidSeries } from '../../data/schema/aid';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatUsdMillions } from '../../i18n/format';
import type { SeriesTable } from './aidSelectors';

/** One sentence, generated from the data, that says what the chart shows for the current selection. */
export function useAidSummary(series: AidSeries | null, table: SeriesTable | null, year: number | null): string {
  const lang = useLang();
  const text = useLocalized();
  if (series === null || table === null || table.rows.length === 0) return '';
  const withData = table.rows.filter((r) => Object.keys(r.values).length > 0);
  const row = (year === null ? withData.at(-1) : table.rows.find((r) => r.fiscalYear === year)) ?? withData.at(-1);
  const first = table.rows[0]?.fiscalYear ?? 0;
  const last = table.rows.at(-1)?.fiscalYear ?? 0;
  const span = { first: String(first), last: String(last), years: withData.length, missing: table.missingYears.length };
  if (row === undefined || Object.keys(row.values).length === 0) {
    return m.aid_summary_no_figure(
      { year: String(year ?? last), series: text(series.label), ...span },
      { locale: lang },
    );
  }
  const total = Object.values(row.values).reduce((s, v) => s + v, 0);
  return m.aid_summary(
    {
      year: String(row.fiscalYear),
      amount: formatUsdMillions(total, lang),
      series: text(series.label),
      ...span,
    },
    { locale: lang },
  );
}
