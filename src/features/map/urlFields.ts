import { SEAS } from '../../data/schema/enumValues';
import { gradeOrder } from '../../data/strikeGrades';
import type { StrikeGrade } from '../../data/schema/strikes';
import {
  bad,
  defaultField,
  ok,
  optionalField,
  parseEnum,
  parseId,
  parseIso3,
  parseSubset,
  type FieldResult,
} from '../../state/fieldCodecs';

export { SEAS };
export type SeaFilter = (typeof SEAS)[number];

export const MAP_LAYERS = ['strikes', 'leaders', 'aid', 'context'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/** Grades a reader can filter by: a discounted strike is not counted, so it is never on the map to filter. */
export const MAP_GRADES: readonly StrikeGrade[] = gradeOrder.filter((g) => g !== 'discounted');

/** At least one grade: showing no strike at all is what unticking the strikes layer is for. */
export function parseGrades(raw: string): FieldResult<readonly StrikeGrade[]> {
  return raw === 'none' ? bad('malformed') : parseSubset(MAP_GRADES)(raw);
}

export function formatGrades(v: readonly StrikeGrade[]): string | null {
  return v.length === MAP_GRADES.length ? null : MAP_GRADES.filter((g) => v.includes(g)).join(',');
}

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

const roundTo = (n: number, digits: number) => Number(n.toFixed(digits));

export function parseMapView(raw: string): FieldResult<MapView> {
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d{1,3}(\.\d{1,6})?$/.test(p))) return bad('malformed');
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lat) > 85 || Math.abs(lon) > 180 || !Number.isInteger(zoom) || zoom < 1 || zoom > 12) {
    return bad('out-of-range');
  }
  return ok({ lat: roundTo(lat, 2), lon: roundTo(lon, 2), zoom });
}

export function formatMapView(v: MapView): string {
  return `${roundTo(v.lat, 2)},${roundTo(v.lon, 2)},${v.zoom}`;
}

/** The map's URL fields. */
export const mapUrlFields = {
  /** The selected country, ISO 3166 alpha-3: picked on the map; the precedents filter by it too. */
  country: optionalField(parseIso3),
  /** Shown layers, in MAP_LAYERS order; all of them by default, "none" for none. */
  layers: defaultField<readonly MapLayer[]>(MAP_LAYERS, parseSubset(MAP_LAYERS), (v) =>
    v.length === MAP_LAYERS.length ? null : v.length === 0 ? 'none' : MAP_LAYERS.filter((l) => v.includes(l)).join(','),
  ),
  sea: optionalField(parseEnum(SEAS)),
  /** Evidence grades shown (?grade=confirmed,fair); every grade by default, so links from before it read the same. */
  grades: { ...defaultField<readonly StrikeGrade[]>(MAP_GRADES, parseGrades, formatGrades), param: 'grade' },
  area: optionalField(parseId),
  /** One strike, opened with its details (a record link, or a row of the strikes table). */
  strike: optionalField(parseId),
  /** Where the map looks; null = the default framing. */
  map: optionalField(parseMapView, formatMapView),
};
