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

/** A country's name in the reader's language ("Corea del Norte" for PRK in Spanish); the code when unknown. */
export function countryName(iso3: string, lang: Lang): string {
  const alpha2 = ALPHA2[iso3];
  if (alpha2 === undefined) return iso3;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(alpha2) ?? iso3;
  } catch {
    return iso3;
  }
}
