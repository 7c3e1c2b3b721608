import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CrisisEvent } from '../../../src/data/schema/events';
import {
  effectiveWindow,
  eventExtent,
  eventsInWindow,
  fromDay,
  nextPlayWindow,
  position,
  toDay,
} from '../../../src/features/timeline/timelineSelectors';
import { minimalDatasets } from '../../fixtures/minimalDatasets';

const base = minimalDatasets().events.records[0]!;
const event = (id: string, date: string): CrisisEvent => ({ ...base, id, date });
const extent = { first: '2025-08-01', last: '2026-06-30' };
const isoDay = fc.integer({ min: toDay('2024-01-01'), max: toDay('2027-12-31') }).map(fromDay);

describe('timeline selectors', () => {
  it('counts days both ways, across a leap day', () => {
    expect(toDay('2024-03-01') - toDay('2024-02-28')).toBe(2);
    fc.assert(
      fc.property(isoDay, (d) => {
        expect(fromDay(toDay(d))).toBe(d);
      }),
    );
  });

  it('spans the events, whatever their order, with a fallback for none', () => {
    expect(eventExtent([event('b', '2026-02-01'), event('a', '2025-09-03'), event('c', '2025-12-24')])).toEqual({
      first: '2025-09-03',
      last: '2026-02-01',
    });
    expect(eventExtent([])).toEqual({ first: '2025-01-01', last: '2026-12-31' });
  });

  it('applies the URL window clamped to the data, saying when it clamped', () => {
    expect(effectiveWindow(null, null, extent)).toEqual({ from: extent.first, to: extent.last, clamped: false });
    expect(effectiveWindow('2025-09-01', '2025-10-31', extent)).toEqual({
      from: '2025-09-01',
      to: '2025-10-31',
      clamped: false,
    });
    expect(effectiveWindow('2019-01-01', '2030-01-01', extent)).toEqual({
      from: extent.first,
      to: extent.last,
      clamped: true,
    });
    // A window wholly after the data collapses onto its last day rather than ending before it starts.
    expect(effectiveWindow('2027-01-01', '2027-02-01', extent)).toEqual({
      from: extent.last,
      to: extent.last,
      clamped: true,
    });
  });

  it('always yields a window inside the data that starts no later than it ends', () => {
    fc.assert(
      fc.property(fc.option(isoDay, { nil: null }), fc.option(isoDay, { nil: null }), (from, to) => {
        const w = effectiveWindow(from, to, extent);
        expect(w.from <= w.to).toBe(true);
        expect(w.from >= extent.first && w.to <= extent.last).toBe(true);
      }),
    );
  });

  it('lists the events in the window, both ends included, by date then id', () => {
    const events = [
      event('z', '2025-10-01'),
      event('late', '2025-11-01'),
      event('a', '2025-10-01'),
      event('early', '2025-09-30'),
      event('end', '2025-10-31'),
    ];
    expect(eventsInWindow(events, '2025-10-01', '2025-10-31').map((e) => e.id)).toEqual(['a', 'z', 'end']);
  });

  it('plays forward a step at a time, keeping the span, and wraps to the start after the end', () => {
    expect(nextPlayWindow('2025-09-01', '2025-10-31', extent, 7)).toEqual({ from: '2025-09-08', to: '2025-11-07' });
    expect(nextPlayWindow('2026-04-27', '2026-06-26', extent, 7)).toEqual({ from: extent.first, to: '2025-09-30' });
  });

  it('places dates on the axis between 0 and 1', () => {
    expect(position(extent.first, extent)).toBe(0);
    expect(position(extent.last, extent)).toBe(1);
    expect(position('2020-01-01', extent)).toBe(0);
    expect(position('2030-01-01', extent)).toBe(1);
    expect(position('2026-01-14', extent)).toBeCloseTo((toDay('2026-01-14') - toDay(extent.first)) / 333, 6);
  });
});
