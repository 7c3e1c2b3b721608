import * as z from 'zod/mini';
import { envelope, httpsUrl, id, isoDate, nonEmpty } from './primitives.ts';

/**
 * How a source is weighed: primary (government record), wire (AP, Reuters, AFP), press (named outlet),
 * tracker (Airwars, Just Security…), secondary (aggregators, repost of a named outlet).
 */
export const sourceKind = z.enum(['primary', 'wire', 'press', 'tracker', 'research', 'secondary']);

export const source = z.object({
  id,
  publisher: nonEmpty,
  title: nonEmpty,
  url: httpsUrl,
  published: z.nullable(isoDate),
  accessed: isoDate,
  kind: sourceKind,
  /** Set when verification.md flags the domain: such a source may support a record but never alone. */
  flagged: z.optional(z.boolean()),
  note: z.optional(z.string()),
});

export const sourcesDataset = envelope('sources', { records: z.array(source) });

export type Source = z.infer<typeof source>;
export type SourcesDataset = z.infer<typeof sourcesDataset>;
