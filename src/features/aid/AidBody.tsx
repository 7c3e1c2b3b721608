import type { AllDatasets } from '../../data/schema/registry';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatDate } from '../../i18n/format';
import { useViewStateFields } from '../../state/useViewStateFields';
import { lazy } from 'react';
import { ChartExportButtons } from '../../ui/ChartExportButtons';
import { WhenVisible } from '../../ui/WhenVisible';
import { useSourceIndex } from '../../ui/useSourceIndex';
import { colourFor } from './palette';
import { AidAnnotations } from './AidAnnotations';
import { AidControls } from './AidControls';
import { AidDownload } from './AidDownload';
import { AidLegend } from './AidLegend';
import { AidSplit } from './AidSplit';
import { aidSeriesExport, aidSplitExport } from './aidExportText';
import { AidTable } from './AidTable';
import {
  categoryLabel,
  chartMarkers,
  fiscalYearOf,
  fiscalYearsInWindow,
  resolveSeries,
  seriesPublishers,
  seriesTable,
  splitForYear,
} from './aidSelectors';
import { useAidSummary } from './useAidSummary';

// Recharts is a chunk of its own, loaded as each chart comes near; the view's text and tables are in the page.
const AidChart = lazy(() => import('./AidChart').then((mod) => ({ default: mod.AidChart })));

// The fields this view shows: a change of any other leaves it as it is.
const AID_BODY_FIELDS = ['from', 'to', 'year', 'measure', 'scope', 'breakdown'] as const;

export function AidBody({ aid, sources }: Pick<AllDatasets, 'aid' | 'sources'>) {
  const lang = useLang();
  const text = useLocalized();
  const state = useViewStateFields(AID_BODY_FIELDS);
  const { series, substituted } = resolveSeries(aid, state);
  const markers = chartMarkers(aid);
  const lastMarkerYear = Math.max(...markers.map((m) => fiscalYearOf(m.date)));
  const table = series === null ? null : seriesTable(aid, series, lastMarkerYear);
  const summary = useAidSummary(series, table, state.year);
  const sourceIndex = useSourceIndex(sources.records);
  const periods = aid.periods.map((p) => ({ label: text(p.label), from: p.fromFiscalYear, to: p.toFiscalYear }));
  const windowYears = fiscalYearsInWindow(state.from, state.to);
  const seriesId = series?.id ?? null;
  const publishers = seriesId === null ? [] : seriesPublishers(aid, seriesId, sourceIndex);
  if (series === null || table === null || table.rows.length === 0)
    return <p role="status">{m.aid_no_data({}, { locale: lang })}</p>;

  const lastYear = table.rows.filter((r) => r.figures.length > 0).at(-1)?.fiscalYear ?? 0;
  const year = state.year ?? lastYear;
  const title = m.aid_chart_title({ series: text(series.label) }, { locale: lang });

  return (
    <div className="aid-view">
      <AidControls aid={aid} measure={series.measure} scope={series.scope} breakdown={series.breakdown} />
      {substituted ? (
        <p role="status" className="notice-inline">
          {m.aid_substituted({ series: text(series.label) }, { locale: lang })}
        </p>
      ) : null}
      <p className="aid-summary" aria-live="polite">
        {summary}
      </p>
      <figure className="aid-figure" data-chart="aid-series">
        <figcaption>
          <strong>{title}</strong>
          <span className="muted">
            {m.aid_units(
              {
                measure: m.aid_measure({ measure: series.measure }, { locale: lang }),
                periods: periods.map((p) => p.label).join(', '),
              },
              { locale: lang },
            )}
          </span>
        </figcaption>
        <WhenVisible minHeight="320px">
          <AidChart
            series={series}
            table={table}
            markers={markers}
            periods={periods}
            windowYears={windowYears}
            selectedYear={state.year}
          />
        </WhenVisible>
        <AidLegend
          items={table.categories.map((c, i) => ({ label: categoryLabel(table, c, lang), colour: colourFor(i) }))}
        />
        <p className="aid-source-line">
          {m.aid_source_line(
            {
              publishers: publishers.slice(0, 4).join('; ') + (publishers.length > 4 ? '…' : ''),
              asOf: formatDate(aid.asOf, lang),
            },
            { locale: lang },
          )}
        </p>
      </figure>
      {table.missingYears.length === 0 ? null : (
        <p className="muted">
          {m.aid_missing_years(
            {
              years: table.missingYears
                .map((y) => m.aid_fiscal_year_short({ year: String(y) }, { locale: lang }))
                .join(', '),
            },
            { locale: lang },
          )}
        </p>
      )}
      {series.note === undefined ? null : <p className="muted">{text(series.note)}</p>}
      <ChartExportButtons
        chart="aid-series"
        fileName={`us-aid-colombia-${series.id}`}
        title={title}
        text={() => aidSeriesExport(series, table, publishers, aid.asOf, lang)}
      />
      <AidAnnotations markers={markers} sources={sourceIndex} />
      <div data-chart="aid-flow">
        <AidSplit series={series} table={table} year={year} />
      </div>
      {splitForYear(table, series, year, lang) === null ? null : (
        <ChartExportButtons
          chart="aid-flow"
          fileName={`us-aid-colombia-${series.id}-flow-fy${year}`}
          title={m.aid_flow_title({ year: String(year) }, { locale: lang })}
          text={() => aidSplitExport(title, series, table, year, publishers, aid.asOf, lang)}
        />
      )}
      <AidTable series={series} table={table} sources={sourceIndex} />
      <AidDownload series={series} table={table} sources={sourceIndex} asOf={aid.asOf} />
    </div>
  );
}
