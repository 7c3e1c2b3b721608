import { useState } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { formatUsdMillions } from '../../i18n/format';
import type { SplitSegment } from './aidSelectors';
import { colourFor } from './palette';
import { amountText, SPLIT_MARGIN as MARGIN, SPLIT_ROW as ROW } from './splitText';

// The strip (the year's whole, split) above one labelled bar per category.
const STRIP = { y: 8, height: 20 };
const BAR = 16;
const FONT = 12;
// Generous estimates of a character's width at 12 px (bold for amounts), to fit labels before they are drawn.
const CHAR = 6.6;
const BOLD_CHAR = 7.4;

/** The strip and the labelled bars (Recharts): AidSplit loads this when it comes near the viewport. */
export default function SplitChart({
  split,
  year,
  breakdown,
}: {
  split: SplitSegment[];
  year: number;
  breakdown: string;
}) {
  const lang = useLang();
  const [width, setWidth] = useState(0);
  const total = split.reduce((s, x) => s + x.value, 0);
  const plot = Math.max(120, (width || 320) - MARGIN.left - MARGIN.right);
  const amounts = split.map((s) => amountText(s, lang));
  // Room right of the longest bar for its amount, so no label is cut at the edge.
  const room = Math.max(...amounts.map((a) => a.length * BOLD_CHAR)) + 12;
  const max = Math.max(...split.map((s) => s.value), 0);
  const domainMax = max === 0 ? 1 : (max * plot) / Math.max(plot - room, plot * 0.4);
  const summary = m.aid_split_summary(
    {
      year: String(year),
      total: formatUsdMillions(total, lang),
      breakdown,
      parts: split.map((s, i) => `${s.label} ${amounts[i]}`).join('; '),
    },
    { locale: lang },
  );
  return (
    <div className="aid-split-chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={MARGIN.top + split.length * ROW + MARGIN.bottom} onResize={setWidth}>
        <BarChart data={split} layout="vertical" margin={MARGIN} barSize={BAR} accessibilityLayer={false}>
          <XAxis type="number" hide domain={[0, domainMax]} />
          <YAxis type="category" dataKey="category" hide />
          <Bar dataKey="value" isAnimationActive={false}>
            {split.map((s) => (
              <Cell key={s.category} fill={colourFor(s.colourIndex)} />
            ))}
            <LabelList
              dataKey="value"
              content={(p) => (
                <RowLabel
                  x={Number(p.x)}
                  y={Number(p.y)}
                  width={Number(p.width)}
                  height={Number(p.height)}
                  name={split[Number(p.index)]?.label ?? ''}
                  amount={amounts[Number(p.index)] ?? ''}
                  plot={plot}
                />
              )}
            />
          </Bar>
          <Strip split={split} total={total} plot={plot} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The year's whole, one segment per category in the bars' colours and order; zeros have no segment. */
function Strip({ split, total, plot }: { split: SplitSegment[]; total: number; plot: number }) {
  if (total <= 0) return null;
  const before = split.map((_, i) => split.slice(0, i).reduce((sum, s) => sum + s.value, 0));
  return (
    <g className="aid-split-strip">
      {split.map((s, i) => (
        <rect
          key={s.category}
          x={MARGIN.left + ((before[i] ?? 0) / total) * plot}
          y={STRIP.y}
          width={(s.value / total) * plot}
          height={STRIP.height}
          fill={colourFor(s.colourIndex)}
        />
      ))}
    </g>
  );
}

interface RowLabelProps {
  x: number;
  y: number;
  width: number;
  height: number;
  name: string;
  amount: string;
  plot: number;
}

/** A bar's name over it (shortened with … only if wider than the chart) and its amount just past its end. */
function RowLabel({ x, y, width, height, name, amount, plot }: RowLabelProps) {
  if (!Number.isFinite(x + y + width + height)) return null;
  const fit = Math.floor(plot / CHAR);
  const shown = name.length > fit ? `${name.slice(0, fit - 1)}…` : name;
  return (
    <g className="aid-split-label">
      <text className="aid-split-name" x={MARGIN.left} y={y - 5} fontSize={FONT}>
        {shown}
        {shown === name ? null : <title>{name}</title>}
      </text>
      <text
        className="aid-split-value"
        x={x + Math.max(0, width) + 6}
        y={y + height / 2}
        fontSize={FONT}
        fontWeight={600}
        dominantBaseline="central"
      >
        {amount}
      </text>
    </g>
  );
}
