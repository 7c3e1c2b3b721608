import { afterLoadIdle } from './whenNear';

/**
 * Marks the page settled at the browser's first idle moment after load: from then on, app.css lays out the
 * regions below the map only when they come near the viewport.
 */
export function settleOffscreenRegions(): void {
  afterLoadIdle(() => document.documentElement.setAttribute('data-settled', ''));
}
