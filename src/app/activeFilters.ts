import type { ViewState, ViewStatePatch } from '../state/viewState';
import { DEFAULT_VIEW_STATE } from './viewStateFields';

export interface Chip {
  /** Stable key, also the translation suffix of the chip's label. */
  key: string;
  value: string;
  clear: ViewStatePatch;
}

/** Every active filter as a removable chip, in reading order. Pure: tested without a DOM. */
export function activeFilters(s: ViewState): Chip[] {
  const chips: Chip[] = [];
  const add = (key: string, value: string | null, clear: ViewStatePatch) => {
    if (value !== null) chips.push({ key, value, clear });
  };
  add('window', s.from === null && s.to === null ? null : `${s.from ?? '…'} – ${s.to ?? '…'}`, {
    from: null,
    to: null,
  });
  add('country', s.country, { country: null, precedent: null });
  add('event', s.event, { event: null });
  add('layers', s.layers.length === DEFAULT_VIEW_STATE.layers.length ? null : s.layers.join(', ') || '—', {
    layers: DEFAULT_VIEW_STATE.layers,
  });
  add('sea', s.sea, { sea: null });
  add('grades', s.grades.length === DEFAULT_VIEW_STATE.grades.length ? null : s.grades.join(', '), {
    grades: DEFAULT_VIEW_STATE.grades,
  });
  add('area', s.area, { area: null });
  add('compare', s.compare === null ? null : s.compare.join(', '), { compare: null });
  add('precedent', s.precedent, { precedent: null });
  add('authority', s.authority, { authority: null });
  add('relation', s.relation, { relation: null });
  add('multilateral', s.multilateral, { multilateral: null });
  add('decade', s.decade === null ? null : `${s.decade}s`, { decade: null });
  add('q', s.q === '' ? null : s.q, { q: '' });
  const series =
    s.measure !== DEFAULT_VIEW_STATE.measure ||
    s.scope !== DEFAULT_VIEW_STATE.scope ||
    s.breakdown !== DEFAULT_VIEW_STATE.breakdown;
  add('series', series ? `${s.measure} · ${s.scope} · ${s.breakdown}` : null, {
    measure: DEFAULT_VIEW_STATE.measure,
    scope: DEFAULT_VIEW_STATE.scope,
    breakdown: DEFAULT_VIEW_STATE.breakdown,
  });
  add('year', s.year === null ? null : `FY${s.year}`, { year: null });
  add('sort', s.sort === DEFAULT_VIEW_STATE.sort ? null : s.sort, { sort: DEFAULT_VIEW_STATE.sort });
  add('map', s.map === null ? null : `${s.map.lat}, ${s.map.lon} ×${s.map.zoom}`, { map: null });
  return chips;
}

/** Reset keeps the reader's language and theme, and an open presentation. */
export const resetPatch = (s: ViewState): ViewState => ({
  ...DEFAULT_VIEW_STATE,
  lang: s.lang,
  theme: s.theme,
  deck: s.deck,
});
