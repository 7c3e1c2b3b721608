import { lazy, Suspense, useEffect, useLayoutEffect } from 'react';
import type { IgnoredParam } from '../state/urlCodec';
import { useViewState } from '../state/useViewState';
import { useAfterPaint } from '../lib/useAfterPaint';
import { m } from '../i18n/messages';
import { LangProvider, useLang } from '../i18n/useLang';
import { DataAgeNotice } from './DataAgeNotice';
import { Header } from './Header';
import { useLinkedRecordRegion } from './useLinkedRecordRegion';
import { useUrlLang } from './useUrlLang';
import { Regions } from './Regions';
import { PresentSlot } from './PresentSlot';
import { SourcesPanelSlot } from './SourcesPanelSlot';

// Only a mistyped or damaged link needs it: out of the entry script, which every visitor downloads first.
const IgnoredParamsNotice = lazy(() => import('./IgnoredParamsNotice'));
// The offline worker's registration and its notices: after first paint, out of the entry script (issue 18).
const ConnectionNotices = lazy(() => import('./pwa/ConnectionNotices'));

interface Props {
  initialIgnored: readonly IgnoredParam[];
}

export function App({ initialIgnored }: Props) {
  const lang = useUrlLang();
  return (
    <LangProvider value={lang}>
      <AppShell initialIgnored={initialIgnored} />
    </LangProvider>
  );
}

function AppShell({ initialIgnored }: Props) {
  const lang = useLang();
  const state = useViewState();
  const { theme, embed } = state;
  const painted = useAfterPaint();
  useLinkedRecordRegion();

  // A parent's effects run after all its children's, and React flushes the effects of a URL change in the same
  // task: so this mark comes after every view committed the new state AND updated its map or chart layers in
  // effects. `npm run bench` times filter changes up to it.
  useEffect(() => {
    performance.mark('atlas:views-updated');
  }, [state]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = m.app_title({}, { locale: lang });
  }, [lang]);

  // A layout effect, so the theme is on <html> before any view's effect reads the theme's colours.
  useLayoutEffect(() => {
    if (theme === null) delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <>
      <a className="skip-link" href="#main">
        {m.app_skip_to_content({}, { locale: lang })}
      </a>
      {embed ? <DataAgeNotice embed /> : <Header />}
      {initialIgnored.length === 0 ? null : (
        <Suspense fallback={null}>
          <IgnoredParamsNotice ignored={initialIgnored} />
        </Suspense>
      )}
      <PresentSlot />
      {/* static=1 (embeds): the views are shown but cannot be operated. */}
      <main id="main" tabIndex={-1} inert={state.static}>
        <Regions />
      </main>
      {embed ? null : (
        <footer className="app-footer">
          <p>{m.app_footer({}, { locale: lang })}</p>
        </footer>
      )}
      <SourcesPanelSlot />
      {painted ? (
        <Suspense fallback={null}>
          <ConnectionNotices />
        </Suspense>
      ) : null}
    </>
  );
}
