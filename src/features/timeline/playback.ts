import { readUrl, setViewState } from '../../state/urlStore';
import { effectiveWindow, fromDay, nextPlayWindow, toDay, type Extent } from './timelineSelectors';

/**
 * One playback for the page: the window bar's Play button and the timeline chart's Space key start and stop the
 * same run. A run adds exactly one history entry (so Back returns to where it started); every later tick rewrites
 * that entry in place.
 */
const STEP_DAYS = 7;
const reducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

let timer: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((onChange) => onChange());

export const isPlaying = (): boolean => timer !== null;

export function subscribePlayback(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
  };
}

const appliedWindow = (extent: Extent) => {
  const { from, to } = readUrl().state;
  return effectiveWindow(from, to, extent);
};

export function startPlayback(extent: Extent): void {
  if (timer !== null) return;
  // Playing the whole range would show nothing moving: start with a two-month window.
  const shown = appliedWindow(extent);
  let pushed = toDay(shown.to) - toDay(shown.from) > 120;
  if (pushed) setViewState({ from: extent.first, to: fromDay(toDay(extent.first) + 60) }, 'push');
  timer = setInterval(
    () => {
      const current = appliedWindow(extent);
      const next = nextPlayWindow(current.from, current.to, extent, STEP_DAYS);
      setViewState({ from: next.from, to: next.to }, pushed ? 'replace' : 'push');
      pushed = true;
    },
    reducedMotion() ? 1500 : 500,
  );
  notify();
}

export function stopPlayback(): void {
  if (timer === null) return;
  clearInterval(timer);
  timer = null;
  notify();
}
