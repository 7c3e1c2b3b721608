import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../src/app/viewStateFields';
import { builtInDeck } from '../../src/features/present/builtInDeck';
import { parse, serialize } from '../../src/state/viewStateCodec';

/**
 * Links written by the app before the URL fields moved into the features (commit e2c2d8e), with the canonical
 * link that release rewrote each into: the query strings of the end-to-end journeys and the built-in deck's
 * slides. A later release must read each the same way and write the same canonical link.
 */
const RECORDED: readonly (readonly [link: string, canonical: string])[] = [
  ['?v=1&country=COL', 'v=1&country=COL'],
  ['?compare=rus-putin-2022,atlantis-1', 'v=1&compare=rus-putin-2022,atlantis-1'],
  ['?embed=1&static=1&theme=dark', 'v=1&theme=dark&embed=1&static=1'],
  ['?from=2019-01-01&to=2030-01-01', 'v=1&from=2019-01-01&to=2030-01-01'],
  ['?measure=appropriation&scope=state-usaid&breakdown=account&year=2011', 'v=1&breakdown=account&year=2011'],
  ['?area=eastern-pacific-sw-mexico-guatemala', 'v=1&area=eastern-pacific-sw-mexico-guatemala'],
  ['?lang=es', 'v=1&lang=es'],
  ['?country=COL&sea=caribbean', 'v=1&country=COL&sea=caribbean'],
  ['?event=e-1&to=2025-12-31&country=COL', 'v=1&to=2025-12-31&country=COL&event=e-1'],
  ['?window=2025-09-01..2025-12-31&region=pacifico', 'v=1&from=2025-09-01&to=2025-12-31&sea=eastern-pacific'],
  [
    '?multi=us-only&decade=2010&authority=human-rights&relation=ally&q=Kim%20Jong&sort=country&panel=sources' +
      '&layers=none&map=4.5,-74.1,5&deck=abc&slide=2&event=e-1&scope=all-agencies',
    'v=1&event=e-1&layers=none&map=4.5,-74.1,5&scope=all-agencies&authority=human-rights&relation=ally' +
      '&multi=us-only&decade=2010&q=Kim%20Jong&sort=country&panel=sources&deck=abc&slide=2',
  ],
];

/** The built-in deck's slide views, as that release wrote them. */
const RECORDED_DECK_VIEWS = [
  'v=1&from=2025-09-01&to=2025-10-31&country=COL',
  'v=1&from=2025-09-01&to=2026-06-30&layers=strikes,context',
  'v=1&from=2025-09-01&to=2025-10-31&year=2024',
  '',
  'v=1&country=VEN&compare=ven-maduro-2017&precedent=ven-maduro-2017',
  'v=1&sort=tenure',
];

describe('links from earlier releases', () => {
  it.each(RECORDED)('reads %s without complaint and writes the same canonical link', (link, canonical) => {
    const { state, ignored } = parse(link);
    expect(ignored).toEqual([]);
    expect(serialize(state)).toBe(canonical);
  });

  it('reads the fields of a link with every kind of parameter', () => {
    const link = RECORDED.at(-1)?.[0] ?? '';
    expect(parse(link).state).toEqual({
      ...DEFAULT_VIEW_STATE,
      event: 'e-1',
      layers: [],
      map: { lat: 4.5, lon: -74.1, zoom: 5 },
      scope: 'all-agencies',
      authority: 'human-rights',
      relation: 'ally',
      multilateral: 'us-only',
      decade: 2010,
      q: 'Kim Jong',
      sort: 'country',
      panel: 'sources',
      deck: 'abc',
      slide: 2,
    });
  });

  it('still names what an old link carried that it could not use', () => {
    expect(parse('?zzz=1&year=%3Cscript%3Ealert(1)')).toEqual({
      state: DEFAULT_VIEW_STATE,
      ignored: [
        { param: 'zzz', value: '1', reason: 'unknown' },
        { param: 'year', value: '<script>alert(1)', reason: 'malformed' },
      ],
    });
  });

  it('builds the built-in deck with the same slide links', () => {
    expect(builtInDeck('en').slides.map((s) => s.view)).toEqual(RECORDED_DECK_VIEWS);
  });
});
