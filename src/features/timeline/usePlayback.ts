import { useEffect, useRef, useState } from 'react';
import { setViewState } from '../../state/urlStore';
import { fromDay, nextPlayWindow, toDay, type Extent } from './timelineSelectors';

const STEP_DAYS = 7;
const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Moves the window through time. While playing the URL is rewritten in place (no history entry per tick);
 * stopping pushes one entry, so Back returns to where playback started.
 */
export function usePlayback(extent: Extent, window: { from: string; to: string }) {
  const [playing, setPlaying] = useState(false);
  const current = useRef(window);
  useEffect(() => {
    current.current = window;
  });
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      const next = nextPlayWindow(current.current.from, current.current.to, extent, STEP_DAYS);
      setViewState({ from: next.from, to: next.to }, 'replace');
    }, reducedMotion() ? 1500 : 500);
    return () => clearInterval(id);
  }, [playing, extent]);

  const toggle = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // Playing the whole range would show nothing moving: start with a two-month window.
    const span = toDay(window.to) - toDay(window.from);
    if (span > 120) setViewState({ from: extent.first, to: fromDay(toDay(extent.first) + 60) }, 'push');
    else setViewState({}, 'push');
    setPlaying(true);
  };
  return { playing, toggle, stop: () => setPlaying(false) };
}
