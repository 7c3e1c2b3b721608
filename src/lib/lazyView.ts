import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A view in a chunk of its own, loaded when it first renders. In the build-time prerender (Node, no window)
 * it never loads: the pre-rendered shell shows the view's loading line, as the browser's first render does,
 * and Leaflet, which needs a window to import, is never imported there.
 */
export function lazyView<T extends ComponentType<object>>(load: () => Promise<{ default: T }>): LazyExoticComponent<T> {
  return lazy(typeof window === 'undefined' ? () => new Promise<never>(() => undefined) : load);
}
