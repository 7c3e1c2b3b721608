import { describe, expect, it } from 'vitest';
import { activeFilters } from '../../../src/app/activeFilters';
import { chipText, type ChipNames } from '../../../src/app/chipText';
import { DEFAULT_VIEW_STATE } from '../../../src/app/viewStateFields';
import type { Lang } from '../../../src/lib/lang';
import { countryName } from '../../../src/lib/countryNames';
import type { ViewState } from '../../../src/state/viewState';

const names: ChipNames = {
  events: new Map([['ofac-sanctions-petro-2025-10-24', 'Treasury sanctions Petro']]),
  precedents: new Map([
    ['ven-maduro-2017', 'Venezuela — Maduro'],
    ['rus-putin-2022', 'Russia — Putin'],
  ]),
  areas: new Map([['caribbean-venezuela-trinidad', 'Southern Caribbean']]),
};
const none: ChipNames = { events: new Map(), precedents: new Map(), areas: new Map() };

/** Every chip of a view as "key=text", the way the reader sees them. */
const chips = (patch: Partial<ViewState>, lang: Lang = 'en', known = names) => {
  const s = { ...DEFAULT_VIEW_STATE, ...patch };
  return activeFilters(s).map((c) => `${c.key}=${chipText(c.key, c.value, s, lang, known)}`);
};

describe('filter chips show names, not ids (issue 16)', () => {
  it('names countries in the reader’s language', () => {
    expect(chips({ country: 'PRK' })).toEqual(['country=North Korea']);
    expect(chips({ country: 'PRK' }, 'es')).toEqual(['country=Corea del Norte']);
    expect(countryName('COL', 'es')).toBe('Colombia');
  });

  it('names records by their titles once their dataset is there', () => {
    expect(chips({ event: 'ofac-sanctions-petro-2025-10-24' })).toEqual(['event=Treasury sanctions Petro']);
    expect(chips({ compare: ['ven-maduro-2017', 'rus-putin-2022'] })).toEqual([
      'compare=Venezuela — Maduro, Russia — Putin',
    ]);
    expect(chips({ area: 'caribbean-venezuela-trinidad' })).toEqual(['area=Southern Caribbean']);
  });

  it('names evidence grades in words', () => {
    expect(chips({ grades: ['confirmed', 'fair'] })).toEqual(['grades=Confirmed, Fair']);
  });

  it('shows the id only while the dataset loads, or for a code it cannot name', () => {
    expect(chips({ event: 'ofac-x' }, 'en', none)).toEqual(['event=ofac-x']);
    expect(chips({ country: 'XYZ' })).toEqual(['country=XYZ']);
  });
});
