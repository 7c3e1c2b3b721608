import type { Strike, StrikeArea, StrikeTotal } from '../../data/schema/strikes';
import type { SeaFilter } from './urlFields';

export interface StrikeFilter {
  from: string | null;
  to: string | null;
  sea: SeaFilter | null;
}

/** Strikes the trackers count, inside the time window and the chosen sea, in date order. */
export function strikesInWindow(strikes: readonly Strike[], f: StrikeFilter): readonly Strike[] {
  return windowOfCounted(countedByDate(strikes), f);
}

/** The counted strikes in date order: built once per dataset, so that a window is one run of it. */
export function countedByDate(strikes: readonly Strike[]): Strike[] {
  return strikes.filter((s) => s.counted).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * strikesInWindow over countedByDate's output: the window's ends are found by binary search, so a filter
 * change does not visit the strikes outside it (10,000 synthetic strikes in the benchmark).
 */
export function windowOfCounted(sorted: readonly Strike[], f: StrikeFilter): readonly Strike[] {
  const from = f.from;
  const to = f.to;
  const start = from === null ? 0 : firstIndex(sorted, (s) => s.date >= from);
  const end = to === null ? sorted.length : firstIndex(sorted, (s) => s.date > to);
  const run = start === 0 && end === sorted.length ? sorted : sorted.slice(start, end);
  return f.sea === null ? run : run.filter((s) => s.sea === f.sea);
}

/** The first index whose strike passes `test`, for a test that is false then true along the array. */
function firstIndex(sorted: readonly Strike[], test: (s: Strike) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const strike = sorted[mid];
    if (strike !== undefined && test(strike)) high = mid;
    else low = mid + 1;
  }
  return low;
}

export interface StrikeTally {
  strikes: number;
  boats: number;
  killed: number;
  survivors: number;
  presumedDead: number;
  /** Strikes for which a figure was not reported: the sums above are "at least". */
  unreportedKilled: number;
}

const emptyTally = (): StrikeTally => ({
  strikes: 0,
  boats: 0,
  killed: 0,
  survivors: 0,
  presumedDead: 0,
  unreportedKilled: 0,
});

/** Adds one strike to a tally in place: one accumulator per total, not a new object per strike. */
function count(t: StrikeTally, s: Strike): void {
  t.strikes += 1;
  t.boats += s.boats ?? 0;
  t.killed += s.killed ?? 0;
  t.survivors += s.survivors ?? 0;
  t.presumedDead += s.presumedDead ?? 0;
  if (s.killed === null) t.unreportedKilled += 1;
}

export function tally(strikes: readonly Strike[]): StrikeTally {
  const t = emptyTally();
  for (const s of strikes) count(t, s);
  return t;
}

export interface Zone {
  area: StrikeArea;
  strikes: Strike[];
  tally: StrikeTally;
}

export interface ZoneGroups {
  zones: Zone[];
  /** Strikes whose sources name no place more exact than the sea. */
  unplaced: Strike[];
  unplacedTally: StrikeTally;
  /** Strikes pointing at an area id the area list does not have (bad data; reported, still counted). */
  unknownArea: Strike[];
  /** Every strike given, whatever its area. */
  total: StrikeTally;
}

/**
 * One shape per area whatever the number of strikes: the layer's cost does not grow with the data. Lists and
 * tallies, for every zone and in all, come from one pass over the strikes.
 */
export function groupByArea(areas: readonly StrikeArea[], strikes: readonly Strike[]): ZoneGroups {
  const byArea = new Map<string, Zone>(areas.map((area) => [area.id, { area, strikes: [], tally: emptyTally() }]));
  const unplaced: Strike[] = [];
  const unplacedTally = emptyTally();
  const unknownArea: Strike[] = [];
  const total = emptyTally();
  for (const s of strikes) {
    count(total, s);
    if (s.areaId === null) {
      unplaced.push(s);
      count(unplacedTally, s);
      continue;
    }
    const zone = byArea.get(s.areaId);
    if (zone === undefined) unknownArea.push(s);
    else {
      zone.strikes.push(s);
      count(zone.tally, s);
    }
  }
  const zones = areas.flatMap((area) => byArea.get(area.id) ?? []);
  return { zones, unplaced, unplacedTally, unknownArea, total };
}

/** The latest total each tracker published on or before the window's end (at most one per reporter). */
export function latestTotals(totals: readonly StrikeTotal[], to: string | null, limit = 3): StrikeTotal[] {
  const eligible = totals.filter(
    (t) => t.verification !== 'unverified' && t.killed !== null && (to === null || t.asOf <= to),
  );
  const newestFirst = [...eligible].sort((a, b) => b.asOf.localeCompare(a.asOf));
  const seen = new Set<string>();
  return newestFirst
    .filter((t) => {
      const key = t.reporter.en.split(/[ (]/)[0] ?? t.reporter.en;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}

export type StrikeSortKey = 'date' | 'killed' | 'boats' | 'sea';

export function sortStrikes(strikes: readonly Strike[], key: StrikeSortKey, descending: boolean): Strike[] {
  const value = (s: Strike): string | number => (key === 'date' ? s.date : key === 'sea' ? s.sea : (s[key] ?? -1));
  const sorted = [...strikes].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    return va < vb ? -1 : va > vb ? 1 : a.id.localeCompare(b.id);
  });
  return descending ? sorted.reverse() : sorted;
}
