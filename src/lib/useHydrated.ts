import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the build-time prerender and while React hydrates that HTML in the browser (React then uses the
 * server snapshot), true in every other render. What must match the prerendered HTML reads it: a component
 * renders what the build rendered until hydration is done, then re-renders with what only the browser knows.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
