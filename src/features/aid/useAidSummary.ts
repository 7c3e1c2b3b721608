import type { AidSeries } from '../../data/schema/aid';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { formatUsdMillions } from '../../lib/format';
import type { SeriesTable } from './aidSelectors';

/** One sentence, generated from the data, that says what the chart shows for the current selection. */
export function useAidSummary(series: AidSeries | null, table: SeriesTable | null, year: number | null): string {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  if (series === null || table === null || table.rows.length === 0) return '';
  const withData = table.rows.filter((r) => Object.keys(r.values).length > 0);
  const row = (year === null ? withData.at(-1) : table.rows.find((r) => r.fiscalYear === year)) ?? withData.at(-1);
  const first = table.rows[0]?.fiscalYear ?? 0;
  const last = table.rows.at(-1)?.fiscalYear ?? 0;
  const span = { first: String(first), last: String(last), years: withData.length, missing: table.missingYears.length };
  if (row === undefined || Object.keys(row.values).length === 0) {
    return t('aid.summaryNoFigure', { year: String(year ?? last), series: text(series.label), ...span });
  }
  const total = Object.values(row.values).reduce((s, v) => s + v, 0);
  return t('aid.summary', {
    year: String(row.fiscalYear),
    amount: formatUsdMillions(total, lang),
    series: text(series.label),
    ...span,
  });
}
