/** What parsing one parameter gives: a value, or the reason it was not used. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; reason: IgnoredReason };

export type IgnoredReason =
  'unknown' | 'malformed' | 'out-of-range' | 'duplicate' | 'too-many' | 'conflict' | 'too-long';

export const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
export const bad = <T>(reason: IgnoredReason): FieldResult<T> => ({ ok: false, reason });

/** Ids of records (events, precedents, areas): what a link may name. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * One URL parameter of the view: a feature declares its own (src/features/<name>/urlFields.ts), the app
 * composes them (src/app/viewStateFields.ts) into the one ViewState.
 */
export interface UrlField<T> {
  /** The URL parameter when it is not the state key. Parameter names are public API: rename only with a migration. */
  readonly param?: string;
  /** The value when the URL gives none; it stays out of the URL. */
  readonly initial: T;
  readonly parse: (raw: string) => FieldResult<T>;
  /** The URL text for a value other than `initial`, or null to leave the parameter out. */
  readonly format: (value: T) => string | null;
}

/** A value the user may leave unset (null, the default): absent from the URL until chosen. */
export function optionalField<T>(
  parse: (raw: string) => FieldResult<T>,
  format: (value: T) => string | null = String,
): UrlField<T | null> {
  return { initial: null, parse, format: (value) => (value === null ? null : format(value)) };
}

/** A value with a default, left out of the URL while it is the default. */
export function defaultField<T>(
  initial: T,
  parse: (raw: string) => FieldResult<T>,
  format: (value: T) => string | null = String,
): UrlField<T> {
  return { initial, parse, format };
}

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
