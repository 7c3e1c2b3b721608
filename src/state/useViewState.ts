import { useSyncExternalStore } from 'react';
import { readUrl, subscribe } from './urlStore';
import type { ViewState } from './viewState';

const serverSnapshot = () => readUrl();

/** The current view, read from the URL; re-renders on every user step, Back and Forward. */
export function useViewState(): ViewState {
  return useSyncExternalStore(subscribe, readUrl, serverSnapshot).state;
}
