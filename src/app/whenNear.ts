import { subscribe } from '../state/urlStore';

/** How long after the load event an idle-time callback waits for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Resolves once the element with this id comes within a screen of the viewport, the page is printed, the view
 * state changes (the prerendered HTML no longer shows the state, so the view must become live), or the browser is
 * first idle after the page has loaded, whichever is first. The last keeps the view's script off the first
 * screen's critical path while making sure it is live before a reader's hand gets there: a control used before
 * its view is live would do nothing. Resolves at once where there is no such element or no IntersectionObserver.
 */
export function whenNear(id: string): Promise<void> {
  return new Promise((resolve) => {
    const element = document.getElementById(id);
    if (element === null || typeof IntersectionObserver === 'undefined') {
      resolve();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) done();
      },
      { rootMargin: '100% 0px' },
    );
    const unsubscribe = subscribe(() => done());
    const cancelIdle = afterLoadIdle(done);
    function done() {
      observer.disconnect();
      unsubscribe();
      window.removeEventListener('beforeprint', done);
      cancelIdle();
      resolve();
    }
    observer.observe(element);
    window.addEventListener('beforeprint', done);
  });
}

/**
 * Calls back at the browser's first idle moment after the load event (the next one if the page has loaded).
 * Returns a function that cancels the call if it has not happened yet.
 */
export function afterLoadIdle(callback: () => void): () => void {
  let idle: (() => void) | null = null;
  const whenIdle = () => {
    // Safari has no requestIdleCallback: a short timer stands in.
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
      idle = () => cancelIdleCallback(handle);
    } else {
      const handle = window.setTimeout(callback, 200);
      idle = () => window.clearTimeout(handle);
    }
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
  return () => {
    window.removeEventListener('load', whenIdle);
    idle?.();
  };
}
