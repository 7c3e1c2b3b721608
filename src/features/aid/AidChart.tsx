import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AidMarker, AidSeries } from '../../data/schema/aid';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { formatNumber, formatUsdMillions } from '../../i18n/format';
import type { Lang } from '../../lib/lang';
import { setViewState } from '../../state/urlStore';
import type { SeriesTable } from './aidSelectors';
import { categoryLabel, fiscalYearOf, roundUp, stackTotals, type StackTotal } from './aidSelectors';
import { colourFor } from './palette';

interface Props {
  series: AidSeries;
  table: SeriesTable;
  markers: readonly AidMarker[];
  periods: readonly { label: string; from: number; to: number }[];
  windowYears: [number, number] | null;
  selectedYear: number | null;
}

// The plot area's place in the chart, shared by the chart and the window band drawn over it.
const HEIGHT = 300;
const MARGIN = { top: 16, right: 8, bottom: 4, left: 8 };
const Y_AXIS_WIDTH = 56;
const X_AXIS_HEIGHT = 30; // Recharts' default
const PLOT_LEFT = MARGIN.left + Y_AXIS_WIDTH;
const PLOT_INSET = PLOT_LEFT + MARGIN.right;
// Head room over the tallest bar for its total, written upright when the bars are too narrow to write across.
const HEADROOM = 1.15;

/**
 * Stacked bars by fiscal year; missing years stay empty slots; the timeline's window is shaded. The shading is
 * drawn over the chart, not inside it: Recharts recomputes its whole layout whenever a prop changes, which made
 * each move of the timeline window cost more than every other view together.
 */
export function AidChart({ windowYears, ...chart }: Props) {
  const { table } = chart;
  return (
    <div className="aid-chart">
      <AidBars {...chart} />
      <WindowBand years={table.rows.map((r) => r.fiscalYear)} window={windowYears} />
    </div>
  );
}

/** The timeline's window as a band over the year slots (one equal slot per fiscal year, as the chart draws them). */
function WindowBand({ years, window }: { years: readonly number[]; window: [number, number] | null }) {
  if (window === null || years.length === 0) return null;
  const first = years.findIndex((y) => y >= window[0]);
  const last = years.findLastIndex((y) => y <= window[1]);
  if (first === -1 || last === -1 || last < first) return null;
  const slot = (n: number) => `(100% - ${PLOT_INSET}px) * ${n / years.length}`;
  return (
    <div
      className="aid-window"
      aria-hidden="true"
      style={{
        left: `calc(${PLOT_LEFT}px + ${slot(first)})`,
        width: `calc(${slot(last - first + 1)})`,
        top: MARGIN.top,
        height: HEIGHT - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT,
      }}
    />
  );
}

function AidBars({ series, table, markers, periods, selectedYear }: Omit<Props, 'windowYears'>) {
  const lang = useLang();
  const data = table.rows.map((r) => ({ fiscalYear: r.fiscalYear, ...r.values }));
  const first = table.rows[0]?.fiscalYear ?? 0;
  const last = table.rows.at(-1)?.fiscalYear ?? 0;
  const clamp = (y: number) => Math.min(last, Math.max(first, y));
  const markerYears = [...new Set(markers.map((m) => fiscalYearOf(m.date)).filter((y) => y >= first && y <= last))];
  const unit = m.aid_measure({ measure: series.measure }, { locale: lang });
  const totals = stackTotals(table);
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={data} margin={MARGIN} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="fiscalYear"
          tickFormatter={(y: number) => m.aid_fiscal_year_short({ year: String(y).slice(2) }, { locale: lang })}
        />
        <YAxis
          width={Y_AXIS_WIDTH}
          domain={[0, (max: number) => roundUp(max * HEADROOM)]}
          tickFormatter={(v: number) => formatNumber(v, lang)}
          label={{
            value: m.aid_axis({}, { locale: lang }),
            angle: -90,
            position: 'insideLeft',
            offset: 0,
            style: { fontSize: 11 },
          }}
        />
        <Tooltip
          formatter={(value, name) => [`${formatUsdMillions(Number(value), lang)} (${unit})`, String(name)]}
          labelFormatter={(y) => m.aid_fiscal_year({ year: String(y) }, { locale: lang })}
        />
        {periods.map((p) => (
          <ReferenceArea key={p.label} x1={clamp(p.from)} x2={clamp(p.to)} fill="#56b4e9" fillOpacity={0.1} />
        ))}
        {selectedYear === null || selectedYear < first || selectedYear > last ? null : (
          <ReferenceLine
            x={selectedYear}
            stroke="currentColor"
            strokeWidth={2}
            label={{ value: m.aid_selected({}, { locale: lang }), position: 'top', fontSize: 11 }}
          />
        )}
        {markerYears.map((y) => (
          <ReferenceLine key={y} x={y} stroke="#d55e00" strokeDasharray="4 3" />
        ))}
        {table.categories.map((c, i) => (
          <Bar
            key={c}
            name={categoryLabel(table, c, lang)}
            isAnimationActive={false}
            dataKey={c}
            stackId="aid"
            fill={colourFor(i)}
            cursor="pointer"
            onClick={(entry: { payload?: { fiscalYear?: number } }) => {
              const y = entry.payload?.fiscalYear;
              if (y !== undefined) setViewState({ year: y });
            }}
          >
            <LabelList
              dataKey={c}
              content={(props) => <TotalLabel {...props} total={totals[Number(props.index)]} on={c} lang={lang} />}
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

interface TotalLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  total: StackTotal | null | undefined;
  lang: Lang;
  on: string;
}

/** The year's total over its stack: across when the bar is wide enough, upright when not, left out when too thin. */
function TotalLabel({ x, y, width, total, on, lang }: TotalLabelProps) {
  if (total === null || total === undefined || total.top !== on) return null;
  const [left, top, w] = [Number(x), Number(y), Number(width)];
  if (!Number.isFinite(left + top + w) || w < 6) return null;
  const cx = left + w / 2;
  const text = `${total.approximate ? '~' : ''}${formatNumber(total.total, lang, total.total < 10 ? 1 : 0)}`;
  // About 0.6 em a digit at 10 px: the bar's slot is its width plus Recharts' gap of 10% either side.
  const across = text.length * 6 <= w * 1.2;
  return (
    <text
      className="aid-total-label"
      x={cx}
      y={top - 4}
      fontSize={10}
      textAnchor={across ? 'middle' : 'start'}
      dominantBaseline={across ? 'auto' : 'central'}
      transform={across ? undefined : `rotate(-90 ${cx} ${top - 4})`}
    >
      {text}
    </text>
  );
}
