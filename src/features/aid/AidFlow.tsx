import { ResponsiveContainer, Sankey, Tooltip } from 'recharts';
import type { AidSeries } from '../../data/schema/aid';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatNumber } from '../../i18n/format';
import { flowForYear, type SeriesTable } from './aidSelectors';

/** Where the selected year's money went, by the split the series has; says so when the year has none. */
export function AidFlow({ series, table, year }: { series: AidSeries; table: SeriesTable; year: number }) {
  const lang = useLang();
  const text = useLocalized();
  const flow = flowForYear(table, series, year, m.aid_scope({ scope: series.scope }, { locale: lang }));
  return (
    <section className="aid-flow" aria-labelledby="aid-flow-title">
      <h3 id="aid-flow-title">{m.aid_flow_title({ year: String(year) }, { locale: lang })}</h3>
      {flow === null ? (
        <p role="status" className="muted">
          {(series.breakdown === 'total' ? m.aid_flow_no_split_series : m.aid_flow_no_split_year)(
            { year: String(year), series: text(series.label) },
            { locale: lang },
          )}
        </p>
      ) : (
        <>
          <ResponsiveContainer width="100%" height={Math.max(160, flow.nodes.length * 28)}>
            <Sankey
              data={flow}
              nodePadding={14}
              nodeWidth={10}
              link={{ stroke: '#56b4e9', strokeOpacity: 0.45 }}
              node={{ fill: '#0072b2' }}
              margin={{ left: 8, right: 160, top: 8, bottom: 8 }}
            >
              <Tooltip formatter={(v) => `US$${formatNumber(Number(v), lang, 1)}m`} />
            </Sankey>
          </ResponsiveContainer>
          <ul className="flow-list">
            {flow.links.map((l) => (
              <li key={l.target}>
                {flow.nodes[l.source]?.name} → {flow.nodes[l.target]?.name}: US${formatNumber(l.value, lang, 1)}m
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
