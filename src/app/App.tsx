import { lazy, Suspense, useEffect, useLayoutEffect } from 'react';
import type { IgnoredParam } from '../state/urlCodec';
import { useViewState } from '../state/useViewState';
import { useAfterPaint } from '../lib/useAfterPaint';
import { lazyView } from '../lib/lazyView';
import { m } from '../i18n/messages';
import { LangProvider, useLang } from '../i18n/useLang';
import { DataAgeNotice } from './DataAgeNotice';
import { Header } from './Header';
import { useLinkedRecordRegion } from './useLinkedRecordRegion';
import { useUrlLang } from './useUrlLang';
import { Regions } from './Regions';
import { PresentSlot } from './PresentSlot';
import { SourcesPanelSlot } from './SourcesPanelSlot';
import { EMBED_CHART_REGION } from './shellUrlFields';

// Only a mistyped or damaged link needs it: out of the entry script, which every visitor downloads first.
const IgnoredParamsNotice = lazy(() => import('./IgnoredParamsNotice'));
// The offline worker's registration and its notices: after first paint, out of the entry script (issue 18).
const ConnectionNotices = lazy(() => import('./pwa/ConnectionNotices'));
// An embed's title and credit: only embeds need them.
const EmbedTitle = lazy(() => import('./EmbedCredit').then((mod) => ({ default: mod.EmbedTitle })));
// The time window's sticky bar (issue 16): the timeline feature's, in its own chunk.
const WindowBar = lazyView(() => import('../features/timeline/WindowBar'));
const EmbedCredit = lazy(() => import('./EmbedCredit').then((mod) => ({ default: mod.EmbedCredit })));
// The footer (licence, code, contact) is at the bottom of a prerendered page: its HTML is there from the start,
// its script can follow.
const Footer = lazy(() => import('./Footer').then((mod) => ({ default: mod.Footer })));

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
  // chart=… shows one chart, in an embed only: the full page always shows every view.
  const embedChart = embed ? state.chart : null;
  const painted = useAfterPaint();
  useLinkedRecordRegion();

  // A parent's effects run after all its children's, and React flushes the effects of a URL change in the same
  // task: so this mark comes after every view committed the new state AND updated its map or chart layers in
  // effects. `npm run bench` times filter changes up to it.
  useEffect(() => {
    performance.mark('atlas:views-updated');
  }, [state]);

  useEffect(() => {
    // Only a change: setting <html lang> at all, even to the same value, restyles every element of the page
    // (about 30 ms of a slow phone's main thread once the prerendered page is adopted).
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    document.title = m.app_title({}, { locale: lang });
  }, [lang]);

  // A layout effect, so the theme is on <html> before any view's effect reads the theme's colours.
  useLayoutEffect(() => {
    if (theme === null) delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  // public/lang-gate.js hid the prerendered English page for a Spanish reader: the page is now in their language.
  useLayoutEffect(() => {
    delete document.documentElement.dataset.langPending;
  }, [lang]);

  return (
    <>
      <a className="skip-link" href="#main">
        {m.app_skip_to_content({}, { locale: lang })}
      </a>
      {embed ? (
        <>
          <Suspense fallback={null}>
            <EmbedTitle chart={embedChart} />
          </Suspense>
          <DataAgeNotice embed />
        </>
      ) : (
        <Header />
      )}
      {initialIgnored.length === 0 ? null : (
        <Suspense fallback={null}>
          <IgnoredParamsNotice ignored={initialIgnored} />
        </Suspense>
      )}
      {/* Not in embeds or on a presenter's slide; until it loads, its room is kept so nothing below moves. */}
      {embed || state.slide !== null ? null : (
        <Suspense fallback={<div className="window-bar-space" />}>
          <WindowBar />
        </Suspense>
      )}
      <PresentSlot />
      {/* static=1 (embeds): the views are shown but cannot be operated, and their controls are hidden (embed.css). */}
      <main
        id="main"
        tabIndex={-1}
        inert={state.static}
        data-static={state.static ? '' : undefined}
        data-embed-chart={embedChart ?? undefined}
      >
        <Regions only={embedChart === null ? null : EMBED_CHART_REGION[embedChart]} />
      </main>
      {embed ? (
        <Suspense fallback={null}>
          <EmbedCredit />
        </Suspense>
      ) : (
        <Suspense fallback={null}>
          <Footer />
        </Suspense>
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
