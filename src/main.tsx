import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { settleOffscreenRegions } from './app/settleOffscreenRegions';
import { installViewState } from './app/viewStateFields';
import { datasetLoader } from './data/queries';
import { browserLang } from './i18n/browserLang';
import { deferViewsBelowFold } from './lib/lazyView';
import { canonicalizeUrl, readUrl } from './state/urlStore';
import './app/app.css';
// Embeds' title, credit, one-chart and static rules: with the page's CSS, so a static embed never shows its controls.
import './app/embed.css';

// The app starts in a task of its own, after the one that evaluates the modules: on a slow phone the two together
// were the longest task after the prerendered page's first paint.
window.setTimeout(start, 0);

function start() {
  installViewState();
  // What the opening link asked for but could not be used is reported once, then the address bar is cleaned.
  const { ignored } = readUrl();
  canonicalizeUrl();
  // The dataset loader and its worker start now, in parallel with the first render. If its script cannot be
  // downloaded, each view that asks for data says so.
  datasetLoader().catch(() => undefined);

  // offlineFirst: a query runs even when the browser says it is offline, so the service worker can answer it from
  // its cache (the default, 'online', leaves it paused: the view would say "loading" for ever). One automatic retry
  // for a flaky network, none offline (a retry would wait for the network): the view shows the error and its Retry.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: (failures) => failures < 1 && navigator.onLine, networkMode: 'offlineFirst' } },
  });
  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root element');

  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App initialIgnored={ignored} />
      </QueryClientProvider>
    </StrictMode>
  );

  // index.html holds the default view, in English, drawn with every dataset by the build (src/prerender.tsx). When
  // the address asks for exactly that, React adopts that HTML instead of replacing it: the page the reader already
  // sees (and can search and print) stays. The shell is live at once; each part drawn from the datasets waits for
  // them (useDatasetsBeforeAdopting) with its prerendered HTML in place, and the views below the fold wait until the
  // reader comes near them or the browser is idle (whenNear). Any other address (a filter, a record, Spanish, a
  // mistyped parameter) is drawn afresh.
  const isPrerenderedView = window.location.search === '' && ignored.length === 0 && browserLang() === 'en';
  if (isPrerenderedView && root.firstElementChild !== null) {
    deferViewsBelowFold();
    hydrateRoot(root, app, {
      // A part adopted late, after the reader changed the view state, no longer matches its prerendered HTML: React
      // draws it afresh, as intended. Reported quietly, not as an error.
      onRecoverableError: (error) => console.warn('Sanctions Atlas: redrawn instead of adopted', error),
    });
  } else {
    // As a transition, the first render yields to the browser every few milliseconds instead of blocking a slow
    // phone's main thread for one long task.
    startTransition(() => createRoot(root).render(app));
  }
  settleOffscreenRegions();
}
