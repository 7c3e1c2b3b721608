import type { Sea, Strike, StrikeArea } from '../../data/schema/strikes';
import { tally, type StrikeTally, type ZoneGroups } from './strikeSelectors';

/** A [lat, lon] pair, as Leaflet takes it (kept free of Leaflet so this file stays pure). */
export type LatLon = readonly [number, number];

/**
 * The strikes whose sources name no place more exact than their sea, drawn as one marker per sea. Its position
 * only says "somewhere in this sea": a conventional spot chosen by Sanctions Atlas, away from every zone, never
 * a reported location. A strike whose sea is not stated either has no position at all (`at` is null): it is
 * shown beside the map, not on the water.
 */
export interface SeaMarker {
  /** The value of the URL's area field that opens its strikes (see seaAreaId). */
  id: string;
  sea: Sea;
  at: LatLon | null;
  strikes: Strike[];
  tally: StrikeTally;
}

const SEA_PREFIX = 'sea-';
const ALL_SEAS: readonly Sea[] = ['caribbean', 'eastern-pacific', 'unspecified'];

/** The area-field value of a sea's marker. Area ids in the data never start with "sea-" (unit-tested). */
export const seaAreaId = (sea: Sea): string => `${SEA_PREFIX}${sea}`;

/** The sea an area-field value names, or null: any other string (an area id, a made-up value) is not a sea. */
export function seaOfAreaId(id: string): Sea | null {
  if (!id.startsWith(SEA_PREFIX)) return null;
  const rest = id.slice(SEA_PREFIX.length);
  return ALL_SEAS.find((s) => s === rest) ?? null;
}

/**
 * Candidate spots per sea, open water well inside each sea, in order of preference: the first one clear of
 * every zone is used, so a zone added to the data never hides the marker under it.
 */
export const SEA_ANCHORS: Record<Sea, readonly LatLon[]> = {
  caribbean: [
    [15.5, -75],
    [16.5, -80],
    [14.5, -70],
  ],
  'eastern-pacific': [
    [7, -89],
    [13, -92],
    [2, -95],
  ],
  unspecified: [],
};

/** Clearance between a marker and a zone's edge, so the badge and its label sit on open water. */
export const CLEARANCE_KM = 250;

const EARTH_KM = 6371;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b[0] - a[0]);
  const dLon = rad(b[1] - a[1]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

type ZoneShape = Pick<StrikeArea, 'centroid' | 'radiusKm'>;

/** The first candidate clear of every zone; the one farthest from any zone's edge if none is clear. */
export function placeAnchor(candidates: readonly LatLon[], zones: readonly ZoneShape[]): LatLon | null {
  const margin = (p: LatLon) => Math.min(Infinity, ...zones.map((z) => distanceKm(p, z.centroid) - z.radiusKm));
  const clear = candidates.find((c) => margin(c) >= CLEARANCE_KM);
  if (clear !== undefined) return clear;
  let best: LatLon | null = null;
  for (const c of candidates) if (best === null || margin(c) > margin(best)) best = c;
  return best;
}

/**
 * One marker per sea that has strikes without a known area: those the sources do not place (areaId null) and
 * those naming an area the data lacks (bad data, still drawn rather than dropped). Seas in a fixed order.
 */
export function seaMarkers(groups: Pick<ZoneGroups, 'unplaced' | 'unknownArea'>, areas: readonly ZoneShape[]) {
  const bySea = new Map<Sea, Strike[]>();
  for (const s of [...groups.unplaced, ...groups.unknownArea]) bySea.set(s.sea, [...(bySea.get(s.sea) ?? []), s]);
  return ALL_SEAS.flatMap((sea): SeaMarker[] => {
    const strikes = bySea.get(sea);
    if (strikes === undefined) return [];
    return [{ id: seaAreaId(sea), sea, at: placeAnchor(SEA_ANCHORS[sea], areas), strikes, tally: tally(strikes) }];
  });
}

/** Where every anchor could be: the default view frames these with the zones, whatever the filters. */
export function seaAnchorsFor(areas: readonly ZoneShape[]): LatLon[] {
  // Not flatMap: it would spread each [lat, lon] pair into the list.
  return ALL_SEAS.map((sea) => placeAnchor(SEA_ANCHORS[sea], areas)).filter((p): p is LatLon => p !== null);
}

export interface Frame {
  south: number;
  west: number;
  north: number;
  east: number;
}

const KM_PER_DEGREE = 111.32;

/**
 * What the default view shows: every zone's whole circle and every sea marker, from the data rather than a
 * fixed zoom, so a phone's narrow map still holds them all. The same whatever the filters, so the map does not
 * jump when a zone empties. Null when there is nothing to frame.
 */
export function defaultFrame(areas: readonly ZoneShape[]): Frame | null {
  const points: LatLon[] = seaAnchorsFor(areas);
  for (const a of areas) {
    const [lat, lon] = a.centroid;
    const dLat = a.radiusKm / KM_PER_DEGREE;
    const dLon = a.radiusKm / (KM_PER_DEGREE * Math.max(0.1, Math.cos(rad(lat))));
    points.push([lat - dLat, lon - dLon], [lat + dLat, lon + dLon]);
  }
  if (points.length === 0) return null;
  return {
    south: Math.min(...points.map((p) => p[0])),
    west: Math.min(...points.map((p) => p[1])),
    north: Math.max(...points.map((p) => p[0])),
    east: Math.max(...points.map((p) => p[1])),
  };
}
