import type { MapView } from './viewState';

/** What parsing one parameter gives: a value, or the reason it was not used. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; reason: IgnoredReason };

export type IgnoredReason =
  'unknown' | 'malformed' | 'out-of-range' | 'duplicate' | 'too-many' | 'conflict' | 'too-long';

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = <T>(reason: IgnoredReason): FieldResult<T> => ({ ok: false, reason });

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function parseIsoDate(raw: string): FieldResult<string> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return bad('malformed');
  const d = new Date(`${raw}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== raw) return bad('malformed');
  return raw >= '1980-01-01' && raw <= '2030-12-31' ? ok(raw) : bad('out-of-range');
}

export function parseId(raw: string): FieldResult<string> {
  return ID_PATTERN.test(raw) ? ok(raw) : bad('malformed');
}

export function parseIso3(raw: string): FieldResult<string> {
  return /^[A-Za-z]{3}$/.test(raw) ? ok(raw.toUpperCase()) : bad('malformed');
}

export function parseEnum<T extends string>(values: readonly T[]) {
  return (raw: string): FieldResult<T> => {
    const found = values.find((v) => v === raw);
    return found === undefined ? bad('malformed') : ok(found);
  };
}

export function parseIntIn(min: number, max: number, step = 1) {
  return (raw: string): FieldResult<number> => {
    if (!/^-?\d{1,6}$/.test(raw)) return bad('malformed');
    const n = Number(raw);
    if (n < min || n > max || n % step !== 0) return bad('out-of-range');
    return ok(n);
  };
}

export function parseFlag(raw: string): FieldResult<boolean> {
  return raw === '1' ? ok(true) : raw === '0' ? ok(false) : bad('malformed');
}

/** A set drawn from a fixed list, written in the list's order so that the canonical form is unique. */
export function parseSubset<T extends string>(values: readonly T[]) {
  return (raw: string): FieldResult<readonly T[]> => {
    if (raw === 'none') return ok([]);
    const parts = raw.split(',');
    if (parts.some((p) => !values.includes(p as T))) return bad('malformed');
    return ok(values.filter((v) => parts.includes(v)));
  };
}

export const MAX_COMPARE = 3;

/** Ids in the order the user chose them; more than three keeps the first three. */
export function parseIdList(raw: string): FieldResult<readonly string[]> {
  const parts = raw.split(',').filter((p) => p.length > 0);
  if (parts.length === 0 || parts.some((p) => !ID_PATTERN.test(p))) return bad('malformed');
  const unique = [...new Set(parts)];
  return unique.length > MAX_COMPARE ? bad('too-many') : ok(unique);
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

export const MAX_QUERY_LENGTH = 100;

export function parseSearchText(raw: string): FieldResult<string> {
  if (raw.length > MAX_QUERY_LENGTH) return bad('too-long');
  // Control characters never belong in a search box; they only arrive by hand-made URLs.
  const cleaned = raw.replace(/\p{Cc}/gu, '').trim();
  return cleaned.length === 0 ? bad('malformed') : ok(cleaned);
}

export const MAX_DECK_LENGTH = 12000;

/** The deck is opaque here (the present feature decodes it); only its size and alphabet are checked. */
export function parseDeck(raw: string): FieldResult<string> {
  if (raw.length > MAX_DECK_LENGTH) return bad('too-long');
  return /^[A-Za-z0-9+\-$_.~]+$/.test(raw) ? ok(raw) : bad('malformed');
}
