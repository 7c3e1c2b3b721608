import {
  formatMapView,
  parseDeck,
  parseEnum,
  parseFlag,
  parseId,
  parseIdList,
  parseIntIn,
  parseIso3,
  parseIsoDate,
  parseMapView,
  parseSearchText,
  parseSubset,
  type FieldResult,
  type IgnoredReason,
} from './fieldCodecs';
import { migrateParams, URL_VERSION } from './urlMigrations';
import {
  AID_BREAKDOWNS,
  AID_MEASURES,
  AID_SCOPES,
  AUTHORITY_TYPES,
  DEFAULT_VIEW_STATE,
  LANGS,
  MAP_LAYERS,
  MULTILATERAL,
  PANELS,
  PRECEDENT_SORTS,
  RELATIONS,
  SEAS,
  THEMES,
  type ViewState,
} from './viewState';

export interface IgnoredParam {
  param: string;
  /** The raw value, shortened for display. */
  value: string;
  reason: IgnoredReason;
}

export interface ParsedUrl {
  state: ViewState;
  ignored: IgnoredParam[];
}

interface FieldCodec<K extends keyof ViewState> {
  key: K;
  parse: (raw: string) => FieldResult<ViewState[K]>;
  /** Text for the URL, or null when the value is the default (defaults stay out of the URL). */
  format: (value: ViewState[K]) => string | null;
}

const unlessDefault =
  <K extends keyof ViewState>(key: K, toText: (v: NonNullable<ViewState[K]>) => string) =>
  (value: ViewState[K]): string | null =>
    value === null || value === DEFAULT_VIEW_STATE[key] ? null : toText(value as NonNullable<ViewState[K]>);

const text = <K extends keyof ViewState>(key: K) => unlessDefault(key, (v) => String(v));

function field<K extends keyof ViewState>(codec: FieldCodec<K>): FieldCodec<K> {
  return codec;
}

/** One entry per URL parameter, in canonical order. The parameter name is the public API: never rename without a migration. */
const FIELDS = {
  from: field({ key: 'from', parse: parseIsoDate, format: text('from') }),
  to: field({ key: 'to', parse: parseIsoDate, format: text('to') }),
  country: field({ key: 'country', parse: parseIso3, format: text('country') }),
  event: field({ key: 'event', parse: parseId, format: text('event') }),
  layers: field({
    key: 'layers',
    parse: parseSubset(MAP_LAYERS),
    format: (v) =>
      v.length === MAP_LAYERS.length
        ? null
        : v.length === 0
          ? 'none'
          : MAP_LAYERS.filter((l) => v.includes(l)).join(','),
  }),
  sea: field({ key: 'sea', parse: parseEnum(SEAS), format: text('sea') }),
  area: field({ key: 'area', parse: parseId, format: text('area') }),
  map: field({ key: 'map', parse: parseMapView, format: (v) => (v === null ? null : formatMapView(v)) }),
  measure: field({ key: 'measure', parse: parseEnum(AID_MEASURES), format: text('measure') }),
  scope: field({ key: 'scope', parse: parseEnum(AID_SCOPES), format: text('scope') }),
  breakdown: field({ key: 'breakdown', parse: parseEnum(AID_BREAKDOWNS), format: text('breakdown') }),
  year: field({ key: 'year', parse: parseIntIn(1980, 2030), format: text('year') }),
  compare: field({
    key: 'compare',
    parse: parseIdList,
    format: (v) => (v === null ? null : v.length === 0 ? null : v.join(',')),
  }),
  precedent: field({ key: 'precedent', parse: parseId, format: text('precedent') }),
  authority: field({ key: 'authority', parse: parseEnum(AUTHORITY_TYPES), format: text('authority') }),
  relation: field({ key: 'relation', parse: parseEnum(RELATIONS), format: text('relation') }),
  multi: field({ key: 'multilateral', parse: parseEnum(MULTILATERAL), format: text('multilateral') }),
  decade: field({ key: 'decade', parse: parseIntIn(1980, 2030, 10), format: text('decade') }),
  q: field({ key: 'q', parse: parseSearchText, format: (v) => (v === '' ? null : v) }),
  sort: field({ key: 'sort', parse: parseEnum(PRECEDENT_SORTS), format: text('sort') }),
  panel: field({ key: 'panel', parse: parseEnum(PANELS), format: text('panel') }),
  lang: field({ key: 'lang', parse: parseEnum(LANGS), format: text('lang') }),
  theme: field({ key: 'theme', parse: parseEnum(THEMES), format: text('theme') }),
  embed: field({ key: 'embed', parse: parseFlag, format: (v) => (v ? '1' : null) }),
  static: field({ key: 'static', parse: parseFlag, format: (v) => (v ? '1' : null) }),
  deck: field({ key: 'deck', parse: parseDeck, format: text('deck') }),
  slide: field({ key: 'slide', parse: parseIntIn(1, 200), format: text('slide') }),
} as const;

type ParamName = keyof typeof FIELDS;
const PARAM_NAMES = Object.keys(FIELDS) as ParamName[];
const isParamName = (name: string): name is ParamName => Object.prototype.hasOwnProperty.call(FIELDS, name);

const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

function applyField<K extends keyof ViewState>(
  codec: FieldCodec<K>,
  raw: string,
  state: ViewState,
): IgnoredReason | null {
  const result = codec.parse(raw);
  if (!result.ok) return result.reason;
  state[codec.key] = result.value;
  return null;
}

/** Reads a query string into a ViewState. Never throws: anything it cannot use is listed in `ignored`. */
export function parse(search: string): ParsedUrl {
  const state: ViewState = { ...DEFAULT_VIEW_STATE };
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  const { params, ignored: versionProblems } = migrateParams(new URLSearchParams(search));
  ignored.push(...versionProblems);

  for (const [name, raw] of params) {
    if (name === 'v') continue;
    if (!isParamName(name)) {
      ignored.push({ param: shorten(name), value: shorten(raw), reason: 'unknown' });
      continue;
    }
    if (seen.has(name)) {
      ignored.push({ param: name, value: shorten(raw), reason: 'duplicate' });
      continue;
    }
    seen.add(name);
    const reason = applyField(FIELDS[name] as FieldCodec<keyof ViewState>, raw, state);
    if (reason !== null) ignored.push({ param: name, value: shorten(raw), reason });
  }

  if (state.from !== null && state.to !== null && state.from > state.to) {
    ignored.push(
      { param: 'from', value: state.from, reason: 'conflict' },
      { param: 'to', value: state.to, reason: 'conflict' },
    );
    state.from = null;
    state.to = null;
  }
  return { state, ignored };
}

function formatField<K extends keyof ViewState>(codec: FieldCodec<K>, state: ViewState): string | null {
  return codec.format(state[codec.key]);
}

const encode = (value: string) => encodeURIComponent(value).replace(/%2C/g, ',');

/** The one canonical query string for a state: fixed order, defaults left out, "?"-less; "" for the default view. */
export function serialize(state: ViewState): string {
  const parts: string[] = [];
  for (const name of PARAM_NAMES) {
    const value = formatField(FIELDS[name] as FieldCodec<keyof ViewState>, state);
    if (value !== null) parts.push(`${name}=${encode(value)}`);
  }
  return parts.length === 0 ? '' : [`v=${URL_VERSION}`, ...parts].join('&');
}
