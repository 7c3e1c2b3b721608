import { describe, expect, it } from 'vitest';
import { loadDictionary, translator } from '../../../src/i18n/translate';

describe('translator', () => {
  it('fills placeholders, formats numbers for the locale and picks the singular form', () => {
    const t = translator('en');
    expect(t('app.records', { count: 1234 })).toBe('1,234 records');
    expect(t('app.records', { count: 1 })).toBe('1 record');
    expect(t('map.zoneShort', { strikes: 3, killed: 14, count: 3 })).toBe('3 strikes · 14 killed');
    // Asked again, the remembered template and number give the same text.
    expect(t('app.records', { count: 1234 })).toBe('1,234 records');
  });

  it('keeps a placeholder it was given no value for, and text without placeholders as it is', () => {
    const t = translator('en');
    expect(t('data.loading', {})).toBe('Loading {dataset}…');
    expect(t('app.region.map')).toBe('Map');
  });

  it('formats numbers the Spanish way once the Spanish dictionary is loaded', async () => {
    await loadDictionary('es');
    expect(translator('es')('app.records', { count: 1234 })).toBe('1234 registros');
    expect(translator('es')('app.records', { count: 12345 })).toBe('12.345 registros');
  });
});
