import { lazy } from 'react';
import type { PrecedentCase } from '../../data/schema/precedents';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatDate } from '../../i18n/format';
import { WhenVisible } from '../../ui/WhenVisible';
import { tenureDays } from './precedentSelectors';
import type { OutcomeRow } from './OutcomesBars';

// Recharts is a chunk of its own, loaded as the chart comes near; the heading, note and table are in the page.
const OutcomesBars = lazy(() => import('./OutcomesBars'));

/** Years in office after designation, ordered by designation date; ongoing tenures drawn open (dashed, "ongoing"). */
export function OutcomesChart({ cases, asOf }: { cases: readonly PrecedentCase[]; asOf: string }) {
  const lang = useLang();
  const text = useLocalized();
  const rows = [...cases]
    .sort((a, b) => a.designationDate.localeCompare(b.designationDate))
    .map((c): OutcomeRow & { c: PrecedentCase } => {
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
      <WhenVisible minHeight={`${rows.length * 26 + 40}px`}>
        <OutcomesBars rows={rows} />
      </WhenVisible>
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
