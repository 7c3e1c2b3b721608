import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatUsdMillions } from '../../../src/i18n/format';
import { m } from '../../../src/i18n/messages';
import { localized } from '../../../src/i18n/useLang';

describe('dates', () => {
  it('writes a day, a month and an approximate date in English and Spanish', () => {
    expect(formatDate('2025-10-24', 'en')).toBe('Oct 24, 2025');
    expect(formatDate('2025-10-24', 'es')).toBe('24 oct 2025');
    expect(formatDate('2025-10-24', 'en', 'month')).toBe('October 2025');
    expect(formatDate('2025-10-24', 'es', 'month')).toBe('octubre de 2025');
    expect(formatDate('2025-09-02', 'en', 'approximate')).toBe('~Sep 2, 2025');
    expect(formatDate('2025-09-02', 'es', 'approximate')).toBe('~2 sept 2025');
  });

  it('reads the date as a calendar day, whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'en')).toBe('Jan 1, 2026');
  });
});

describe('numbers and money', () => {
  it('groups digits per language', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'es')).toBe('12.345');
    expect(formatNumber(2.25, 'es', 1)).toBe('2,3');
  });

  it('writes US$ millions without a stray decimal, the unit where each language puts it', () => {
    expect(formatUsdMillions(410, 'en')).toBe('$410 million');
    expect(formatUsdMillions(413.2, 'en')).toBe('$413.2 million');
    expect(formatUsdMillions(410, 'es')).toBe('410 millones US$');
    expect(formatUsdMillions(1413.2, 'es')).toBe('1413,2 millones US$');
    expect(formatUsdMillions(1, 'es')).toBe('1 millón US$');
  });
});

describe('plural messages', () => {
  it('pick one or other in English', () => {
    expect(m.app_records({ count: 1 }, { locale: 'en' })).toBe('1 record');
    expect(m.app_records({ count: 1234 }, { locale: 'en' })).toBe('1,234 records');
    expect(m.map_zone_short({ strikes: 1, killed: 3 }, { locale: 'en' })).toBe('1 strike · 3 killed');
    expect(m.map_zone_short({ strikes: 2, killed: 1 }, { locale: 'en' })).toBe('2 strikes · 1 killed');
  });

  it('pick one or other for each count in Spanish', () => {
    expect(m.app_records({ count: 1 }, { locale: 'es' })).toBe('1 registro');
    expect(m.app_records({ count: 12345 }, { locale: 'es' })).toBe('12.345 registros');
    expect(m.map_zone_label({ strikes: 1, killed: 1 }, { locale: 'es' })).toBe('1 ataque, 1 muerto');
    expect(m.map_zone_label({ strikes: 1, killed: 3 }, { locale: 'es' })).toBe('1 ataque, 3 muertos');
    expect(m.map_zone_label({ strikes: 4, killed: 1 }, { locale: 'es' })).toBe('4 ataques, 1 muerto');
  });

  it('name a choice from a data enum in the chosen language', () => {
    expect(m.map_sea({ sea: 'caribbean' }, { locale: 'en' })).toBe('Caribbean');
    expect(m.map_sea({ sea: 'caribbean' }, { locale: 'es' })).toBe('Caribe');
  });
});

describe('dataset text', () => {
  it('picks the language from an {en, es} field', () => {
    expect(localized({ en: 'Strike', es: 'Ataque' }, 'es')).toBe('Ataque');
  });
});
