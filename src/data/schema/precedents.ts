import * as z from 'zod/mini';
import {
  conflict,
  datePrecision,
  envelope,
  id,
  iso3,
  isoDate,
  localized,
  nonEmpty,
  sourceIds,
  uncitedSources,
  verification,
} from './primitives.ts';
import { AUTHORITY_TYPES, US_RELATIONS } from './enumValues.ts';

export const authorityType = z.enum(AUTHORITY_TYPES);

export const usRelation = z.enum(US_RELATIONS);

export const outcome = z.enum(['in-office', 'left-office', 'removed-by-force', 'captured', 'died-in-office']);

/** One listing by the EU, UK or UN: listed with a date, not listed, or not found in the research. */
export const listing = z.object({
  status: z.enum(['listed', 'not-listed', 'unknown']),
  date: z.nullable(isoDate),
  note: z.optional(localized),
});

export const precedentCase = z.object({
  id,
  /** "reference" is Colombia (Petro), the case every other is compared with. */
  role: z.enum(['reference', 'featured', 'designation']),
  countryIso3: iso3,
  country: localized,
  leader: nonEmpty,
  titleAtTime: localized,
  designationDate: isoDate,
  dateNote: z.optional(localized),
  authority: nonEmpty,
  authorityTypes: z.array(authorityType).check(z.minLength(1)),
  agency: nonEmpty,
  statedReason: localized,
  relation: usRelation,
  relationNote: z.optional(localized),
  coDesignated: z.array(z.string()),
  multilateral: z.object({ eu: listing, uk: listing, un: listing }),
  aidRelationship: localized,
  /** null while the leader is still in office as of the dataset's date. */
  leftOfficeDate: z.nullable(isoDate),
  /** Sources sometimes give only the month a leader fell ("August 2011"). */
  leftOfficeDatePrecision: z.optional(datePrecision),
  outcome,
  outcomeSummary: localized,
  /**
   * The last date the outcome (e.g. "in office") was checked true against sources: time-bound facts say when.
   * Required while the outcome is "in-office".
   */
  trueAsOf: z.optional(isoDate),
  /** What was scheduled or reported next for the leader (a term end, a change of office), as of trueAsOf. */
  scheduled: z.optional(
    z.object({ date: isoDate, datePrecision, what: localized, verification, sourceIds: z.array(id) }),
  ),
  verification,
  conflicts: z.optional(z.array(conflict)),
  sourceIds,
  uncitedSources,
});

export const edgeCase = z.object({
  id,
  countryIso3: iso3,
  country: localized,
  leader: nonEmpty,
  summary: localized,
  /** Why it does not count as a designation of a sitting leader. */
  reason: localized,
  verification,
  sourceIds,
  uncitedSources,
});

export const precedentsDataset = envelope('precedents', {
  cases: z.array(precedentCase),
  edgeCases: z.array(edgeCase),
});

export type AuthorityType = z.infer<typeof authorityType>;
export type UsRelation = z.infer<typeof usRelation>;
export type PrecedentCase = z.infer<typeof precedentCase>;
export type EdgeCase = z.infer<typeof edgeCase>;
export type PrecedentsDataset = z.infer<typeof precedentsDataset>;
