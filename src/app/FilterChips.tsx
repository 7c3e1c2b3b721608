import { useQuery } from '@tanstack/react-query';
import { eventsQuery, precedentsQuery, strikesQuery } from '../data/queries';
import { m } from '../i18n/messages';
import { localized, useLang } from '../i18n/useLang';
import { setViewState } from '../state/urlStore';
import { useViewState } from '../state/useViewState';
import { activeFilters, resetPatch } from './activeFilters';
import { chipText, type ChipNames } from './chipText';

/**
 * What filters the views right now, each removable, and Reset. Loaded lazily (Header's ChipsSlot) only when a filter
 * is set: naming records needs their datasets and the country names, which the entry script cannot carry.
 */
export default function FilterChips() {
  const lang = useLang();
  const state = useViewState();
  const chips = activeFilters(state);
  // A dataset is asked for only when a chip names one of its records (the views usually have it loaded already).
  const events = useQuery({ ...eventsQuery, enabled: state.event !== null });
  const precedents = useQuery({ ...precedentsQuery, enabled: state.precedent !== null || state.compare !== null });
  const strikes = useQuery({ ...strikesQuery, enabled: state.area !== null });
  const names: ChipNames = {
    events: new Map(events.data?.records.map((e) => [e.id, localized(e.title, lang)])),
    precedents: new Map(precedents.data?.cases.map((c) => [c.id, `${localized(c.country, lang)} — ${c.leader}`])),
    areas: new Map(strikes.data?.areas.map((a) => [a.id, localized(a.name, lang)])),
  };
  if (chips.length === 0) return null;
  return (
    <div className="filter-chips" role="group" aria-label={m.chips_label({}, { locale: lang })}>
      <ul>
        {chips.map((c) => {
          const field = m.chips_field({ field: c.key }, { locale: lang });
          const text = chipText(c.key, c.value, state, lang, names);
          return (
            <li key={c.key} className="chip">
              <span>
                {field}: {text}
              </span>
              <button
                type="button"
                aria-label={m.chips_remove({ filter: `${field}: ${text}` }, { locale: lang })}
                title={m.chips_remove({ filter: `${field}: ${text}` }, { locale: lang })}
                onClick={() => setViewState(c.clear)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => setViewState(resetPatch(state))}>
        {m.chips_reset({}, { locale: lang })}
      </button>
    </div>
  );
}
