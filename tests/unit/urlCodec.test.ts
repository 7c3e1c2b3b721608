import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PANELS, THEMES } from '../../src/app/shellUrlFields';
import { DEFAULT_VIEW_STATE } from '../../src/app/viewStateFields';
import { AID_BREAKDOWNS, AID_MEASURES, AID_SCOPES } from '../../src/data/schema/enumValues';
import { MAP_LAYERS, SEAS } from '../../src/features/map/urlFields';
import { AUTHORITY_TYPES, MULTILATERAL, PRECEDENT_SORTS, RELATIONS } from '../../src/features/precedents/urlFields';
import { LANGS } from '../../src/lib/lang';
import type { ViewState } from '../../src/state/viewState';
import { parse, serialize } from '../../src/state/viewStateCodec';

const isoDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** Any state a user could reach. */
const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    window: maybe(fc.tuple(isoDay, isoDay).map(([a, b]) => (a <= b ? [a, b] : [b, a]))),
    country: maybe(fc.stringMatching(/^[A-Z]{3}$/)),
    event: maybe(id),
    layers: fc.subarray([...MAP_LAYERS]),
    sea: maybe(fc.constantFrom(...SEAS)),
    area: maybe(id),
    map: maybe(
      fc.record({
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        zoom: fc.integer({ min: 1, max: 12 }),
      }),
    ),
    measure: fc.constantFrom(...AID_MEASURES),
    scope: fc.constantFrom(...AID_SCOPES),
    breakdown: fc.constantFrom(...AID_BREAKDOWNS),
    year: maybe(fc.integer({ min: 1980, max: 2030 })),
    compare: maybe(fc.uniqueArray(id, { minLength: 1, maxLength: 3 })),
    precedent: maybe(id),
    authority: maybe(fc.constantFrom(...AUTHORITY_TYPES)),
    relation: maybe(fc.constantFrom(...RELATIONS)),
    multilateral: maybe(fc.constantFrom(...MULTILATERAL)),
    decade: maybe(fc.integer({ min: 198, max: 203 }).map((d) => d * 10)),
    q: fc.oneof(
      fc.constant(''),
      fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/\p{Cc}/gu, '').trim()),
    ),
    sort: fc.constantFrom(...PRECEDENT_SORTS),
    panel: maybe(fc.constantFrom(...PANELS)),
    lang: maybe(fc.constantFrom(...LANGS)),
    theme: maybe(fc.constantFrom(...THEMES)),
    embed: fc.boolean(),
    static: fc.boolean(),
    deck: maybe(fc.stringMatching(/^[A-Za-z0-9+$-]{1,200}$/)),
    slide: maybe(fc.integer({ min: 1, max: 200 })),
  })
  .map(({ window, ...rest }) => ({ ...rest, from: window?.[0] ?? null, to: window?.[1] ?? null }));

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

  it('parse never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const { state } = parse(s);
        expect(typeof state).toBe('object');
      }),
      { numRuns: 2000 },
    );
  });

  it('parse never throws on query-shaped strings built from real parameter names', () => {
    const key = fc.constantFrom(
      'from',
      'to',
      'country',
      'layers',
      'map',
      'compare',
      'year',
      'q',
      'deck',
      'slide',
      'v',
      'zzz',
    );
    const value = fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[0-9,.-]{0,20}$/));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const s = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        expect(() => parse(s)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('serialize ∘ parse is the identity on canonical strings', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const canonical = serialize(state);
        const reparsed = parse(canonical);
        expect(reparsed.ignored).toEqual([]);
        expect(serialize(reparsed.state)).toBe(canonical);
      }),
      { numRuns: 1000 },
    );
  });
});
