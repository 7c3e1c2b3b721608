import type { AidSeries } from '../../data/schema/aid';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatNumber } from '../../i18n/format';
import { setViewState } from '../../state/urlStore';
import { SourceLinks } from '../../ui/SourceLinks';
import { categoryLabel, categoryOf, type SeriesTable } from './aidSelectors';

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
  const lang = useLang();
  const text = useLocalized();
  return (
    <details className="aid-table">
      <summary>{m.aid_table_summary({}, { locale: lang })}</summary>
      <div className="table-scroll">
        <table>
          <caption>{m.aid_table_caption({ series: text(series.label) }, { locale: lang })}</caption>
          <thead>
            <tr>
              <th scope="col">{m.aid_col_year({}, { locale: lang })}</th>
              <th scope="col">{m.aid_col_category({}, { locale: lang })}</th>
              <th scope="col">{m.aid_col_amount({}, { locale: lang })}</th>
              <th scope="col">{m.aid_col_sources({}, { locale: lang })}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.flatMap((row) =>
              row.figures.length === 0
                ? [
                    <tr key={row.fiscalYear} className="gap-row">
                      <th scope="row">{m.aid_fiscal_year_short({ year: String(row.fiscalYear) }, { locale: lang })}</th>
                      <td colSpan={3}>{m.aid_no_figure_year({}, { locale: lang })}</td>
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
                          {m.aid_fiscal_year_short({ year: String(row.fiscalYear) }, { locale: lang })}
                        </button>
                      </th>
                      <td>{categoryLabel(table, categoryOf(f, series.breakdown), lang)}</td>
                      <td>
                        {f.approximate === true ? '~' : ''}
                        {formatNumber(f.amountUsdMillions, lang, 3)}
                        {f.conflicts === undefined ? '' : ` ${m.aid_disputed({}, { locale: lang })}`}
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
