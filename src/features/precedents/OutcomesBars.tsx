import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';

/** One leader's bar: years in office after designation (0 when unknown), drawn open while ongoing. */
export interface OutcomeRow {
  id: string;
  name: string;
  years: number;
  known: boolean;
  ongoing: boolean;
}

/** The outcomes bars (Recharts): OutcomesChart loads this when it comes near the viewport. */
export default function OutcomesBars({ rows }: { rows: readonly OutcomeRow[] }) {
  const lang = useLang();
  return (
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
  );
}
