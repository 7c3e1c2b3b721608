import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { installViewState } from './app/viewStateFields';

/**
 * The page as the browser's first render draws it (default view, English, no data yet), rendered at build
 * time into index.html so a phone paints the title, lede and view headings before any script has run.
 * main.tsx then renders over it with the real URL's view.
 */
export function renderShell(): string {
  installViewState();
  return renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <App initialIgnored={[]} />
    </QueryClientProvider>,
  );
}
