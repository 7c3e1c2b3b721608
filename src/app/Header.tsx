import { setViewState } from '../state/urlStore';
import { useT } from '../i18n/useT';
import { DatasetStrip } from './DatasetStrip';

export function Header() {
  const t = useT();
  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <nav className="app-header__actions" aria-label={t('app.datasets')}>
        <button type="button" onClick={() => setViewState({ panel: 'sources' })}>
          {t('app.sourcesLink')}
        </button>
        <button type="button" onClick={() => setViewState({ panel: 'corrections' })}>
          {t('app.correctionsLink')}
        </button>
      </nav>
      <DatasetStrip />
    </header>
  );
}
