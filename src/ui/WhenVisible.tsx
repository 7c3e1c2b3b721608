import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Mounts its children once their place on the page comes near the viewport, so heavy code below the fold (a
 * chart and its library, as a lazy component) loads only when a reader scrolls towards it. The text around it is
 * not behind this: it is in the prerendered page. Printing and old browsers get it at once. The build-time
 * prerender and the browser's hydration of it both draw the placeholder, so the two match.
 */
export function WhenVisible({ children, minHeight }: { children: ReactNode; minHeight: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(
    () => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined',
  );
  useEffect(() => {
    if (visible || ref.current === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      // A screen ahead: the chart is drawn by the time it scrolls in.
      { rootMargin: '100% 0px' },
    );
    observer.observe(ref.current);
    const show = () => setVisible(true);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [visible]);
  const placeholder = <div ref={ref} style={{ minHeight }} aria-busy="true" />;
  return visible ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}
