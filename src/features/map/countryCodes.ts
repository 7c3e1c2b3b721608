/**
 * ISO 3166 numeric (the ids of Natural Earth shapes in world-atlas) → alpha-3 (the ids in our data),
 * for the countries the datasets name. A code missing here is reported on the map as "could not place".
 */
export const NUMERIC_TO_ALPHA3: Readonly<Record<string, string>> = {
  '170': 'COL', '862': 'VEN', '840': 'USA', '484': 'MEX', '218': 'ECU', '780': 'TTO', '591': 'PAN', '188': 'CRI',
  '320': 'GTM', '192': 'CUB', '214': 'DOM', '332': 'HTI', '388': 'JAM', '740': 'SUR', '328': 'GUY', '604': 'PER',
  '076': 'BRA', '068': 'BOL', '558': 'NIC', '340': 'HND', '222': 'SLV', '084': 'BLZ', '630': 'PRI', '308': 'GRD',
  '716': 'ZWE', '112': 'BLR', '104': 'MMR', '384': 'CIV', '434': 'LBY', '760': 'SYR', '408': 'PRK', '364': 'IRN',
  '643': 'RUS', '729': 'SDN', '124': 'CAN', '032': 'ARG', '152': 'CHL', '858': 'URY', '600': 'PRY',
};

export const alpha3ForShape = (id: string | number | undefined): string | null =>
  id === undefined ? null : (NUMERIC_TO_ALPHA3[String(id).padStart(3, '0')] ?? null);
