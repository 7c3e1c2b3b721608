import * as z from 'zod/mini';
import { datasetNames } from './datasetNames.ts';
import { id, isoDate, localized } from './primitives.ts';

/** A record a change touched: its dataset and id. */
export const changelogRef = z.object({
  dataset: z.enum(datasetNames, { error: `must be one of ${datasetNames.join(', ')}` }),
  id,
});

/** One change to the data: when it was made (an edit date, not an "as of"), what changed, and what it touched. */
export const changelogEntry = z.object({
  id,
  date: isoDate,
  summary: localized,
  /** Empty for sweeping changes (a first compilation) that touch every record. */
  records: z.array(changelogRef),
});

/** data/changelog.json: the history of the datasets, listed by the app, newest last. */
export const changelogDataset = z.object({
  dataset: z.literal('changelog'),
  /** The date of the latest entry. */
  asOf: isoDate,
  title: localized,
  notes: z.optional(localized),
  entries: z.array(changelogEntry),
});

export type ChangelogRef = z.infer<typeof changelogRef>;
export type ChangelogEntry = z.infer<typeof changelogEntry>;
export type ChangelogDataset = z.infer<typeof changelogDataset>;
