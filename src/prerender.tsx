import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app/App';
import { installViewState } from './app/viewStateFields';
import { datasetQuery } from './data/queries';
import { datasetNames } from './data/schema/datasetNames';
import type { AllDatasets } from './data/schema/registry';

/**
 * The page as the browser's first render of the default view draws it, English, with every dataset: rendered at
 * build time into index.html, so the title, the lede and every view's text and tables are in the page before
 * any script has run (find-in-page, printing, a slow phone). It waits for every view's chunk; the map and the
 * charts need a browser and are left to it. main.tsx hydrates this HTML when the address asks for this view.
 */
export async function renderPage(datasets: AllDatasets): Promise<string> {
  installViewState();
  const client = new QueryClient();
  for (const name of datasetNames) client.setQueryData(datasetQuery(name).queryKey, datasets[name]);
  const page = (
    <QueryClientProvider client={client}>
      <App initialIgnored={[]} />
    </QueryClientProvider>
  );
  // First pass: waits for every view's chunk (each React.lazy resolves once and stays resolved). A view that fails
  // to render would ship as its loading line: the build stops instead, naming the error.
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(page, { onError: (error) => void errors.push(error) });
  for await (const chunk of prelude) void chunk;
  if (errors.length > 0) {
    const first = errors[0];
    throw new AggregateError(
      errors,
      `The prerender failed: ${first instanceof Error ? (first.stack ?? '') : String(first)}`,
    );
  }
  // Second pass, with nothing left to wait for: plain HTML in document order. (A streamed render would reveal
  // late views with inline scripts, which the Content-Security-Policy forbids.)
  return renderToString(page);
}
