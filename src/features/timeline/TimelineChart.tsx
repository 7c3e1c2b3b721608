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

/** Swimlanes per kind on one time axis; the shaded band is the window every view filters by. */
export function TimelineChart({ events, extent, from, to, selected, precedentDate }: Props) {
  const lang = useLang();
  const x = (date: string) => xOf(date, extent);
  const height = KINDS.length * LANE + 24;
  return (
    <svg
      className="timeline-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={m.timeline_chart_label({ count: events.length }, { locale: lang })}
    >
      <rect x={x(from)} y={0} width={Math.max(2, x(to) - x(from))} height={height - 20} className="timeline-window" />
      <Axes extent={extent} height={height} />
      {KINDS.map((kind, i) => (
        <g key={kind} transform={`translate(0 ${i * LANE + 12})`}>
          {events
            .filter((e) => e.kind === kind)
            .map((e) => (
              <EventDot
                key={e.id}
                event={e}
                cx={x(e.date)}
                selected={e.id === selected}
                inWindow={e.date >= from && e.date <= to}
              />
            ))}
        </g>
      ))}
      {precedentDate === null ? null : (
        <line x1={x(precedentDate)} x2={x(precedentDate)} y1={0} y2={height - 20} className="precedent-line" />
      )}
    </svg>
  );
}

/** The lanes' names and lines and the month ticks. */
function Axes({ extent, height }: { extent: Extent; height: number }) {
  const lang = useLang();
  const months = monthTicks(extent);
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
}

/** One event: dimmed outside the window. */
function EventDot({
  event,
  cx,
  selected,
  inWindow,
}: {
  event: CrisisEvent;
  cx: number;
  selected: boolean;
  inWindow: boolean;
}) {
  return (
    <circle
      cx={cx}
      cy={0}
      r={selected ? 7 : 4.5}
      fill={KIND_COLOUR[event.kind]}
      stroke={selected ? 'currentColor' : 'none'}
      strokeWidth={2}
      opacity={inWindow ? 1 : 0.3}
      onClick={() => setViewState({ event: event.id })}
    >
      <title>{`${event.date} — ${event.title.en}`}</title>
    </circle>
  );
}

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
