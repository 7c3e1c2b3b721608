import { subscribe } from '../state/urlStore';

/** How long after the load event a view below the fold waits for an idle moment before it loads anyway. */
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
    const whenIdle = () => afterIdle(done);
    function done() {
      observer.disconnect();
      unsubscribe();
      window.removeEventListener('beforeprint', done);
      window.removeEventListener('load', whenIdle);
      resolve();
    }
    observer.observe(element);
    window.addEventListener('beforeprint', done);
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle);
  });
}

function afterIdle(callback: () => void): void {
  // Safari has no requestIdleCallback: a short timer stands in.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  else window.setTimeout(callback, 200);
}
