import type { ParsedUrl } from './urlCodec';
import type { ViewState, ViewStatePatch } from './viewState';
import { parse, serialize } from './viewStateCodec';

/**
 * The URL is the store. A small hand-written store on useSyncExternalStore rather than nuqs: the app needs ONE
 * codec for the whole state (versioned, with migrations and an "ignored" report), synchronous URL writes (so a
 * change and its URL are never out of step in tests or shared links), and push-vs-replace per step.
 */
const NAVIGATE_EVENT = 'atlas:navigate';

let cachedSearch: string | null = null;
let cachedParse: ParsedUrl<ViewState> | null = null;

// Reading location.search is slow, and React reads the store once per subscribed component: read it only after
// a navigation. One pair of window listeners notes it and then tells every subscriber: a listener per component
// made each filter change dispatch the event to a few hundred of them.
let navigated = true;
const subscribers = new Set<() => void>();
const notify = () => {
  navigated = true;
  subscribers.forEach((onChange) => onChange());
};
if (typeof window !== 'undefined') {
  window.addEventListener('popstate', notify);
  window.addEventListener(NAVIGATE_EVENT, notify);
}

export function readUrl(): ParsedUrl<ViewState> {
  if (!navigated && cachedParse !== null) return cachedParse;
  navigated = false;
  // At build time the shell is pre-rendered in Node, where there is no address: it shows the default view.
  const search = typeof window === 'undefined' ? '' : window.location.search;
  if (search !== cachedSearch || cachedParse === null) {
    const next = parse(search);
    cachedSearch = search;
    cachedParse = cachedParse === null ? next : { ...next, state: keepUnchangedFields(cachedParse.state, next.state) };
  }
  return cachedParse;
}

/**
 * Every parse builds new arrays and objects (map layers, compared set, map position, deck). A field whose
 * value did not change keeps its previous object, so memoised views and selectors keyed on it skip the work.
 */
function keepUnchangedFields(previous: ViewState, next: ViewState): ViewState {
  const merged = { ...next };
  const keep = <K extends keyof ViewState>(key: K) => {
    const value = next[key];
    if (typeof value === 'object' && value !== null && JSON.stringify(value) === JSON.stringify(previous[key]))
      merged[key] = previous[key];
  };
  (Object.keys(next) as (keyof ViewState)[]).forEach(keep);
  return merged;
}

export function subscribe(onChange: () => void): () => void {
  subscribers.add(onChange);
  return () => {
    subscribers.delete(onChange);
  };
}

export function urlFor(state: ViewState): string {
  const query = serialize(state);
  return `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
}

export type HistoryMode = 'push' | 'replace';

/** Applies a change to the view: a user step pushes a history entry so Back undoes it. */
export function setViewState(
  patch: ViewStatePatch | ((s: ViewState) => ViewStatePatch),
  mode: HistoryMode = 'push',
): void {
  const current = readUrl().state;
  const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
  const url = urlFor(next);
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Rewrites the address bar to the canonical form of what was understood (drops junk), without a history entry. */
export function canonicalizeUrl(): void {
  setViewState({}, 'replace');
}
