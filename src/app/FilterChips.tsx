import { useT } from '../i18n/useT';
import { setViewState } from '../state/urlStore';
import { useViewState } from '../state/useViewState';
import type { TranslationKey } from '../i18n/en';
import { activeFilters, resetPatch } from './activeFilters';

/** What filters the views right now, each removable, and Reset. */
export function FilterChips() {
  const t = useT();
  const state = useViewState();
  const chips = activeFilters(state);
  if (chips.length === 0) return null;
  return (
    <div className="filter-chips" role="group" aria-label={t('chips.label')}>
      <ul>
        {chips.map((c) => (
          <li key={c.key} className="chip">
            <span>
              {t(`chips.${c.key}` as TranslationKey)}: {c.value}
            </span>
            <button
              type="button"
              aria-label={t('chips.remove', { filter: t(`chips.${c.key}` as TranslationKey) })}
              onClick={() => setViewState(c.clear)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setViewState(resetPatch(state))}>
        {t('chips.reset')}
      </button>
    </div>
  );
}
