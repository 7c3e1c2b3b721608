import * as z from 'zod/mini';
import {
  conflict,
  datePrecision,
  envelope,
  id,
  iso3,
  isoDate,
  localized,
  sourceIds,
  uncitedSources,
  verification,
} from './primitives.ts';

export const eventKind = z.enum([
  'sanction',
  'aid',
  'strike',
  'military',
  'diplomatic',
  'statement',
  'legal',
  'election',
]);

export const event = z.object({
  id,
  date: isoDate,
  datePrecision,
  kind: eventKind,
  countries: z.array(iso3).check(z.minLength(1)),
  title: localized,
  summary: localized,
  /** A statement of fact by the sources, or a claim that someone made (then `claimant` names them). */
  evidence: z.enum(['fact', 'claim']),
  claimant: z.optional(z.string()),
  verification,
  conflicts: z.optional(z.array(conflict)),
  sourceIds,
  uncitedSources,
});

export const eventsDataset = envelope('events', { records: z.array(event) });

export type EventKind = z.infer<typeof eventKind>;
export type CrisisEvent = z.infer<typeof event>;
export type EventsDataset = z.infer<typeof eventsDataset>;
