import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installViewState } from './app/viewStateFields';
import { datasetLoader } from './data/queries';
import { canonicalizeUrl, readUrl } from './state/urlStore';
import './app/app.css';

installViewState();
// What the opening link asked for but could not be used is reported once, then the address bar is cleaned.
const { ignored } = readUrl();
canonicalizeUrl();
// The dataset loader and its worker start now, in parallel with the first render. If its script cannot be
// downloaded, each view that asks for data says so.
datasetLoader().catch(() => undefined);

// One automatic retry for a flaky network; after that the view shows the error and its Retry button.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// As a transition, the first render yields to the browser every few milliseconds instead of blocking a slow
// phone's main thread for one long task.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App initialIgnored={ignored} />
      </QueryClientProvider>
    </StrictMode>,
  );
});
