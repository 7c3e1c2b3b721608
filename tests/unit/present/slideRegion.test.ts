import { describe, expect, it } from 'vitest';
import { builtInDeck } from '../../../src/features/present/builtInDeck';
import { inferRegion, slideRegion } from '../../../src/features/present/slideRegion';

describe('the region a slide opens at', () => {
  it('is the one the slide saved', () => {
    expect(slideRegion({ title: '', note: '', view: 'v=1&sort=tenure', region: 'timeline' })).toBe('timeline');
  });

  it('is read from the view when a deck made earlier saved none', () => {
    expect(inferRegion('v=1&sort=tenure')).toBe('precedents');
    expect(inferRegion('v=1&compare=ven-maduro-2017')).toBe('precedents');
    expect(inferRegion('v=1&year=2024')).toBe('aid');
    expect(inferRegion('v=1&sea=eastern-pacific')).toBe('map');
    expect(inferRegion('v=1&event=ofac-sanctions-petro-2025-10-24')).toBe('timeline');
  });

  it('is the map when the view sets nothing one region alone reads (a country, a window)', () => {
    expect(inferRegion('v=1&country=COL&from=2025-09-01')).toBeUndefined();
    expect(slideRegion({ title: '', note: '', view: 'v=1&country=COL' })).toBe('map');
  });

  it('is named for every built-in slide: timeline, map, aid, then three on the precedents', () => {
    expect(builtInDeck('en').slides.map(slideRegion)).toEqual([
      'timeline',
      'map',
      'aid',
      'precedents',
      'precedents',
      'precedents',
    ]);
  });
});
