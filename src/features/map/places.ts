/**
 * Places the events name, for the context layer. Capital and port locations are public geography
 * (city centres, rounded to 0.1°), not data about the strikes.
 */
export interface Place {
  id: string;
  name: { en: string; es: string };
  lat: number;
  lon: number;
}

export const CONTEXT_PLACES: readonly Place[] = [
  { id: 'bogota', name: { en: 'Bogotá', es: 'Bogotá' }, lat: 4.7, lon: -74.1 },
  { id: 'caracas', name: { en: 'Caracas', es: 'Caracas' }, lat: 10.5, lon: -66.9 },
  { id: 'washington', name: { en: 'Washington', es: 'Washington' }, lat: 38.9, lon: -77.0 },
  { id: 'port-of-spain', name: { en: 'Port of Spain', es: 'Puerto España' }, lat: 10.7, lon: -61.5 },
  { id: 'san-juan', name: { en: 'San Juan (Puerto Rico)', es: 'San Juan (Puerto Rico)' }, lat: 18.5, lon: -66.1 },
  { id: 'mexico-city', name: { en: 'Mexico City', es: 'Ciudad de México' }, lat: 19.4, lon: -99.1 },
  { id: 'quito', name: { en: 'Quito', es: 'Quito' }, lat: -0.2, lon: -78.5 },
];

/**
 * Where the US naval build-up was reported (southern Caribbean, off Venezuela). Drawn as a broad,
 * labelled band — an approximation by Sanctions Atlas for orientation, not a reported position.
 */
export const BUILDUP_AREA = { lat: 13.5, lon: -66, radiusKm: 700 };
