import type { Strike, StrikeTotal } from './schema/strikes';

/** What the headline deaths count: people killed outright plus people presumed dead after a strike. */
export interface HeadlineDeaths {
  /** killedOutright + presumedDead, over counted strikes. */
  deaths: number;
  killedOutright: number;
  presumedDead: number;
  /** Counted strikes in the sum. */
  strikes: number;
  /** Counted strikes whose toll was not reported (they add nothing to the sum). */
  unreportedTolls: number;
  label: 'killed-outright-plus-presumed-dead';
}

/** A published running total above the per-strike sum of the same date, and by how much. */
export interface ReconciliationGap {
  total: StrikeTotal;
  /** The last day the total covers: its asOf, or the month's last day when only the month is known. */
  through: string;
  /** Per-strike sum through that day, counted the way the total counts (outright only, or with presumed dead). */
  sumThrough: number;
  comparedWith: 'killed-outright' | 'killed-outright-plus-presumed-dead';
  /** K: deaths in the published total not attributed to a listed strike. */
  unattributed: number;
}

export interface Reconciliation {
  headline: HeadlineDeaths;
  /** The latest published total (not marked unverified) above the sum, or null when none is higher. */
  gap: ReconciliationGap | null;
  /** The latest total of all, when it is unverified, later than `gap`'s and higher than the sum: shown as unverified. */
  unverifiedGap: ReconciliationGap | null;
}

export function headlineDeaths(strikes: readonly Strike[], through: string | null = null): HeadlineDeaths {
  const h: HeadlineDeaths = {
    deaths: 0,
    killedOutright: 0,
    presumedDead: 0,
    strikes: 0,
    unreportedTolls: 0,
    label: 'killed-outright-plus-presumed-dead',
  };
  for (const s of strikes) {
    if (!s.counted || (through !== null && s.date > through)) continue;
    h.strikes += 1;
    h.killedOutright += s.killed ?? 0;
    h.presumedDead += s.presumedDead ?? 0;
    if (s.killed === null) h.unreportedTolls += 1;
  }
  h.deaths = h.killedOutright + h.presumedDead;
  return h;
}

function lastDayCovered(total: StrikeTotal): string {
  if (total.asOfPrecision !== 'month') return total.asOf;
  const [year, month] = total.asOf.split('-').map(Number);
  const last = new Date(Date.UTC(year ?? 0, month ?? 1, 0));
  return last.toISOString().slice(0, 10);
}

function gapFor(strikes: readonly Strike[], total: StrikeTotal): ReconciliationGap | null {
  if (total.killed === null) return null;
  const through = lastDayCovered(total);
  const sum = headlineDeaths(strikes, through);
  const outrightOnly = total.method === 'killed-outright';
  const sumThrough = outrightOnly ? sum.killedOutright : sum.deaths;
  if (total.killed <= sumThrough) return null;
  return {
    total,
    through,
    sumThrough,
    comparedWith: outrightOnly ? 'killed-outright' : 'killed-outright-plus-presumed-dead',
    unattributed: total.killed - sumThrough,
  };
}

/** The latest total (by the day it covers) that is above the per-strike sum of its own date. */
function latestGap(strikes: readonly Strike[], totals: readonly StrikeTotal[]): ReconciliationGap | null {
  const byDate = [...totals].sort((a, b) => lastDayCovered(b).localeCompare(lastDayCovered(a)));
  for (const total of byDate) {
    const gap = gapFor(strikes, total);
    if (gap !== null) return gap;
  }
  return null;
}

/**
 * Headline deaths are the per-strike sum; where a published running total is higher than the sum of the strikes
 * up to its own date, the difference is deaths in published totals not attributed to a listed strike.
 */
export function reconcile(strikes: readonly Strike[], totals: readonly StrikeTotal[]): Reconciliation {
  const gap = latestGap(
    strikes,
    totals.filter((t) => t.verification !== 'unverified'),
  );
  const any = latestGap(strikes, totals);
  const unverifiedGap =
    any !== null && any.total.verification === 'unverified' && (gap === null || any.through > gap.through) ? any : null;
  return { headline: headlineDeaths(strikes), gap, unverifiedGap };
}
