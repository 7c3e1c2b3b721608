import * as z from 'zod/mini';
import {
  conflict,
  datePrecision,
  envelope,
  id,
  isoDate,
  localized,
  nonEmpty,
  reportedCount,
  sourceIds,
  verification,
} from './primitives.ts';
import { SEAS } from './enumValues.ts';

export const sea = z.enum([...SEAS, 'unspecified']);

/**
 * Coordinates of strikes were never published. An area is a named, approximate zone drawn from the
 * location text the sources give; its centroid and radius are ours and are shown as approximate.
 */
export const strikeArea = z.object({
  id,
  name: localized,
  sea,
  centroid: z.tuple([z.number().check(z.gte(-90), z.lte(90)), z.number().check(z.gte(-180), z.lte(180))]),
  radiusKm: z.number().check(z.gt(0)),
  /** What in the sources the area rests on ("Coast Guard: ~400 nm SW of the Mexico–Guatemala border"). */
  basis: localized,
});

/** How far the public record supports the US account of a strike. */
export const evidenceStatus = z.enum(['us-claim-video-only', 'us-claim-no-evidence', 'disputed', 'unconfirmed-report']);

export const revision = z.object({
  date: isoDate,
  field: nonEmpty,
  from: z.union([z.string(), z.number(), z.null()]),
  to: z.union([z.string(), z.number(), z.null()]),
  by: nonEmpty,
  sourceIds,
});

export const strike = z.object({
  id,
  /** The trackers' running number(s), e.g. "11–13"; null for strikes trackers did not number. */
  trackerNumber: z.nullable(z.string()),
  date: isoDate,
  datePrecision,
  sea,
  locationText: nonEmpty,
  /** null when the sources give no place more exact than the sea: counted in "area not reported". */
  areaId: z.nullable(id),
  locationPrecision: z.enum(['named-area', 'sea-only', 'none']),
  boats: reportedCount,
  killed: reportedCount,
  survivors: reportedCount,
  presumedDead: reportedCount,
  allegedAffiliation: nonEmpty,
  vesselType: z.optional(z.string()),
  claimant: z.object({ who: nonEmpty, channel: nonEmpty, date: z.nullable(isoDate) }),
  evidenceStatus,
  evidenceNote: localized,
  victimsNationality: z.nullable(z.string()),
  summary: localized,
  /** Whether trackers count it: a remark later unconfirmed stays in the data but out of the totals. */
  counted: z.boolean(),
  revisions: z.array(revision),
  verification,
  conflicts: z.optional(z.array(conflict)),
  sourceIds,
});

export const strikeTotal = z.object({
  id,
  asOf: isoDate,
  /** Some trackers' statements give only the month ("earlier in May"). */
  asOfPrecision: z.optional(datePrecision),
  strikes: reportedCount,
  boats: reportedCount,
  killed: reportedCount,
  presumedDead: reportedCount,
  survivors: reportedCount,
  /** Killed outright only, or including those presumed dead after a strike. */
  method: z.enum(['killed-outright', 'including-presumed-dead', 'unspecified']),
  reporter: nonEmpty,
  note: z.optional(localized),
  verification,
  sourceIds,
});

export const strikesDataset = envelope('strikes', {
  areas: z.array(strikeArea),
  records: z.array(strike),
  totals: z.array(strikeTotal),
});

export type Sea = z.infer<typeof sea>;
export type StrikeArea = z.infer<typeof strikeArea>;
export type Strike = z.infer<typeof strike>;
export type StrikeTotal = z.infer<typeof strikeTotal>;
export type StrikesDataset = z.infer<typeof strikesDataset>;
