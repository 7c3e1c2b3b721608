import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { countryName } from '../../../src/features/map/countryNames';
import { NUMERIC_TO_ALPHA3 } from '../../../src/features/map/countryCodes';

const basemap = JSON.parse(readFileSync('public/geo/countries.json', 'utf8')) as {
  features: { id?: string | number; properties: { name: string } }[];
};

describe('country names', () => {
  it('names countries in both languages', () => {
    expect(countryName('170', 'Colombia', 'en')).toBe('Colombia');
    expect(countryName('840', 'United States of America', 'en')).toBe('United States');
    expect(countryName('840', 'United States of America', 'es')).toBe('Estados Unidos');
    expect(countryName('076', 'Brazil', 'es')).toBe('Brasil');
    expect(countryName(76, 'Brazil', 'es')).toBe('Brasil');
    expect(countryName('Kosovo', 'Kosovo', 'es')).toBe('Kosovo');
    expect(countryName('Somaliland', 'Somaliland', 'es')).toBe('Somalilandia');
  });

  it('falls back to the basemap name for an unknown shape', () => {
    expect(countryName('999', 'Atlantis', 'es')).toBe('Atlantis');
    expect(countryName(undefined, 'Atlantis', 'en')).toBe('Atlantis');
  });

  it('has a Spanish name for every basemap shape and every country the data names', () => {
    const english = basemap.features.filter(
      (f) => countryName(f.id, f.properties.name, 'es') === countryName(f.id, f.properties.name, 'en'),
    );
    // Names spelled the same in both languages (Colombia, Venezuela, …) are fine; English fallbacks are not.
    const fallbacks = basemap.features.filter((f) => countryName(f.id, '\u0000', 'es') === '\u0000');
    expect(fallbacks.map((f) => f.properties.name)).toEqual([]);
    expect(english.length).toBeLessThan(basemap.features.length / 2);
    for (const numeric of Object.keys(NUMERIC_TO_ALPHA3))
      expect(countryName(numeric, '\u0000', 'es'), numeric).not.toBe('\u0000');
  });
});
