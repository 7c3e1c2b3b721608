import { memo } from 'react';
import { setViewState } from '../state/urlStore';
import { useT } from '../i18n/useT';
import { DatasetStrip } from './DatasetStrip';
import { FilterChips } from './FilterChips';
import { Preferences } from './Preferences';

// Memoised: App re-renders on every change of the view; this reads what it needs itself.
export const Header = memo(function Header() {
  const t = useT();
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <p className="lede">{t('app.lede')}</p>
      </div>
      <nav className="app-header__actions" aria-label={t('app.datasets')}>
        <button type="button" onClick={() => setViewState({ panel: 'share' })}>
          {t('app.share')}
        </button>
        <button type="button" onClick={() => setViewState({ panel: 'deck' })}>
          {t('app.present')}
        </button>
        <button type="button" onClick={() => setViewState({ panel: 'sources' })}>
          {t('app.sourcesLink')}
        </button>
        <button type="button" onClick={() => setViewState({ panel: 'corrections' })}>
          {t('app.correctionsLink')}
        </button>
      </nav>
      <Preferences />
      <DatasetStrip />
      <FilterChips />
    </header>
  );
});
