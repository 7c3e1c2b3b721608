import { useDeferredValue, useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the build-time prerender and while React hydrates that HTML in the browser (React then uses the
 * server snapshot), true in every other render. What must match the prerendered HTML reads it: a component
 * renders what the build rendered until hydration is done, then re-renders with what only the browser knows.
 *
 * The change to true comes as a deferred update: React re-renders a store's readers synchronously once the part
 * is adopted, which redrew every adopted view in one long task (35 ms unthrottled, 140 ms on a slow phone, one per
 * view). Deferred, that urgent pass sees the same value and stops at once; the real one yields as it goes.
 */
export function useHydrated(): boolean {
  return useDeferredValue(
    useSyncExternalStore(
      noSubscription,
      () => true,
      () => false,
    ),
  );
}
