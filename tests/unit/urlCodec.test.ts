import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../src/app/viewStateFields';
import { parse, serialize } from '../../src/state/viewStateCodec';

describe('URL codec', () => {
  it('leaves the default view out of the URL', () => {
    expect(serialize(DEFAULT_VIEW_STATE)).toBe('');
    expect(parse('')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
  });

  it('writes a version and only the non-default fields, in a fixed order', () => {
    const s = serialize({ ...DEFAULT_VIEW_STATE, country: 'COL', from: '2025-09-01', layers: ['strikes', 'aid'] });
    expect(s).toBe('v=1&from=2025-09-01&country=COL&layers=strikes,aid');
  });

  it('reads a shared link back into the same state', () => {
    const { state, ignored } = parse(
      '?v=1&from=2025-09-01&to=2025-12-31&compare=rus-putin,prk-kim&year=2024&map=4.5,-74.1,5',
    );
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({
      from: '2025-09-01',
      to: '2025-12-31',
      compare: ['rus-putin', 'prk-kim'],
      year: 2024,
      map: { lat: 4.5, lon: -74.1, zoom: 5 },
    });
  });

  it('ignores unknown and malformed parameters and lists them', () => {
    const { state, ignored } = parse('?foo=bar&year=abc&sea=atlantic&country=COL&country=VEN');
    expect(state.country).toBe('COL');
    expect(state.year).toBeNull();
    expect(ignored).toEqual([
      { param: 'foo', value: 'bar', reason: 'unknown' },
      { param: 'year', value: 'abc', reason: 'malformed' },
      { param: 'sea', value: 'atlantic', reason: 'malformed' },
      { param: 'country', value: 'VEN', reason: 'duplicate' },
    ]);
  });

  it('drops a window that starts after it ends, saying why', () => {
    const { state, ignored } = parse('from=2025-12-01&to=2025-01-01');
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(ignored.map((i) => i.reason)).toEqual(['conflict', 'conflict']);
  });

  it('refuses more than three compared precedents', () => {
    const { state, ignored } = parse('compare=a,b,c,d');
    expect(state.compare).toBeNull();
    expect(ignored[0]?.reason).toBe('too-many');
  });

  it('refuses hostile values without echoing markup into the state', () => {
    const { state, ignored } = parse(
      '?country=<script>alert(1)</script>&q=' + 'x'.repeat(5000) + '&deck=<img onerror=1>',
    );
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(ignored.map((i) => i.param)).toEqual(['country', 'q', 'deck']);
    expect(ignored.every((i) => i.value.length <= 60)).toBe(true);
  });

  it('flags a link from a newer version but still reads it', () => {
    const { state, ignored } = parse('v=99&country=COL');
    expect(state.country).toBe('COL');
    expect(ignored).toEqual([{ param: 'v', value: '99', reason: 'out-of-range' }]);
  });
});
