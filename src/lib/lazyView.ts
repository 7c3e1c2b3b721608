import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

let adopting = false;

/**
 * main.tsx calls this before React adopts the prerendered page (hydration): a view below the fold then keeps its
 * prerendered HTML, readable and searchable, and loads its script only when `until` says so (it comes near, or
 * the browser is idle).
 */
export function deferViewsBelowFold(): void {
  adopting = true;
}

/**
 * A view in a chunk of its own, loaded when it first renders. The build-time prerender loads it too (it waits
 * for every view), so the page's HTML holds each view's text and tables; what needs a browser to import
 * (Leaflet) is loaded by the views themselves, which the prerender never mounts. `until`, for a view below the
 * fold, delays the load while React adopts the prerendered page; a page drawn afresh loads every view at once.
 */
export function lazyView<T extends ComponentType<object>>(
  load: () => Promise<{ default: T }>,
  until?: () => Promise<void>,
): LazyExoticComponent<T> {
  return lazy(() => (adopting && until !== undefined ? until().then(load) : load()));
}
