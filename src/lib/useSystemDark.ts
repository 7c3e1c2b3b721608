import { useSyncExternalStore } from 'react';

// One query for the page's lifetime: components read it on every render, and matchMedia builds a new one each call.
let query: MediaQueryList | null | undefined;
// jsdom (component tests) and the build-time prerender have no matchMedia: there the system scheme reads as light.
const darkQuery = (): MediaQueryList | null =>
  (query ??=
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia('(prefers-color-scheme: dark)')
      : null);

const isDark = () => darkQuery()?.matches === true;
const isDarkOnServer = () => false;

function subscribe(onChange: () => void): () => void {
  const dark = darkQuery();
  dark?.addEventListener('change', onChange);
  return () => dark?.removeEventListener('change', onChange);
}

/** Whether the system asks for a dark scheme; a component re-renders when that changes. */
export function useSystemDark(): boolean {
  return useSyncExternalStore(subscribe, isDark, isDarkOnServer);
}
