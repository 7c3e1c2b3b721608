import { describe, expect, it } from 'vitest';
import { checkWindowEnd, isWholeDate, windowPatch } from '../../../src/features/timeline/windowValidation';

const extent = { first: '2025-08-01', last: '2026-06-30' };
const applied = { from: '2025-09-01', to: '2025-12-31' };

describe('isWholeDate', () => {
  it('accepts a real day and refuses what a half-filled date input or a bad link gives', () => {
    expect(isWholeDate('2025-10-01')).toBe(true);
    expect(isWholeDate('2024-02-29')).toBe(true);
    for (const bad of ['', '2025-02-30', '2025-13-01', '2025-1-01', '10/01/2025', '2025-10-01T00:00'])
      expect(isWholeDate(bad), bad).toBe(false);
  });
});

describe('checkWindowEnd', () => {
  it('applies a whole date inside the data and on the right side of the other end', () => {
    expect(checkWindowEnd('from', '2025-10-01', applied, extent)).toEqual({
      ok: true,
      from: '2025-10-01',
      to: '2025-12-31',
    });
    expect(checkWindowEnd('to', '2026-01-15', applied, extent)).toEqual({
      ok: true,
      from: '2025-09-01',
      to: '2026-01-15',
    });
    // A one-day window is a window.
    expect(checkWindowEnd('from', '2025-12-31', applied, extent).ok).toBe(true);
    expect(checkWindowEnd('to', '2025-09-01', applied, extent).ok).toBe(true);
  });

  it('refuses a half-typed year (the keystroke that used to end the window at 0005-01-20)', () => {
    expect(checkWindowEnd('to', '0005-01-20', applied, extent)).toEqual({ ok: false, problem: 'outside' });
    expect(checkWindowEnd('from', '', applied, extent)).toEqual({ ok: false, problem: 'incomplete' });
  });

  it('refuses dates outside the data, at either end', () => {
    expect(checkWindowEnd('from', '2025-07-31', applied, extent)).toEqual({ ok: false, problem: 'outside' });
    expect(checkWindowEnd('to', '2026-07-01', applied, extent)).toEqual({ ok: false, problem: 'outside' });
    expect(checkWindowEnd('from', extent.first, applied, extent).ok).toBe(true);
    expect(checkWindowEnd('to', extent.last, applied, extent).ok).toBe(true);
  });

  it('refuses a window that would end before it starts, naming the end typed', () => {
    expect(checkWindowEnd('from', '2026-01-01', applied, extent)).toEqual({ ok: false, problem: 'from-after-to' });
    expect(checkWindowEnd('to', '2025-08-31', applied, extent)).toEqual({ ok: false, problem: 'to-before-from' });
  });
});

describe('windowPatch', () => {
  it('leaves the data’s own ends out of the URL', () => {
    expect(windowPatch(extent.first, extent.last, extent)).toEqual({ from: null, to: null });
    expect(windowPatch('2025-09-01', extent.last, extent)).toEqual({ from: '2025-09-01', to: null });
    expect(windowPatch(extent.first, '2025-12-31', extent)).toEqual({ from: null, to: '2025-12-31' });
  });
});
