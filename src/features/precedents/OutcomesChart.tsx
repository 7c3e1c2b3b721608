import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { PrecedentCase } from '../../data/schema/precedents';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { tenureDays } from './precedentSelectors';

/** Years in office after designation, ordered by designation date; ongoing tenures drawn open (dashed, "ongoing"). */
export function OutcomesChart({ cases, asOf }: { cases: readonly PrecedentCase[]; asOf: string }) {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  const rows = [...cases]
    .sort((a, b) => a.designationDate.localeCompare(b.designationDate))
    .map((c) => {
      const { days, ongoing } = tenureDays(c, asOf);
      return {
        id: c.id,
        name: `${c.leader} (${c.designationDate.slice(0, 4)})`,
        years: days === null ? 0 : Number((days / 365.25).toFixed(1)),
        known: days !== null,
        ongoing,
        c,
      };
    });
  return (
    <section className="outcomes" aria-labelledby="outcomes-title">
      <h3 id="outcomes-title">{t('precedents.outcomesTitle')}</h3>
      <p className="muted">{t('precedents.outcomesNote', { asOf: formatDate(asOf, lang) })}</p>
      <ResponsiveContainer width="100%" height={rows.length * 26 + 40}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 70, top: 4, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" unit={t('precedents.yearsUnit')} />
          <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} interval={0} />
          <Bar dataKey="years" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell
                key={r.id}
                fill={r.ongoing ? '#56b4e9' : '#0072b2'}
                stroke="#0072b2"
                strokeDasharray={r.ongoing ? '4 3' : undefined}
                fillOpacity={r.ongoing ? 0.5 : 1}
              />
            ))}
            <LabelList
              dataKey="id"
              position="right"
              formatter={(id) => {
                const r = rows.find((x) => x.id === id);
                return r === undefined
                  ? ''
                  : !r.known
                    ? t('precedents.tenureUnknownShort')
                    : r.ongoing
                      ? t('precedents.ongoing')
                      : '';
              }}
              style={{ fontSize: 11 }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <details>
        <summary>{t('precedents.outcomesTable')}</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('precedents.col.leader')}</th>
                <th scope="col">{t('precedents.dim.date')}</th>
                <th scope="col">{t('precedents.col.years')}</th>
                <th scope="col">{t('precedents.dim.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.c.leader} ({text(r.c.country)})
                  </th>
                  <td>{formatDate(r.c.designationDate, lang)}</td>
                  <td>
                    {r.known
                      ? `${r.years}${r.ongoing ? ` (${t('precedents.ongoing')})` : ''}`
                      : t('precedents.tenureUnknownShort')}
                  </td>
                  <td>{t(`precedents.outcome.${r.c.outcome}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
