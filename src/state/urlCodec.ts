import type { IgnoredReason, UrlField } from './fieldCodecs';
import { migrateParams, URL_VERSION } from './urlMigrations';

export interface IgnoredParam {
  param: string;
  /** The raw value, shortened for display. */
  value: string;
  reason: IgnoredReason;
}

export interface ParsedUrl<S> {
  state: S;
  ignored: IgnoredParam[];
}

/** One field declaration per state key; the declarations' order is the order of parameters in a link. */
export type FieldsOf<S> = { readonly [K in keyof S]: UrlField<S[K]> };

/**
 * The state a set of field declarations describes. An indexed access rather than a conditional type, so that
 * a view's `state[key]` for a generic key still narrows to the fields' value types.
 */
export type StateOf<F extends { readonly [key: string]: { readonly initial: unknown } }> = {
  -readonly [K in keyof F]: F[K]['initial'];
};

/**
 * A rule across fields (a window that ends before it starts): the keys it returns are in conflict, so they
 * are reported and reset to their defaults.
 */
export type CrossFieldRule<S> = (state: S) => readonly (keyof S)[];

export interface UrlCodec<S> {
  /** The default view: what the empty query string means. */
  defaults: S;
  /** Reads a query string. Never throws: anything it cannot use is listed in `ignored`. */
  parse: (search: string) => ParsedUrl<S>;
  /** The one canonical query string for a state: fixed order, defaults left out, "?"-less; "" for the default view. */
  serialize: (state: S) => string;
}

// Object.keys is typed string[] because an object may carry more keys than its type names; field sets are
// object literals, so their own keys are exactly keyof S.
const keysOf = <S extends object>(fields: FieldsOf<S>) => Object.keys(fields) as (keyof S & string)[];

const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

const encode = (value: string) => encodeURIComponent(value).replace(/%2C/g, ',');

function applyField<S, K extends keyof S>(key: K, field: UrlField<S[K]>, raw: string, state: S): IgnoredReason | null {
  const result = field.parse(raw);
  if (!result.ok) return result.reason;
  state[key] = result.value;
  return null;
}

/** The codec for a set of fields: versioned links (see urlMigrations.ts), canonical output, a report of what was ignored. */
export function createUrlCodec<S extends object>(
  fields: FieldsOf<S>,
  rules: readonly CrossFieldRule<NoInfer<S>>[] = [],
): UrlCodec<S> {
  const keys = keysOf(fields);
  const paramOf = (key: keyof S & string) => fields[key].param ?? key;
  const keyByParam = new Map<string, keyof S & string>();
  for (const key of keys) {
    if (keyByParam.has(paramOf(key))) throw new Error(`Two view state fields use the URL parameter "${paramOf(key)}"`);
    keyByParam.set(paramOf(key), key);
  }
  // The one place a state is built key by key; each value is its own field's `initial`.
  const defaults = Object.fromEntries(keys.map((key) => [key, fields[key].initial])) as S;

  function parse(search: string): ParsedUrl<S> {
    const state: S = { ...defaults };
    const ignored: IgnoredParam[] = [];
    const seen = new Set<string>();
    const { params, ignored: versionProblems } = migrateParams(new URLSearchParams(search));
    ignored.push(...versionProblems);

    for (const [name, raw] of params) {
      if (name === 'v') continue;
      const key = keyByParam.get(name);
      if (key === undefined) {
        ignored.push({ param: shorten(name), value: shorten(raw), reason: 'unknown' });
        continue;
      }
      if (seen.has(name)) {
        ignored.push({ param: name, value: shorten(raw), reason: 'duplicate' });
        continue;
      }
      seen.add(name);
      const reason = applyField(key, fields[key], raw, state);
      if (reason !== null) ignored.push({ param: name, value: shorten(raw), reason });
    }

    for (const rule of rules) {
      const conflicting = rule(state);
      for (const key of conflicting) {
        const param = fields[key].param ?? String(key);
        ignored.push({ param, value: shorten(fields[key].format(state[key]) ?? ''), reason: 'conflict' });
      }
      for (const key of conflicting) state[key] = defaults[key];
    }
    return { state, ignored };
  }

  function serialize(state: S): string {
    const parts: string[] = [];
    for (const key of keys) {
      const value = state[key];
      const text = value === fields[key].initial ? null : fields[key].format(value);
      if (text !== null) parts.push(`${paramOf(key)}=${encode(text)}`);
    }
    return parts.length === 0 ? '' : [`v=${URL_VERSION}`, ...parts].join('&');
  }

  return { defaults, parse, serialize };
}
