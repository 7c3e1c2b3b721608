import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stopPlayback } from '../../../src/features/timeline/playback';
import { usePlayback } from '../../../src/features/timeline/usePlayback';

const extent = { first: '2025-08-01', last: '2026-06-30' };
/** The hook as the window bar and the timeline chart use it: it reads the window from the URL. */
const usePlayingTimeline = () => usePlayback(extent);

/** One interval tick at a time, each rendered, as in the browser. */
const tick = (times: number) => {
  for (let i = 0; i < times; i += 1) act(() => vi.advanceTimersByTime(500));
};

const open = (search: string) => {
  window.history.replaceState(null, '', `/${search}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

describe('usePlayback', () => {
  let push: ReturnType<typeof vi.spyOn>;
  let replace: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.useFakeTimers();
    push = vi.spyOn(window.history, 'pushState');
    replace = vi.spyOn(window.history, 'replaceState');
  });
  afterEach(() => {
    act(() => stopPlayback());
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('adds one history entry per run over the whole range: the two-month start; ticks rewrite it', () => {
    open('');
    replace.mockClear();
    const { result } = renderHook(usePlayingTimeline);
    act(() => result.current.toggle());
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=1&from=2025-08-01&to=2025-09-30');
    tick(3);
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(3);
    expect(window.location.search).toBe('?v=1&from=2025-08-22&to=2025-10-21');
    act(() => result.current.toggle());
    tick(4);
    expect(replace).toHaveBeenCalledTimes(3);
  });

  it('adds one history entry per run from a short window: the first tick; later ticks rewrite it', () => {
    open('?v=1&from=2025-09-01&to=2025-09-30');
    replace.mockClear();
    const { result } = renderHook(usePlayingTimeline);
    act(() => result.current.toggle());
    expect(push).not.toHaveBeenCalled();
    tick(1);
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=1&from=2025-09-08&to=2025-10-07');
    tick(2);
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(2);

    // A second run is a second step for Back.
    act(() => result.current.toggle());
    act(() => result.current.toggle());
    tick(1);
    expect(push).toHaveBeenCalledTimes(2);
  });

  it('is one playback for the page: the chart sees the run the bar started, and stops it', () => {
    open('?v=1&from=2025-09-01&to=2025-09-30');
    const bar = renderHook(usePlayingTimeline);
    const chart = renderHook(usePlayingTimeline);
    act(() => bar.result.current.toggle());
    expect(chart.result.current.playing).toBe(true);
    act(() => chart.result.current.toggle());
    expect(bar.result.current.playing).toBe(false);
    tick(3);
    expect(window.location.search).toBe('?v=1&from=2025-09-01&to=2025-09-30');
  });
});
