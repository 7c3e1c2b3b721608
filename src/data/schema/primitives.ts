import * as z from 'zod/mini';

/** Earliest and latest dates any dataset may hold: precedents reach back to the 1980s; nothing may be in the future of the build. */
export const MIN_DATE = '1980-01-01';
export const MAX_DATE = '2027-12-31';

function isRealIsoDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar date, YYYY-MM-DD, that exists (no 2025-02-30) and lies within the product's range. */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  z.refine(isRealIsoDate, 'is not a real calendar date'),
  z.refine((v) => v >= MIN_DATE && v <= MAX_DATE, `must lie between ${MIN_DATE} and ${MAX_DATE}`),
);

/** How exact a date is: sources sometimes give only a month, or "around" a day. */
export const datePrecision = z.enum(['day', 'month', 'approximate']);

export const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'));

/** Only https links ship: http, javascript: and data: URLs are rejected. */
export const httpsUrl = z.string().check(
  z.refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'https:' && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an https:// URL'),
);

export const count = z.int().check(z.gte(0, 'must be a non-negative integer'));
/** null means "not reported" — never 0. */
export const reportedCount = z.nullable(count);

export const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));

/** Every text the UI shows from the data exists in English and Spanish. */
export const localized = z.object({ en: nonEmpty, es: nonEmpty });

/**
 * The ids of a record's sources in sources.json. Empty only with `uncitedSources`: the build (crossChecks) requires
 * at least one source, or a description of sources that cannot be cited (banned or http-only copies).
 */
export const sourceIds = z.array(id);

/**
 * Sources seen but not citable (a banned domain or an http-only mirror), described in words without a link:
 * "CBS News text on an http-only mirror, 15 Apr 2026". A record resting only on these is marked unverified.
 */
export const uncitedSources = z.optional(localized);

export const iso3 = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code'));

/** Where sources disagree, each value is kept with its own sources. */
export const conflict = z.object({
  field: nonEmpty,
  note: z.optional(localized),
  values: z
    .array(
      z.object({
        value: z.union([z.string(), z.number(), z.null()]),
        sourceIds,
        uncitedSources,
      }),
    )
    .check(z.minLength(2, 'a conflict lists at least two values')),
});

/** How well a record's sources hold up after verification.md. */
export const verification = z.enum(['confirmed', 'reported', 'unverified']);

export const correction = z.object({
  id,
  date: isoDate,
  recordId: z.nullable(id),
  field: z.nullable(z.string()),
  before: z.nullable(z.string()),
  after: z.nullable(z.string()),
  reason: localized,
  sourceIds: z.array(id),
});

/** The envelope every dataset shares: what it is, as of when, and what has been corrected. */
export function envelope<Shape extends z.core.$ZodLooseShape>(name: string, shape: Shape) {
  return z.object({
    /** The dataset's name, the same as its file name. */
    dataset: z.literal(name),
    /**
     * The latest date this dataset's facts were checked against sources: not the date of an edit (fixing records in
     * December does not make June's facts current).
     */
    asOf: isoDate,
    title: localized,
    /** What the dataset covers and does not cover. */
    notes: z.optional(localized),
    /** Every change made to a record after its first compilation, with the reason and its sources. */
    corrections: z.array(correction),
    ...shape,
  });
}
