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

export const designation = z.object({
  id,
  person: nonEmpty,
  country: iso3,
  role: localized,
  /** Relation to the principal target (Petro himself is "principal"). */
  relation: localized,
  date: isoDate,
  authority: nonEmpty,
  programTag: nonEmpty,
  effect: localized,
  identifiers: z.optional(z.array(z.string())),
  verification,
  conflicts: z.optional(z.array(conflict)),
  sourceIds,
  uncitedSources,
});

export const sanctionsDevelopment = z.object({
  id,
  date: isoDate,
  datePrecision,
  kind: z.enum(['visa', 'designation', 'legal', 'delisting', 'statement', 'other']),
  title: localized,
  summary: localized,
  verification,
  sourceIds,
  uncitedSources,
});

export const sanctionsDataset = envelope('sanctions', {
  designations: z.array(designation),
  developments: z.array(sanctionsDevelopment),
});

export type Designation = z.infer<typeof designation>;
export type SanctionsDevelopment = z.infer<typeof sanctionsDevelopment>;
export type SanctionsDataset = z.infer<typeof sanctionsDataset>;
