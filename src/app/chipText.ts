import { formatDate } from '../i18n/format';
import { m } from '../i18n/messages';
import type { Lang } from '../lib/lang';
import { countryName } from '../lib/countryNames';
import type { ViewState } from '../state/viewState';

/** Record names the chips show in place of ids: each map is empty until its dataset has loaded. */
export interface ChipNames {
  events: ReadonlyMap<string, string>;
  precedents: ReadonlyMap<string, string>;
  areas: ReadonlyMap<string, string>;
}

const named = (ids: readonly string[], names: ReadonlyMap<string, string>) =>
  ids.map((id) => names.get(id) ?? id).join(', ');

/**
 * A chip's value in the reader's language: names, never ids (issue 16: "Country: PRK", "Event: ofac-sanctions-…").
 * A record's id shows only until its dataset arrives, or when the data has no such record. Pure: tested without a DOM.
 */
export function chipText(key: string, value: string, s: ViewState, lang: Lang, names: ChipNames): string {
  const locale = { locale: lang };
  switch (key) {
    case 'window':
      return `${s.from === null ? '…' : formatDate(s.from, lang)} – ${s.to === null ? '…' : formatDate(s.to, lang)}`;
    case 'country':
      return s.country === null ? value : countryName(s.country, lang);
    case 'event':
      return s.event === null ? value : named([s.event], names.events);
    case 'precedent':
      return s.precedent === null ? value : named([s.precedent], names.precedents);
    case 'compare':
      return s.compare === null ? value : named(s.compare, names.precedents);
    case 'area':
      return s.area === null ? value : named([s.area], names.areas);
    case 'grades':
      return s.grades.map((grade) => m.map_grade({ grade }, locale)).join(', ');
    case 'layers':
      return s.layers.length === 0 ? value : s.layers.map((layer) => m.map_layer({ layer }, locale)).join(', ');
    case 'sea':
      return s.sea === null ? value : m.map_sea({ sea: s.sea }, locale);
    case 'authority':
    case 'relation':
    case 'multilateral':
      return m.precedents_value({ value }, locale);
    case 'decade':
      return s.decade === null ? value : m.chips_decade({ decade: String(s.decade) }, locale);
    case 'series':
      return [
        m.aid_measure({ measure: s.measure }, locale),
        m.aid_scope({ scope: s.scope }, locale),
        m.aid_breakdown({ breakdown: s.breakdown }, locale),
      ].join(' · ');
    case 'year':
      return s.year === null ? value : m.chips_fiscal_year({ year: String(s.year) }, locale);
    case 'sort':
      return m.precedents_sort({ sort: s.sort }, locale);
    default:
      return value;
  }
}
