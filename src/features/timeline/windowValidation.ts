import type { Extent } from './timelineSelectors';

/** Why a typed or picked date cannot become an end of the window. */
export type WindowProblem = 'incomplete' | 'outside' | 'from-after-to' | 'to-before-from';

export type WindowCheck = { ok: true; from: string; to: string } | { ok: false; problem: WindowProblem };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day (2025-02-30 is not), written YYYY-MM-DD: what a date input reports once all of it is filled. */
export function isWholeDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

interface Window {
  from: string;
  to: string;
}

/**
 * Checks one end of the window against the other (already applied) end and the data's range before anything
 * changes: a half-typed year ("0002-10-01", issue 16) or a window that ends before it starts is refused whole.
 */
export function checkWindowEnd(end: 'from' | 'to', value: string, applied: Window, extent: Extent): WindowCheck {
  if (!isWholeDate(value)) return { ok: false, problem: 'incomplete' };
  if (value < extent.first || value > extent.last) return { ok: false, problem: 'outside' };
  if (end === 'from' && value > applied.to) return { ok: false, problem: 'from-after-to' };
  if (end === 'to' && value < applied.from) return { ok: false, problem: 'to-before-from' };
  return end === 'from' ? { ok: true, from: value, to: applied.to } : { ok: true, from: applied.from, to: value };
}

/** The URL's form of a window: an end at the data's own end is left out, so links stay short and follow new data. */
export function windowPatch(from: string, to: string, extent: Extent): { from: string | null; to: string | null } {
  return { from: from === extent.first ? null : from, to: to === extent.last ? null : to };
}
