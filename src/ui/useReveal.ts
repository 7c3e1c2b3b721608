import { useEffect, useRef, type RefObject } from 'react';

/**
 * Brings a record's details into view when they open: `on: 'change'` whenever `key` becomes another record
 * (a row of a table opening details elsewhere on the page), `on: 'mount'` only when the component first shows
 * it (a record named by the link the page was opened with; later picks stay where the reader is).
 * 'nearest' scrolls only if the details are not already in sight.
 */
export function useReveal<T extends HTMLElement>(key: string | null, on: 'change' | 'mount'): RefObject<T | null> {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    const wasFirst = first.current;
    first.current = false;
    if (key === null || (on === 'mount' && !wasFirst)) return;
    ref.current?.scrollIntoView({ block: wasFirst ? 'start' : 'nearest' });
  }, [key, on]);
  return ref;
}
