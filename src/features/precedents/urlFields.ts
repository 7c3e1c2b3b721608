import { AUTHORITY_TYPES, US_RELATIONS } from '../../data/schema/enumValues';
import {
  bad,
  defaultField,
  ID_PATTERN,
  ok,
  optionalField,
  parseEnum,
  parseId,
  parseIntIn,
  type FieldResult,
} from '../../state/fieldCodecs';

export { AUTHORITY_TYPES, US_RELATIONS as RELATIONS };
export type AuthorityFilter = (typeof AUTHORITY_TYPES)[number];
export type RelationFilter = (typeof US_RELATIONS)[number];

export const MULTILATERAL = ['multilateral', 'us-only'] as const;
export type MultilateralFilter = (typeof MULTILATERAL)[number];

export const PRECEDENT_SORTS = ['date', 'country', 'tenure'] as const;
export type PrecedentSort = (typeof PRECEDENT_SORTS)[number];

export const MAX_COMPARE = 3;

/** Ids in the order the user chose them; more than three keeps the first three. */
export function parseIdList(raw: string): FieldResult<readonly string[]> {
  const parts = raw.split(',').filter((p) => p.length > 0);
  if (parts.length === 0 || parts.some((p) => !ID_PATTERN.test(p))) return bad('malformed');
  const unique = [...new Set(parts)];
  return unique.length > MAX_COMPARE ? bad('too-many') : ok(unique);
}

export const MAX_QUERY_LENGTH = 100;

export function parseSearchText(raw: string): FieldResult<string> {
  if (raw.length > MAX_QUERY_LENGTH) return bad('too-long');
  // Control characters never belong in a search box; they only arrive by hand-made URLs.
  const cleaned = raw.replace(/\p{Cc}/gu, '').trim();
  return cleaned.length === 0 ? bad('malformed') : ok(cleaned);
}

/** The precedents view's URL fields. */
export const precedentsUrlFields = {
  /** Compared precedents; null = the default comparison (the featured cases). */
  compare: optionalField(parseIdList, (v) => (v.length === 0 ? null : v.join(','))),
  precedent: optionalField(parseId),
  authority: optionalField(parseEnum(AUTHORITY_TYPES)),
  relation: optionalField(parseEnum(US_RELATIONS)),
  multilateral: { ...optionalField(parseEnum(MULTILATERAL)), param: 'multi' },
  decade: optionalField(parseIntIn(1980, 2030, 10)),
  q: defaultField('', parseSearchText),
  sort: defaultField<PrecedentSort>('date', parseEnum(PRECEDENT_SORTS)),
};
