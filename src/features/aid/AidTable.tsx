import type { AidSeries } from '../../data/schema/aid';
import type { Source } from '../../data/schema/sources';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { formatNumber } from '../../lib/format';
import { setViewState } from '../../state/urlStore';
import { SourceLinks } from '../../ui/SourceLinks';
import type { SeriesTable } from './aidSelectors';

/** The chart's numbers as a table: one row per fiscal year and category, each with its sources. */
export function AidTable({
  series,
  table,
  sources,
}: {
  series: AidSeries;
  table: SeriesTable;
  sources: Map<string, Source>;
}) {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  return (
    <details className="aid-table">
      <summary>{t('aid.tableSummary')}</summary>
      <div className="table-scroll">
        <table>
          <caption>{t('aid.tableCaption', { series: text(series.label) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('aid.col.year')}</th>
              <th scope="col">{t('aid.col.category')}</th>
              <th scope="col">{t('aid.col.amount')}</th>
              <th scope="col">{t('aid.col.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.flatMap((row) =>
              row.figures.length === 0
                ? [
                    <tr key={row.fiscalYear} className="gap-row">
                      <th scope="row">FY{row.fiscalYear}</th>
                      <td colSpan={3}>{t('aid.noFigureYear')}</td>
                    </tr>,
                  ]
                : row.figures.map((f) => (
                    <tr key={f.id}>
                      <th scope="row">
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setViewState({ year: row.fiscalYear })}
                        >
                          FY{row.fiscalYear}
                        </button>
                      </th>
                      <td>{f.agency ?? f.sector ?? f.account ?? t('aid.total')}</td>
                      <td>
                        {f.approximate === true ? '~' : ''}
                        {formatNumber(f.amountUsdMillions, lang, 3)}
                        {f.conflicts === undefined ? '' : ` ${t('aid.disputed')}`}
                      </td>
                      <td>
                        <SourceLinks ids={f.sourceIds} sources={sources} />
                      </td>
                    </tr>
                  )),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}
