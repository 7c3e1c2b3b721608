import { subscribe } from '../state/urlStore';

/**
 * Resolves once the element with this id comes within a screen of the viewport, the page is printed, or the
 * view state changes (the prerendered HTML no longer shows the state, so the view must become live), whichever
 * is first. Resolves at once where there is no such element or no IntersectionObserver.
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
    function done() {
      observer.disconnect();
      unsubscribe();
      window.removeEventListener('beforeprint', done);
      resolve();
    }
    observer.observe(element);
    window.addEventListener('beforeprint', done);
  });
}
