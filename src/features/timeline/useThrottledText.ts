import { useEffect, useRef, useState } from 'react';

/**
 * Text for a live region that changes at most once per `ms`, keeping the latest: playback moves the window twice
 * a second, and a screen reader reading every step would never finish one.
 */
export function useThrottledText(text: string, ms: number): string {
  const [said, setSaid] = useState(text);
  const lastSaid = useRef(0);
  useEffect(() => {
    if (text === said) return;
    const id = setTimeout(
      () => {
        lastSaid.current = Date.now();
        setSaid(text);
      },
      Math.max(0, lastSaid.current + ms - Date.now()),
    );
    return () => clearTimeout(id);
  }, [text, said, ms]);
  return said;
}
