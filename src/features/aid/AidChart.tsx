import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AidMarker, AidSeries } from '../../data/schema/aid';
import { useLang, useT } from '../../i18n/useT';
import { formatNumber } from '../../lib/format';
import { setViewState } from '../../state/urlStore';
import type { SeriesTable } from './aidSelectors';
import { fiscalYearOf } from './aidSelectors';
import { colourFor } from './palette';

interface Props {
  series: AidSeries;
  table: SeriesTable;
  markers: readonly AidMarker[];
  periods: readonly { label: string; from: number; to: number }[];
  windowYears: [number, number] | null;
  selectedYear: number | null;
}

/** Stacked bars by fiscal year; missing years stay empty slots; the timeline's window is shaded. */
export const AidChart = memo(function AidChart({ series, table, markers, periods, windowYears, selectedYear }: Props) {
  const t = useT();
  const lang = useLang();
  const data = table.rows.map((r) => ({ fiscalYear: r.fiscalYear, ...r.values }));
  const first = table.rows[0]?.fiscalYear ?? 0;
  const last = table.rows.at(-1)?.fiscalYear ?? 0;
  const clamp = (y: number) => Math.min(last, Math.max(first, y));
  const markerYears = [...new Set(markers.map((m) => fiscalYearOf(m.date)).filter((y) => y >= first && y <= last))];
  const unit = t(`aid.measure.${series.measure}`);
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={data} margin={{ top: 16, right: 8, bottom: 4, left: 8 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="fiscalYear" tickFormatter={(y: number) => `FY${String(y).slice(2)}`} />
        <YAxis width={56} tickFormatter={(v: number) => formatNumber(v, lang)} label={{ value: t('aid.axis'), angle: -90, position: 'insideLeft', offset: 0, style: { fontSize: 11 } }} />
        <Tooltip
          formatter={(value, name) => [`US$${formatNumber(Number(value), lang, 1)}m (${unit})`, String(name)]}
          labelFormatter={(y) => t('aid.fiscalYear', { year: String(y) })}
        />
        {periods.map((p) => (
          <ReferenceArea key={p.label} x1={clamp(p.from)} x2={clamp(p.to)} fill="#56b4e9" fillOpacity={0.1} />
        ))}
        {windowYears === null ? null : (
          <ReferenceArea x1={clamp(windowYears[0])} x2={clamp(windowYears[1])} fill="#e69f00" fillOpacity={0.18} className="aid-window" />
        )}
        {selectedYear === null || selectedYear < first || selectedYear > last ? null : (
          <ReferenceLine x={selectedYear} stroke="currentColor" strokeWidth={2} label={{ value: t('aid.selected'), position: 'top', fontSize: 11 }} />
        )}
        {markerYears.map((y) => (
          <ReferenceLine key={y} x={y} stroke="#d55e00" strokeDasharray="4 3" />
        ))}
        {table.categories.map((c, i) => (
          <Bar
            key={c}
            dataKey={c}
            stackId="aid"
            fill={colourFor(i)}
            cursor="pointer"
            onClick={(entry: { payload?: { fiscalYear?: number } }) => {
              const y = entry.payload?.fiscalYear;
              if (y !== undefined) setViewState({ year: y });
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});
