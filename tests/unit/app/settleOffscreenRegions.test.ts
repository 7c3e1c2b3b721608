import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleOffscreenRegions } from '../../../src/app/settleOffscreenRegions';
import { afterLoadIdle } from '../../../src/app/whenNear';

const settled = () => document.documentElement.hasAttribute('data-settled');

/** jsdom has no requestIdleCallback: the code's timer stands in for it, as in Safari. */
describe('settling the page after load', () => {
  let readyState: DocumentReadyState;
  beforeEach(() => {
    vi.useFakeTimers();
    readyState = 'loading';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
    document.documentElement.removeAttribute('data-settled');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('marks the page only once it has loaded and the browser is idle', () => {
    settleOffscreenRegions();
    vi.advanceTimersByTime(5000);
    expect(settled(), 'not while the page is still loading').toBe(false);

    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    expect(settled(), 'not in the load event itself').toBe(false);
    vi.advanceTimersByTime(1000);
    expect(settled()).toBe(true);
  });

  it('marks a page that has already loaded at its next idle moment', () => {
    readyState = 'complete';
    settleOffscreenRegions();
    expect(settled()).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(settled()).toBe(true);
  });

  it('calls back once, and not at all when cancelled first', () => {
    const kept = vi.fn();
    const cancelled = vi.fn();
    afterLoadIdle(kept);
    const cancelBeforeLoad = afterLoadIdle(cancelled);
    cancelBeforeLoad();
    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    const cancelAfterLoad = afterLoadIdle(cancelled);
    cancelAfterLoad();
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(5000);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
