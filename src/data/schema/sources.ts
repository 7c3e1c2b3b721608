import * as z from 'zod/mini';
import { describeBanned, policyEntryFor } from './domainClass.ts';
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
  /** Its class (banned, weak, ordinary) comes from data/domain-policy.json by host; a banned host fails. */
  url: httpsUrl.check(
    z.superRefine((url, ctx) => {
      const entry = policyEntryFor(url);
      if (entry?.class === 'banned')
        ctx.issues.push({
          code: 'custom',
          input: url,
          message: `${describeBanned(entry)}: remove this source and every citation of it, or replace it with the original outlet's page`,
        });
    }),
  ),
  published: z.nullable(isoDate),
  accessed: isoDate,
  kind: sourceKind,
  note: z.optional(z.string()),
});

export const sourcesDataset = envelope('sources', { records: z.array(source) });

export type Source = z.infer<typeof source>;
export type SourcesDataset = z.infer<typeof sourcesDataset>;
