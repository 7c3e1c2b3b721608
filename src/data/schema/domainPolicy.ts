import * as z from 'zod/mini';
import { isoDate, localized, nonEmpty } from './primitives.ts';

/** Why a weak domain is weak: it may support a record only beside an ordinary source, or on an unverified record. */
export const weakCategory = z.enum(['ai-aggregator', 'copy-site', 'state-media', 'partisan']);
/** Why a banned domain is banned: it is never cited, not even for a conflicting value. */
export const bannedCategory = z.enum([
  'scraper',
  'content-farm',
  'unauthorised-copy',
  'ai-rewrite',
  'extremist',
  'disinformation',
]);

const domainName = z
  .string()
  .check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a lower-case host name such as example.com'));

const entryBase = {
  /** The host or registered domain, lower case, without "www.". */
  domain: domainName,
  /** Whether hosts under this domain (www., news., cdn…) share its class. */
  includeSubdomains: z.boolean(),
  /** Why the domain is classed so (what it is). */
  note: nonEmpty,
};

/** A domain that is never cited: a source on it fails the build, wherever it is cited. */
export const bannedEntry = z.object({ ...entryBase, class: z.literal('banned'), category: bannedCategory });
/** A domain cited only beside an ordinary source, or on a record marked unverified. */
export const weakEntry = z.object({ ...entryBase, class: z.literal('weak'), category: weakCategory });
export const domainEntry = z.discriminatedUnion('class', [bannedEntry, weakEntry]);

/** data/domain-policy.json: every domain not listed is ordinary. */
export const domainPolicyFile = z.object({
  policy: z.literal('domain-policy'),
  /** The date the policy was last reviewed. */
  asOf: isoDate,
  /** How the policy applies. */
  notes: localized,
  domains: z.array(domainEntry),
});

export type DomainEntry = z.infer<typeof domainEntry>;
export type DomainPolicy = z.infer<typeof domainPolicyFile>;
