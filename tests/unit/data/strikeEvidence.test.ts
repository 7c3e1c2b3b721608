import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/data/reconciliation';
import type { Strike, StrikeTotal } from '../../../src/data/schema/strikes';
import { gradeCounts, gradeHeadline, withGrades } from '../../../src/data/strikeGrades';
import { minimalDatasets } from '../../fixtures/minimalDatasets';

const base = minimalDatasets().strikes.records[0]!;
const strike = (id: string, date: string, over: Partial<Strike> = {}): Strike => ({ ...base, id, date, ...over });
const total = (id: string, asOf: string, killed: number, over: Partial<StrikeTotal> = {}): StrikeTotal => ({
  id,
  asOf,
  strikes: null,
  boats: null,
  killed,
  presumedDead: null,
  survivors: null,
  method: 'unspecified',
  reporter: { en: 'AP', es: 'AP' },
  verification: 'confirmed',
  sourceIds: ['treasury-1'],
  ...over,
});

const strikes = [
  strike('a', '2026-01-10', { killed: 3, presumedDead: 0, grade: 'confirmed' }),
  strike('b', '2026-02-10', { killed: 2, presumedDead: 1, grade: 'weak' }),
  strike('c', '2026-03-10', { killed: 4, presumedDead: null, grade: 'contested' }),
  strike('d', '2026-03-12', { killed: 5, counted: false, grade: 'discounted' }),
];

describe('evidence grades', () => {
  it('counts every grade, zeros included', () => {
    expect(gradeCounts(strikes)).toEqual({ confirmed: 1, fair: 0, weak: 1, contested: 1, discounted: 1 });
  });

  it('says "N strikes, of which M weak or contested" over counted strikes only', () => {
    expect(gradeHeadline(strikes)).toEqual({ strikes: 3, weakOrContested: 2 });
  });

  it('filters by the chosen grades, or keeps all when none is chosen', () => {
    expect(withGrades(strikes, ['weak', 'discounted']).map((s) => s.id)).toEqual(['b', 'd']);
    expect(withGrades(strikes, [])).toHaveLength(4);
  });
});

describe('reconciliation of headline deaths with published totals', () => {
  it('makes the headline the per-strike sum, killed outright plus presumed dead, of counted strikes', () => {
    const { headline } = reconcile(strikes, []);
    expect(headline).toMatchObject({ deaths: 10, killedOutright: 9, presumedDead: 1, strikes: 3 });
    expect(headline.label).toBe('killed-outright-plus-presumed-dead');
  });

  it('compares the latest higher total with the sum of strikes up to its own date', () => {
    const totals = [total('t-feb', '2026-02-15', 6), total('t-mar', '2026-03-11', 14)];
    const { gap } = reconcile(strikes, totals);
    expect(gap?.total.id).toBe('t-mar');
    expect(gap).toMatchObject({ through: '2026-03-11', sumThrough: 10, unattributed: 4 });
  });

  it('compares a killed-outright total with killed-outright deaths only', () => {
    const { gap } = reconcile(strikes, [total('t', '2026-03-11', 10, { method: 'killed-outright' })]);
    expect(gap).toMatchObject({ sumThrough: 9, unattributed: 1, comparedWith: 'killed-outright' });
  });

  it('reads a month-precision total as covering the whole month', () => {
    const { gap } = reconcile(strikes, [total('t', '2026-03-01', 11, { asOfPrecision: 'month' })]);
    expect(gap).toMatchObject({ through: '2026-03-31', sumThrough: 10, unattributed: 1 });
  });

  it('reports no gap when every total is at or below the sum of its date', () => {
    expect(reconcile(strikes, [total('t', '2026-02-15', 6), total('u', '2026-03-31', 10)]).gap).toBeNull();
  });

  it('keeps a later unverified total apart from the verified one', () => {
    const totals = [total('ap', '2026-02-15', 7), total('blog', '2026-03-20', 15, { verification: 'unverified' })];
    const r = reconcile(strikes, totals);
    expect(r.gap).toMatchObject({ unattributed: 1 });
    expect(r.gap?.total.id).toBe('ap');
    expect(r.unverifiedGap?.total.id).toBe('blog');
    expect(r.unverifiedGap?.unattributed).toBe(5);
  });
});
