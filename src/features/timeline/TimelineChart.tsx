import { memo, useMemo } from 'react';
import type { CrisisEvent } from '../../data/schema/events';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import { KIND_COLOUR } from './kindStyle';
import { KINDS, position, type Extent } from './timelineSelectors';

const WIDTH = 1000;
const LANE = 22;
const LEFT = 150;

/** Where a date sits on the chart's horizontal axis. */
const xOf = (date: string, extent: Extent) => LEFT + position(date, extent) * (WIDTH - LEFT - 10);

interface Props {
  events: readonly CrisisEvent[];
  extent: Extent;
  from: string;
  to: string;
  selected: string | null;
  precedentDate: string | null;
}

type Lanes = readonly { kind: CrisisEvent['kind']; dots: readonly { event: CrisisEvent; cx: number }[] }[];

// The dots inside the window are a lit copy of every dot, clipped to the window: moving the window then moves
// one clip rectangle instead of restyling every dot that enters or leaves it.
const CLIP_ID = 'timeline-window-clip';

/** Swimlanes per kind on one time axis; the shaded band is the window every view filters by. */
export const TimelineChart = memo(function TimelineChart({ events, extent, from, to, selected, precedentDate }: Props) {
  const lang = useLang();
  const x = (date: string) => xOf(date, extent);
  const height = KINDS.length * LANE + 24;
  // Placed once per dataset, not on every move of the window (dates are parsed to place them).
  const lanes = useMemo<Lanes>(
    () =>
      KINDS.map((kind) => ({
        kind,
        dots: events.filter((e) => e.kind === kind).map((event) => ({ event, cx: xOf(event.date, extent) })),
      })),
    [events, extent],
  );
  const band = { x: x(from), y: 0, width: Math.max(2, x(to) - x(from)), height: height - 20 };
  return (
    <svg
      className="timeline-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={m.timeline_chart_label({ count: events.length }, { locale: lang })}
    >
      <defs>
        <clipPath id={CLIP_ID}>
          <rect {...band} />
        </clipPath>
      </defs>
      <rect {...band} className="timeline-window" />
      <Axes extent={extent} height={height} />
      <Dots lanes={lanes} selected={selected} lit={false} />
      <g clipPath={`url(#${CLIP_ID})`} className="timeline-lit">
        <Dots lanes={lanes} selected={selected} lit />
      </g>
      {precedentDate === null ? null : (
        <line x1={x(precedentDate)} x2={x(precedentDate)} y1={0} y2={height - 20} className="precedent-line" />
      )}
    </svg>
  );
});

/** The lanes' names and lines and the month ticks: the same wherever the window is, so drawn apart from it. */
const Axes = memo(function Axes({ extent, height }: { extent: Extent; height: number }) {
  const lang = useLang();
  const months = useMemo(() => monthTicks(extent), [extent]);
  return (
    <>
      {KINDS.map((kind, i) => (
        <g key={kind} transform={`translate(0 ${i * LANE + 12})`}>
          <text x={LEFT - 6} y={4} textAnchor="end" className="lane-label">
            {m.timeline_kind({ kind: kind }, { locale: lang })}
          </text>
          <line x1={LEFT} x2={WIDTH - 10} y1={0} y2={0} className="lane-line" />
        </g>
      ))}
      {months.map((m) => (
        <text key={m} x={xOf(m, extent)} y={height - 4} textAnchor="middle" className="tick">
          {m.slice(0, 7)}
        </text>
      ))}
    </>
  );
});

/** Every event as a dot in its lane: dimmed and clickable, or lit (the copy shown inside the window). */
const Dots = memo(function Dots({ lanes, selected, lit }: { lanes: Lanes; selected: string | null; lit: boolean }) {
  return (
    <>
      {lanes.map(({ kind, dots }, i) => (
        <g key={kind} transform={`translate(0 ${i * LANE + 12})`}>
          {dots.map(({ event, cx }) => (
            <EventDot key={event.id} event={event} cx={cx} selected={event.id === selected} lit={lit} />
          ))}
        </g>
      ))}
    </>
  );
});

/** One event; memoised, so a new selection redraws two dots. */
const EventDot = memo(function EventDot({
  event,
  cx,
  selected,
  lit,
}: {
  event: CrisisEvent;
  cx: number;
  selected: boolean;
  lit: boolean;
}) {
  return (
    <circle
      cx={cx}
      cy={0}
      r={selected ? 7 : 4.5}
      fill={KIND_COLOUR[event.kind]}
      stroke={selected ? 'currentColor' : 'none'}
      strokeWidth={2}
      opacity={lit ? 1 : 0.3}
      onClick={lit ? undefined : () => setViewState({ event: event.id })}
    >
      {lit ? null : <title>{`${event.date} — ${event.title.en}`}</title>}
    </circle>
  );
});

/** A tick every three months inside the extent. */
function monthTicks(extent: Extent): string[] {
  const ticks: string[] = [];
  const [y0, m0] = extent.first.split('-').map(Number) as [number, number];
  for (let y = y0, m = m0 + 1; `${y}-${String(m).padStart(2, '0')}-01` <= extent.last; m += 3) {
    if (m > 12) {
      m -= 12;
      y += 1;
    }
    const d = `${y}-${String(m).padStart(2, '0')}-01`;
    if (d <= extent.last) ticks.push(d);
  }
  return ticks;
}
