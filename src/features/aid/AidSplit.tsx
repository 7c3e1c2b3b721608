import { lazy } from 'react';
import type { AidSeries } from '../../data/schema/aid';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { WhenVisible } from '../../ui/WhenVisible';
import { splitChartHeight } from './splitText';
import { AidLegend } from './AidLegend';
import { AidSplitTable } from './AidSplitTable';
import { splitForYear, type SeriesTable } from './aidSelectors';
import { colourFor } from './palette';

// Recharts is a chunk of its own, loaded as the chart comes near; the title, key and table are in the page.
const SplitChart = lazy(() => import('./AidSplitChart'));

/**
 * Where the selected year's money went, by the series' one level of split (the data has no second level):
 * the year's whole as a strip, then each category's bar with its name and amount written beside it, a key,
 * and the same numbers as a table. Says so when the series or the year has no split.
 */
export function AidSplit({ series, table, year }: { series: AidSeries; table: SeriesTable; year: number }) {
  const lang = useLang();
  const text = useLocalized();
  const split = splitForYear(table, series, year, lang);
  const breakdown = m.aid_breakdown({ breakdown: series.breakdown }, { locale: lang }).toLowerCase();
  return (
    <section className="aid-flow" aria-labelledby="aid-flow-title">
      <h3 id="aid-flow-title">{m.aid_flow_title({ year: String(year) }, { locale: lang })}</h3>
      {split === null ? (
        <p role="status" className="muted">
          {(series.breakdown === 'total' ? m.aid_flow_no_split_series : m.aid_flow_no_split_year)(
            { year: String(year), series: text(series.label) },
            { locale: lang },
          )}
        </p>
      ) : (
        <>
          <p className="muted aid-flow-hint">{m.aid_flow_hint({}, { locale: lang })}</p>
          <WhenVisible minHeight={`${splitChartHeight(split.length)}px`}>
            <SplitChart split={split} year={year} breakdown={breakdown} />
          </WhenVisible>
          <AidLegend items={split.map((s) => ({ label: s.label, colour: colourFor(s.colourIndex) }))} />
          <AidSplitTable split={split} year={year} breakdown={breakdown} />
        </>
      )}
    </section>
  );
}
