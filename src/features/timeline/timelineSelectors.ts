import type { CrisisEvent, EventKind } from '../../data/schema/events';

export const KINDS: readonly EventKind[] = [
  'sanction',
  'aid',
  'strike',
  'military',
  'diplomatic',
  'statement',
  'legal',
  'election',
];

const DAY = 86400000;
export const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
export const fromDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export interface Extent {
  first: string;
  last: string;
}

export function eventExtent(events: readonly CrisisEvent[]): Extent {
  const dates = events.map((e) => e.date).sort();
  return { first: dates[0] ?? '2025-01-01', last: dates.at(-1) ?? '2026-12-31' };
}

/** The window actually applied: the URL's dates clamped to the data; null ends mean the data's own ends. */
export function effectiveWindow(
  from: string | null,
  to: string | null,
  extent: Extent,
): { from: string; to: string; clamped: boolean } {
  const f = from ?? extent.first;
  const t = to ?? extent.last;
  const cf = f < extent.first ? extent.first : f > extent.last ? extent.last : f;
  const ct = t > extent.last ? extent.last : t < extent.first ? extent.first : t;
  return { from: cf, to: ct < cf ? cf : ct, clamped: cf !== f || ct !== t };
}

export const eventsInWindow = (events: readonly CrisisEvent[], from: string, to: string) =>
  events
    .filter((e) => e.date >= from && e.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

/** The next window when playing: slide forward by `stepDays`, wrapping to the start after the end. */
export function nextPlayWindow(
  from: string,
  to: string,
  extent: Extent,
  stepDays: number,
): { from: string; to: string } {
  const span = toDay(to) - toDay(from);
  const start = toDay(from) + stepDays;
  if (start + span > toDay(extent.last)) return { from: extent.first, to: fromDay(toDay(extent.first) + span) };
  return { from: fromDay(start), to: fromDay(start + span) };
}

/** Horizontal position (0–1) of a date on the axis. */
export function position(date: string, extent: Extent): number {
  const span = Math.max(1, toDay(extent.last) - toDay(extent.first));
  return Math.min(1, Math.max(0, (toDay(date) - toDay(extent.first)) / span));
}
