import type { PrecedentCase } from '../../data/schema/precedents';
import type { ViewState } from '../../state/viewState';
import { MAX_COMPARE } from './urlFields';

export type PrecedentFilter = Pick<
  ViewState,
  'authority' | 'relation' | 'multilateral' | 'decade' | 'q' | 'country' | 'sort'
>;

export const isMultilateral = (c: PrecedentCase) =>
  [c.multilateral.eu, c.multilateral.uk, c.multilateral.un].some((l) => l.status === 'listed');

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Days in office after designation: to leaving office, or to the data's as-of date while still in office. */
export function tenureDays(c: PrecedentCase, asOf: string): { days: number | null; ongoing: boolean } {
  const start = Date.parse(c.designationDate);
  if (c.leftOfficeDate === null) {
    if (c.outcome !== 'in-office') return { days: null, ongoing: false };
    return { days: Math.round((Date.parse(asOf) - start) / 86400000), ongoing: true };
  }
  return { days: Math.round((Date.parse(c.leftOfficeDate) - start) / 86400000), ongoing: false };
}

/** The list a student sees: every filter in the URL applied; Petro (the reference) always kept for comparison. */
export function filterCases(cases: readonly PrecedentCase[], f: PrecedentFilter): PrecedentCase[] {
  const q = fold(f.q.trim());
  return cases.filter(
    (c) =>
      (f.authority === null || c.authorityTypes.includes(f.authority)) &&
      (f.relation === null || c.relation === f.relation) &&
      (f.multilateral === null || (f.multilateral === 'multilateral') === isMultilateral(c)) &&
      (f.decade === null || Math.floor(Number(c.designationDate.slice(0, 4)) / 10) * 10 === f.decade) &&
      (f.country === null || c.countryIso3 === f.country) &&
      (q === '' || fold(`${c.leader} ${c.country.en} ${c.country.es} ${c.coDesignated.join(' ')}`).includes(q)),
  );
}

const ROLE_ORDER = { featured: 0, reference: 1, designation: 2 } as const;

/** Featured precedents (Russia, North Korea, Venezuela) first, then Petro, then the rest in the chosen order. */
export function sortCases(
  cases: readonly PrecedentCase[],
  sort: PrecedentFilter['sort'],
  asOf: string,
  lang: 'en' | 'es',
): PrecedentCase[] {
  const key = (c: PrecedentCase): string | number =>
    sort === 'country' ? c.country[lang] : sort === 'tenure' ? -(tenureDays(c, asOf).days ?? -1) : c.designationDate;
  return [...cases].sort((a, b) => {
    const role = ROLE_ORDER[a.role] - ROLE_ORDER[b.role];
    if (role !== 0) return role;
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : a.id.localeCompare(b.id);
  });
}

/** The compared set: the URL's ids (unknown ones reported), or the featured cases by default. */
export function comparedCases(
  cases: readonly PrecedentCase[],
  ids: readonly string[] | null,
): { chosen: PrecedentCase[]; unknown: string[] } {
  if (ids === null) return { chosen: cases.filter((c) => c.role === 'featured').slice(0, MAX_COMPARE), unknown: [] };
  const byId = new Map(cases.map((c) => [c.id, c]));
  const chosen = ids.flatMap((id) => {
    const c = byId.get(id);
    return c === undefined || c.role === 'reference' ? [] : [c];
  });
  return { chosen, unknown: ids.filter((id) => !byId.has(id)) };
}

export type CompareStatus = 'compared' | 'open' | 'full';

/** One case's place in the compared set: in it, free to join it, or kept out because the set is full. */
export function compareStatus(
  cases: readonly PrecedentCase[],
  ids: readonly string[] | null,
  id: string,
): CompareStatus {
  const { chosen } = comparedCases(cases, ids);
  if (chosen.some((c) => c.id === id)) return 'compared';
  return chosen.length >= MAX_COMPARE ? 'full' : 'open';
}

/** Adds or removes one case; the set never empties (an empty set would mean "the default" in the URL). */
export function toggleCompared(current: readonly PrecedentCase[], id: string): string[] {
  const ids = current.map((c) => c.id);
  if (ids.includes(id)) return ids.length === 1 ? ids : ids.filter((x) => x !== id);
  return ids.length >= MAX_COMPARE ? ids : [...ids, id];
}
