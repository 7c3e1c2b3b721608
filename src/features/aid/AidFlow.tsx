import { ResponsiveContainer, Sankey, Tooltip } from 'recharts';
import type { AidSeries } from '../../data/schema/aid';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { formatNumber } from '../../lib/format';
import { flowForYear, type SeriesTable } from './aidSelectors';

/** Where the selected year's money went, by the split the series has; says so when the year has none. */
export function AidFlow({ series, table, year }: { series: AidSeries; table: SeriesTable; year: number }) {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  const flow = flowForYear(table, series, year, t(`aid.scope.${series.scope}`));
  return (
    <section className="aid-flow" aria-labelledby="aid-flow-title">
      <h3 id="aid-flow-title">{t('aid.flowTitle', { year: String(year) })}</h3>
      {flow === null ? (
        <p role="status" className="muted">
          {t(series.breakdown === 'total' ? 'aid.flowNoSplitSeries' : 'aid.flowNoSplitYear', {
            year: String(year),
            series: text(series.label),
          })}
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
