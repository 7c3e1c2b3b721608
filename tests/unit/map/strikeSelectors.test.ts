import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countedByDate,
  groupByArea,
  latestTotals,
  sortStrikes,
  strikesInWindow,
  tally,
  windowOfCounted,
} from '../../../src/features/map/strikeSelectors';
import { aidForMap } from '../../../src/features/map/aidSelectors';
import { minimalDatasets } from '../../fixtures/minimalDatasets';
import type { Strike } from '../../../src/data/schema/strikes';

const base = minimalDatasets().strikes.records[0]!;
const strike = (over: Partial<Strike>): Strike => ({ ...base, ...over });

describe('strike selectors', () => {
  const strikes = [
    strike({ id: 'a', date: '2025-09-02', killed: 11, boats: 1 }),
    strike({ id: 'b', date: '2025-10-21', sea: 'eastern-pacific', areaId: null, killed: 2, boats: 1 }),
    strike({
      id: 'c',
      date: '2025-12-30',
      sea: 'eastern-pacific',
      areaId: 'nowhere',
      killed: null,
      boats: 3,
      presumedDead: 8,
    }),
    strike({ id: 'd', date: '2025-10-04', counted: false, killed: null }),
  ];

  it('keeps counted strikes inside the window and sea', () => {
    expect(strikesInWindow(strikes, { from: null, to: null, sea: null }).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(strikesInWindow(strikes, { from: '2025-10-01', to: '2025-11-30', sea: null }).map((s) => s.id)).toEqual([
      'b',
    ]);
    expect(strikesInWindow(strikes, { from: null, to: null, sea: 'caribbean' }).map((s) => s.id)).toEqual(['a']);
  });

  it('finds a window by binary search with the same strikes as a plain filter, in date order', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2025, 6, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const record = fc.record({
      date: day,
      counted: fc.boolean(),
      sea: fc.constantFrom<Strike['sea']>('caribbean', 'eastern-pacific'),
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 60 }),
        fc.option(day),
        fc.option(day),
        fc.option(fc.constantFrom('caribbean' as const, 'eastern-pacific' as const)),
        (records, from, to, sea) => {
          const list = records.map((r, i) => strike({ ...r, id: `s${i}` }));
          const expected = list
            .filter(
              (s) =>
                s.counted &&
                (from === null || s.date >= from) &&
                (to === null || s.date <= to) &&
                (sea === null || s.sea === sea),
            )
            .sort((a, b) => a.date.localeCompare(b.date) || Number(a.id.slice(1)) - Number(b.id.slice(1)));
          expect(windowOfCounted(countedByDate(list), { from, to, sea }).map((s) => s.id)).toEqual(
            expected.map((s) => s.id),
          );
        },
      ),
    );
  });

  it('tallies without turning "not reported" into zero silently', () => {
    const t = tally(strikes.slice(0, 3));
    expect(t).toEqual({ strikes: 3, boats: 5, killed: 13, survivors: 0, presumedDead: 8, unreportedKilled: 1 });
  });

  it('puts every strike in a zone, the not-reported bucket, or the unknown-area list', () => {
    const g = groupByArea(minimalDatasets().strikes.areas, strikes.slice(0, 3));
    expect(g.zones.map((z) => [z.area.id, z.strikes.length])).toEqual([['south-caribbean', 1]]);
    expect(g.unplaced.map((s) => s.id)).toEqual(['b']);
    expect(g.unknownArea.map((s) => s.id)).toEqual(['c']);
    // One pass gives every tally: the zone's, the not-reported bucket's and the total.
    expect(g.zones[0]?.tally).toEqual(tally([strikes[0]!]));
    expect(g.unplacedTally).toEqual(tally([strikes[1]!]));
    expect(g.total).toEqual(tally(strikes.slice(0, 3)));
  });

  it('sorts by a column, ties broken by id, both directions', () => {
    expect(sortStrikes(strikes.slice(0, 3), 'killed', true).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(sortStrikes(strikes.slice(0, 3), 'date', false).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('shows one latest total per reporter, never an unverified one', () => {
    const t = (id: string, asOf: string, reporter: string, verification: 'confirmed' | 'unverified' = 'confirmed') => ({
      id,
      asOf,
      reporter: { en: reporter, es: reporter },
      verification,
      strikes: 1,
      boats: null,
      killed: 5,
      presumedDead: null,
      survivors: null,
      method: 'unspecified' as const,
      sourceIds: ['x'],
    });
    const totals = [
      t('1', '2025-10-01', 'AP'),
      t('2', '2025-11-01', 'AP'),
      t('3', '2025-12-01', 'Prism', 'unverified'),
      t('4', '2025-10-15', 'CNN'),
    ];
    expect(latestTotals(totals, null).map((x) => x.id)).toEqual(['2', '4']);
    expect(latestTotals(totals, '2025-10-20').map((x) => x.id)).toEqual(['4', '1']);
  });
});

describe('aid on the map', () => {
  it('names a missing year instead of showing zero', () => {
    const aid = minimalDatasets().aid;
    aid.series[0] = { ...aid.series[0]!, id: 'appropriation-state-usaid-total' };
    aid.figures[0] = { ...aid.figures[0]!, seriesId: 'appropriation-state-usaid-total' };
    expect(aidForMap(aid, 2020, null).figure?.amountUsdMillions).toBe(448);
    expect(aidForMap(aid, 2011, null)).toMatchObject({ figure: null, missingYear: 2011 });
    expect(aidForMap(aid, null, null).figure?.fiscalYear).toBe(2020);
  });
});
