import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/app/viewStateFields';
import { MAP_GRADES } from '../../../src/features/map/urlFields';
import { parse, serialize } from '../../../src/state/viewStateCodec';

describe('the grade filter URL field (?grade=)', () => {
  it('is every counted grade by default, and stays out of a link while it is', () => {
    expect(DEFAULT_VIEW_STATE.grades).toEqual(['confirmed', 'fair', 'weak', 'contested']);
    expect(serialize(DEFAULT_VIEW_STATE)).not.toContain('grade');
  });

  it('keeps a link written before the field existed as it was (no migration)', () => {
    const { state, ignored } = parse('?v=1&country=COL&sea=caribbean');
    expect(ignored).toEqual([]);
    expect(state.grades).toEqual(MAP_GRADES);
    expect(serialize(state)).toBe('v=1&country=COL&sea=caribbean');
  });

  it('round-trips a choice of grades, written in legend order whatever order a link gives', () => {
    const { state, ignored } = parse('?grade=contested,weak');
    expect(ignored).toEqual([]);
    expect(state.grades).toEqual(['weak', 'contested']);
    expect(serialize(state)).toBe('v=1&grade=weak,contested');
    expect(parse(`?${serialize(state)}`).state.grades).toEqual(['weak', 'contested']);
  });

  it('ignores, and names, a grade it does not know or an empty choice', () => {
    for (const raw of ['bogus', 'weak,bogus', 'none', 'discounted']) {
      const { state, ignored } = parse(`?grade=${raw}`);
      expect(state.grades).toEqual(MAP_GRADES);
      expect(ignored.map((i) => i.param)).toEqual(['grade']);
    }
  });
});
