import type { PrecedentCase } from '../../data/schema/precedents';
import type { Sea } from '../../data/schema/strikes';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies; seas also differ by dash. */
export const SEA_STYLE: Record<Sea, { color: string; dashArray: string }> = {
  caribbean: { color: '#0072b2', dashArray: '6 4' },
  'eastern-pacific': { color: '#d55e00', dashArray: '2 4' },
  unspecified: { color: '#555555', dashArray: '1 3' },
};

/** Designation-year bins for the sanctioned-leader layer (a sequential, colour-blind-safe ramp). */
export const LEADER_BINS = [
  { from: 2000, to: 2009, fill: '#fde725' },
  { from: 2010, to: 2019, fill: '#21918c' },
  { from: 2020, to: 2026, fill: '#3b528b' },
] as const;

export function leaderFill(year: number): string {
  return LEADER_BINS.find((b) => year >= b.from && year <= b.to)?.fill ?? '#999999';
}

/** For each designated country, the earliest designation of a sitting leader (a country can have several). */
export function designationYearByCountry(cases: readonly PrecedentCase[]): Map<string, number> {
  const years = new Map<string, number>();
  for (const c of cases) {
    const year = Number(c.designationDate.slice(0, 4));
    const known = years.get(c.countryIso3);
    if (known === undefined || year < known) years.set(c.countryIso3, year);
  }
  return years;
}

/** Zone fill opacity grows with deaths in the window, so heavier zones read darker. */
export function zoneOpacity(killed: number, maxKilled: number): number {
  if (killed <= 0 || maxKilled <= 0) return 0.05;
  return 0.15 + 0.5 * (killed / maxKilled);
}
