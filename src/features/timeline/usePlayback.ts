import { useEffect, useRef, useState } from 'react';
import { setViewState } from '../../state/urlStore';
import { fromDay, nextPlayWindow, toDay, type Extent } from './timelineSelectors';

const STEP_DAYS = 7;
const reducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Moves the window through time. A playback run adds exactly one history entry (so Back returns to where it
 * started); every later tick rewrites that entry in place.
 */
export function usePlayback(extent: Extent, shown: { from: string; to: string }) {
  const [playing, setPlaying] = useState(false);
  const current = useRef(shown);
  const pushed = useRef(false);
  useEffect(() => {
    current.current = shown;
  });
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(
      () => {
        const next = nextPlayWindow(current.current.from, current.current.to, extent, STEP_DAYS);
        setViewState({ from: next.from, to: next.to }, pushed.current ? 'replace' : 'push');
        pushed.current = true;
      },
      reducedMotion() ? 1500 : 500,
    );
    return () => clearInterval(id);
  }, [playing, extent]);

  const toggle = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // Playing the whole range would show nothing moving: start with a two-month window.
    const span = toDay(shown.to) - toDay(shown.from);
    pushed.current = span > 120;
    if (pushed.current) setViewState({ from: extent.first, to: fromDay(toDay(extent.first) + 60) }, 'push');
    setPlaying(true);
  };
  return { playing, toggle, stop: () => setPlaying(false) };
}
