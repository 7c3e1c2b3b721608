import { formatDate } from '../i18n/format';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { setViewState } from '../state/urlStore';
import { useViewState } from '../state/useViewState';
import type { ViewState } from '../state/viewState';
import type { Lang } from '../lib/lang';
import { activeFilters, resetPatch } from './activeFilters';

/** What filters the views right now, each removable, and Reset. */
export function FilterChips() {
  const lang = useLang();
  const state = useViewState();
  const chips = activeFilters(state);
  if (chips.length === 0) return null;
  return (
    <div className="filter-chips" role="group" aria-label={m.chips_label({}, { locale: lang })}>
      <ul>
        {chips.map((c) => (
          <li key={c.key} className="chip">
            <span>
              {m.chips_field({ field: c.key }, { locale: lang })}: {chipText(c.key, c.value, state, lang)}
            </span>
            <button
              type="button"
              aria-label={m.chips_remove(
                { filter: m.chips_field({ field: c.key }, { locale: lang }) },
                { locale: lang },
              )}
              onClick={() => setViewState(c.clear)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setViewState(resetPatch(state))}>
        {m.chips_reset({}, { locale: lang })}
      </button>
    </div>
  );
}

/** A chip's value in the reader's language, where the view state holds codes (the rest are names or ids). */
function chipText(key: string, value: string, s: ViewState, lang: Lang): string {
  const locale = { locale: lang };
  switch (key) {
    case 'window':
      return `${s.from === null ? '…' : formatDate(s.from, lang)} – ${s.to === null ? '…' : formatDate(s.to, lang)}`;
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
