import { lazy, memo, Suspense } from 'react';
import { setViewState } from '../state/urlStore';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { DataAgeNotice } from './DataAgeNotice';
import { useViewState } from '../state/useViewState';
import { activeFilters } from './activeFilters';
import { Preferences } from './Preferences';

// Naming the filters' records and countries needs datasets and tables: a chunk of its own, loaded only when a
// filter is set (the default view has none), so the entry script stays within its budget.
const FilterChips = lazy(() => import('./FilterChips'));
// Each dataset's record count and date: in the prerendered page's HTML from the start; its script can follow.
const DatasetStrip = lazy(() => import('./DatasetStrip').then((mod) => ({ default: mod.DatasetStrip })));

// Memoised: App re-renders on every change of the view; this reads what it needs itself.
export const Header = memo(function Header() {
  const lang = useLang();
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>{m.app_title({}, { locale: lang })}</h1>
        <p className="tagline">{m.app_tagline({}, { locale: lang })}</p>
        <p className="lede">{m.app_lede({}, { locale: lang })}</p>
        {/* Its own boundary: while the prerendered page is adopted, it waits for the datasets, the header does not. */}
        <Suspense fallback={<p className="data-age" />}>
          <DataAgeNotice embed={false} />
        </Suspense>
      </div>
      <nav className="app-header__actions" aria-label={m.app_datasets({}, { locale: lang })}>
        <button type="button" onClick={() => setViewState({ panel: 'share' })}>
          {m.app_share({}, { locale: lang })}
        </button>
        <button type="button" onClick={() => setViewState({ panel: 'deck' })}>
          {m.app_present({}, { locale: lang })}
        </button>
        <button type="button" onClick={() => setViewState({ panel: 'sources' })}>
          {m.app_sources_link({}, { locale: lang })}
        </button>
        <button type="button" onClick={() => setViewState({ panel: 'corrections' })}>
          {m.app_corrections_link({}, { locale: lang })}
        </button>
      </nav>
      <Preferences />
      <Suspense fallback={null}>
        <DatasetStrip />
      </Suspense>
      <ChipsSlot />
    </header>
  );
});

/** The active filters' chips, when there are any. */
function ChipsSlot() {
  const state = useViewState();
  if (activeFilters(state).length === 0) return null;
  return (
    <Suspense fallback={null}>
      <FilterChips />
    </Suspense>
  );
}
