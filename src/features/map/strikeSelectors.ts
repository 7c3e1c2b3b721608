import type { Strike, StrikeArea, StrikeTotal } from '../../data/schema/strikes';
import type { SeaFilter } from '../../state/viewState';

export interface StrikeFilter {
  from: string | null;
  to: string | null;
  sea: SeaFilter | null;
}

/** Strikes the trackers count, inside the time window and the chosen sea. */
export function strikesInWindow(strikes: readonly Strike[], f: StrikeFilter): Strike[] {
  return strikes.filter(
    (s) =>
      s.counted &&
      (f.from === null || s.date >= f.from) &&
      (f.to === null || s.date <= f.to) &&
      (f.sea === null || s.sea === f.sea),
  );
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

const add = (n: number | null) => n ?? 0;

export function tally(strikes: readonly Strike[]): StrikeTally {
  // One accumulator, not a new object per strike: this runs on every filter change over up to 10,000 strikes.
  const t: StrikeTally = { strikes: 0, boats: 0, killed: 0, survivors: 0, presumedDead: 0, unreportedKilled: 0 };
  for (const s of strikes) {
    t.strikes += 1;
    t.boats += add(s.boats);
    t.killed += add(s.killed);
    t.survivors += add(s.survivors);
    t.presumedDead += add(s.presumedDead);
    if (s.killed === null) t.unreportedKilled += 1;
  }
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
  /** Strikes pointing at an area id the area list does not have (bad data; reported, still counted). */
  unknownArea: Strike[];
}

/** One shape per area whatever the number of strikes: the layer's cost does not grow with the data. */
export function groupByArea(areas: readonly StrikeArea[], strikes: readonly Strike[]): ZoneGroups {
  const byArea = new Map<string, Strike[]>(areas.map((a) => [a.id, []]));
  const unplaced: Strike[] = [];
  const unknownArea: Strike[] = [];
  for (const s of strikes) {
    if (s.areaId === null) unplaced.push(s);
    else {
      const list = byArea.get(s.areaId);
      if (list === undefined) unknownArea.push(s);
      else list.push(s);
    }
  }
  const zones = areas.map((area) => {
    const list = byArea.get(area.id) ?? [];
    return { area, strikes: list, tally: tally(list) };
  });
  return { zones, unplaced, unknownArea };
}

/** The latest total each tracker published on or before the window's end (at most one per reporter). */
export function latestTotals(totals: readonly StrikeTotal[], to: string | null, limit = 3): StrikeTotal[] {
  const eligible = totals.filter((t) => t.verification !== 'unverified' && t.killed !== null && (to === null || t.asOf <= to));
  const newestFirst = [...eligible].sort((a, b) => b.asOf.localeCompare(a.asOf));
  const seen = new Set<string>();
  return newestFirst
    .filter((t) => {
      const key = t.reporter.split(/[ (]/)[0] ?? t.reporter;
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
