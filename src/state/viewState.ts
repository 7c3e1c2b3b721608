import { LANGS, type Lang } from '../lib/lang';

export { LANGS, type Lang };

/**
 * The whole view, as one typed value. Every filter a user can set lives here and nowhere else;
 * the URL is its serialised form (see urlCodec.ts). Views read it and ask to change it — never each other.
 */
export const MAP_LAYERS = ['strikes', 'leaders', 'aid', 'context'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

export const SEAS = ['caribbean', 'eastern-pacific'] as const;
export type SeaFilter = (typeof SEAS)[number];

export const AID_MEASURES = [
  'request',
  'committee-mark',
  'appropriation',
  'obligation',
  'disbursement',
  'unspecified',
] as const;
export type AidMeasureChoice = (typeof AID_MEASURES)[number];

export const AID_SCOPES = ['state-usaid', 'all-agencies', 'military-police', 'usaid-only', 'dod-only'] as const;
export type AidScopeChoice = (typeof AID_SCOPES)[number];

export const AID_BREAKDOWNS = ['total', 'agency', 'sector', 'account'] as const;
export type AidBreakdown = (typeof AID_BREAKDOWNS)[number];

export const AUTHORITY_TYPES = [
  'counternarcotics',
  'human-rights',
  'democracy',
  'aggression',
  'corruption',
  'terrorism',
  'nonproliferation',
  'regime',
] as const;
export type AuthorityFilter = (typeof AUTHORITY_TYPES)[number];

export const RELATIONS = ['ally', 'partner', 'adversary', 'other'] as const;
export type RelationFilter = (typeof RELATIONS)[number];

export const MULTILATERAL = ['multilateral', 'us-only'] as const;
export type MultilateralFilter = (typeof MULTILATERAL)[number];

export const PRECEDENT_SORTS = ['date', 'country', 'tenure'] as const;
export type PrecedentSort = (typeof PRECEDENT_SORTS)[number];

export const PANELS = ['sources', 'corrections', 'share', 'deck'] as const;
export type Panel = (typeof PANELS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface ViewState {
  /** Time window (inclusive ISO dates); null = the data's full range. */
  from: string | null;
  to: string | null;
  /** Selected country, ISO 3166 alpha-3. */
  country: string | null;
  /** Selected timeline event. */
  event: string | null;
  layers: readonly MapLayer[];
  sea: SeaFilter | null;
  area: string | null;
  map: MapView | null;
  measure: AidMeasureChoice;
  scope: AidScopeChoice;
  breakdown: AidBreakdown;
  /** Selected fiscal year for the flow view and the map's aid layer. */
  year: number | null;
  /** Compared precedents; null = the default comparison (the featured cases). */
  compare: readonly string[] | null;
  precedent: string | null;
  authority: AuthorityFilter | null;
  relation: RelationFilter | null;
  multilateral: MultilateralFilter | null;
  decade: number | null;
  q: string;
  sort: PrecedentSort;
  panel: Panel | null;
  /** null = follow the browser. */
  lang: Lang | null;
  theme: Theme | null;
  embed: boolean;
  static: boolean;
  /** Presenter deck (compressed, versioned; decoded by the present feature) and current slide (1-based). */
  deck: string | null;
  slide: number | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  from: null,
  to: null,
  country: null,
  event: null,
  layers: MAP_LAYERS,
  sea: null,
  area: null,
  map: null,
  measure: 'appropriation',
  scope: 'state-usaid',
  breakdown: 'total',
  year: null,
  compare: null,
  precedent: null,
  authority: null,
  relation: null,
  multilateral: null,
  decade: null,
  q: '',
  sort: 'date',
  panel: null,
  lang: null,
  theme: null,
  embed: false,
  static: false,
  deck: null,
  slide: null,
};

export type ViewStatePatch = Partial<ViewState>;
