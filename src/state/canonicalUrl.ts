import { useHydrated } from '../lib/useHydrated';
import { useViewStateField } from './useViewState';
import type { ViewState } from './viewState';
import { serialize } from './viewStateCodec';

/**
 * The shareable address of a view: the codec's canonical query (no open side panel, unless `panel` names the one
 * the link is about), on this page's origin and path, with an optional fragment (a region id) to land on.
 */
export function canonicalUrlOf(state: ViewState, options: { hash?: string; panel?: ViewState['panel'] } = {}): string {
  const query = serialize({ ...state, panel: options.panel ?? null });
  const hash = options.hash === undefined || options.hash === '' ? '' : `#${options.hash}`;
  return `${window.location.origin}${window.location.pathname}${query === '' ? '' : `?${query}`}${hash}`;
}

/** The whole work's address: the app's page with no view state. */
export const workUrl = (): string => `${window.location.origin}${window.location.pathname}`;

const canonicalOfState = (state: ViewState) => canonicalUrlOf(state);
const canonicalWithSources = (state: ViewState) => canonicalUrlOf(state, { panel: 'sources' });
const notKnownYet = () => '';

/**
 * The canonical address of the current view (with the sources panel open, for a citation of that list);
 * re-renders only when it changes. Empty in the build-time prerender and its hydration: the build does not know
 * the address the page is served from.
 */
export function useCanonicalUrl(panel: 'sources' | null = null): string {
  const hydrated = useHydrated();
  return useViewStateField(hydrated ? (panel === 'sources' ? canonicalWithSources : canonicalOfState) : notKnownYet);
}
