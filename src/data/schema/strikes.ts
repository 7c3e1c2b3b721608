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
  uncitedSources,
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

/**
 * Evidence grade of a strike, in the spirit of Airwars' casualty grading; the rubric is in data/README.md.
 * confirmed: an official US record (SOUTHCOM, DoD or Hegseth post) carried by an ordinary outlet, or several
 * independent ordinary outlets. fair: two or more credible sources, no official record seen. weak: a single
 * source, or weak/uncitable sources only. contested: sources disagree on whether it happened, where, or its toll.
 * discounted: later shown not to be a separate strike, or not counted.
 */
export const strikeGrade = z.enum(['confirmed', 'fair', 'weak', 'contested', 'discounted']);

export const revision = z.object({
  date: isoDate,
  field: nonEmpty,
  from: z.union([z.string(), z.number(), z.null()]),
  to: z.union([z.string(), z.number(), z.null()]),
  by: nonEmpty,
  sourceIds,
  uncitedSources,
});

/** One strike (or one boat of a multi-boat strike when sources split them). */
export const strike = z.object({
  id,
  /** The trackers' running number(s), e.g. "11–13"; null for strikes trackers did not number. */
  trackerNumber: z.nullable(z.string()),
  date: isoDate,
  datePrecision,
  sea,
  /** Where the sources place it, in their words, attributed ("Coast Guard: ~400 nm SW of…"). */
  locationText: nonEmpty,
  /** null when the sources give no place more exact than the sea: counted in "area not reported". */
  areaId: z.nullable(id),
  locationPrecision: z.enum(['named-area', 'sea-only', 'none']),
  /** Boats destroyed; null when not reported. */
  boats: reportedCount,
  /** Killed outright, as announced; null when not reported (never 0 for unknown). */
  killed: reportedCount,
  /** People who survived the strike itself. */
  survivors: reportedCount,
  /** Survivors never found after a search was suspended; they count in the headline deaths. */
  presumedDead: reportedCount,
  allegedAffiliation: nonEmpty,
  vesselType: z.optional(z.string()),
  /** Who announced it, where (X, Truth Social, statement) and when. */
  claimant: z.object({ who: nonEmpty, channel: nonEmpty, date: z.nullable(isoDate) }),
  evidenceStatus,
  evidenceNote: localized,
  /** As reported, attributed; null when no source gives it. */
  victimsNationality: z.nullable(z.string()),
  summary: localized,
  /** Whether trackers count it: a remark later unconfirmed stays in the data but out of the totals. */
  counted: z.boolean(),
  /** Evidence grade (rubric in data/README.md); "discounted" exactly when the strike is not counted. */
  grade: strikeGrade,
  revisions: z.array(revision),
  verification,
  conflicts: z.optional(z.array(conflict)),
  sourceIds,
  uncitedSources,
});

/** A running total as one reporter published it: its own label, publisher and date. */
export const strikeTotal = z.object({
  id,
  /** The date the total refers to (not a dataset "as of"). */
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
  /**
   * Who published the total (the publisher the UI names beside it), with how it reached us; in both languages,
   * as it is read inside a sentence ("via a digest site", "official count").
   */
  reporter: localized,
  /** The total's own wording, and anything that qualifies it. */
  note: z.optional(localized),
  verification,
  sourceIds,
  uncitedSources,
});

export const strikesDataset = envelope('strikes', {
  areas: z.array(strikeArea),
  records: z.array(strike),
  totals: z.array(strikeTotal),
});

export type StrikeGrade = z.infer<typeof strikeGrade>;
export type Sea = z.infer<typeof sea>;
export type StrikeArea = z.infer<typeof strikeArea>;
export type Strike = z.infer<typeof strike>;
export type StrikeTotal = z.infer<typeof strikeTotal>;
export type StrikesDataset = z.infer<typeof strikesDataset>;
