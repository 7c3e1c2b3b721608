import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A view in a chunk of its own, loaded when it first renders. The build-time prerender loads it too (it waits
 * for every view), so the page's HTML holds each view's text and tables; what needs a browser to import
 * (Leaflet) is loaded by the views themselves behind WhenVisible, which the prerender never mounts.
 */
export function lazyView<T extends ComponentType<object>>(load: () => Promise<{ default: T }>): LazyExoticComponent<T> {
  return lazy(load);
}
