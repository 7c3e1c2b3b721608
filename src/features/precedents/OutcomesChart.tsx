import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { PrecedentCase } from '../../data/schema/precedents';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatDate } from '../../i18n/format';
import { tenureDays } from './precedentSelectors';

/** Years in office after designation, ordered by designation date; ongoing tenures drawn open (dashed, "ongoing"). */
export function OutcomesChart({ cases, asOf }: { cases: readonly PrecedentCase[]; asOf: string }) {
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
    <section className="outcomes" aria-labelledby="outcomes-title" data-chart="outcomes">
      <h3 id="outcomes-title">{m.precedents_outcomes_title({}, { locale: lang })}</h3>
      <p className="muted">{m.precedents_outcomes_note({ asOf: formatDate(asOf, lang) }, { locale: lang })}</p>
      <ResponsiveContainer width="100%" height={rows.length * 26 + 40}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 70, top: 4, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" unit={m.precedents_years_unit({}, { locale: lang })} />
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
                    ? m.precedents_tenure_unknown_short({}, { locale: lang })
                    : r.ongoing
                      ? m.precedents_ongoing({}, { locale: lang })
                      : '';
              }}
              style={{ fontSize: 11 }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <details>
        <summary>{m.precedents_outcomes_table({}, { locale: lang })}</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{m.precedents_col_leader({}, { locale: lang })}</th>
                <th scope="col">{m.precedents_dim_date({}, { locale: lang })}</th>
                <th scope="col">{m.precedents_col_years({}, { locale: lang })}</th>
                <th scope="col">{m.precedents_dim_outcome({}, { locale: lang })}</th>
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
                      ? `${r.years}${r.ongoing ? ` (${m.precedents_ongoing({}, { locale: lang })})` : ''}`
                      : m.precedents_tenure_unknown_short({}, { locale: lang })}
                  </td>
                  <td>{m.precedents_outcome({ outcome: r.c.outcome }, { locale: lang })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
