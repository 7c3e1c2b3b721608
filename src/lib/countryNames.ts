import type { Lang } from './lang';

// ISO 3166 alpha-3 → alpha-2 for the countries the datasets and the map name: Intl.DisplayNames takes alpha-2.
// Only chips and labels need it, in lazy chunks: out of the entry script.
const ALPHA2: Readonly<Record<string, string>> = {
  AFG: 'AF',
  ARG: 'AR',
  BIH: 'BA',
  BLR: 'BY',
  BLZ: 'BZ',
  BOL: 'BO',
  BRA: 'BR',
  CAN: 'CA',
  CHL: 'CL',
  CHN: 'CN',
  CIV: 'CI',
  COL: 'CO',
  CRI: 'CR',
  CUB: 'CU',
  DOM: 'DO',
  ECU: 'EC',
  ESP: 'ES',
  GBR: 'GB',
  GRD: 'GD',
  GTM: 'GT',
  GUY: 'GY',
  HND: 'HN',
  HTI: 'HT',
  IRN: 'IR',
  IRQ: 'IQ',
  ISR: 'IL',
  JAM: 'JM',
  LBY: 'LY',
  MEX: 'MX',
  MMR: 'MM',
  NIC: 'NI',
  PAN: 'PA',
  PER: 'PE',
  PRI: 'PR',
  PRK: 'KP',
  PRY: 'PY',
  RUS: 'RU',
  SDN: 'SD',
  SLV: 'SV',
  SRB: 'RS',
  SUR: 'SR',
  SYR: 'SY',
  TTO: 'TT',
  UKR: 'UA',
  URY: 'UY',
  USA: 'US',
  VEN: 'VE',
  ZWE: 'ZW',
};

// One Intl.DisplayNames per language, kept: building one costs far more than a lookup, and the precedent list
// names a country for every case on each render. (The map's basemap names, src/features/map/countryNames.ts, keep
// their own: sharing a module would add a chunk to the map's first load, which is at its budget.)
const displayNames = new Map<Lang, Intl.DisplayNames>();

/** A country's name in the reader's language ("Corea del Norte" for PRK in Spanish); the code when unknown. */
export function countryName(iso3: string, lang: Lang): string {
  const alpha2 = ALPHA2[iso3];
  if (alpha2 === undefined) return iso3;
  let names = displayNames.get(lang);
  if (names === undefined) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  return names.of(alpha2) ?? iso3;
}
