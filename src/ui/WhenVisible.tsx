import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Mounts its children once their place on the page comes near the viewport, so a view below the fold
 * (and its chart library) loads only when a reader scrolls to it. Printing and old browsers get it at once.
 */
export function WhenVisible({ children, minHeight }: { children: ReactNode; minHeight: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // The build-time prerender (Node, no window) draws the placeholder, as the browser's first render does.
  const [visible, setVisible] = useState(
    () => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined',
  );
  useEffect(() => {
    if (visible || ref.current === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      { rootMargin: '0px' },
    );
    observer.observe(ref.current);
    const show = () => setVisible(true);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [visible]);
  return visible ? <>{children}</> : <div ref={ref} style={{ minHeight }} aria-busy="true" />;
}
