import { useCallback, useSyncExternalStore } from 'react';
import { readUrl, subscribe } from './urlStore';
import type { ViewState } from './viewState';

const wholeState = (state: ViewState) => state;

/** The current view, read from the URL; re-renders on every user step, Back and Forward. */
export function useViewState(): ViewState {
  return useViewStateField(wholeState);
}

/**
 * One field (or any value derived from the view that is a primitive or a stable reference): the component
 * re-renders only when that value changes, so a memoised view is not re-rendered by every filter change.
 * `select` should be a stable function (a module constant).
 */
export function useViewStateField<T>(select: (state: ViewState) => T): T {
  // The same function while `select` is: React re-checks the store in an effect after every render in which
  // the snapshot function is new, once per subscribed component and filter change.
  const snapshot = useCallback(() => select(readUrl().state), [select]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
