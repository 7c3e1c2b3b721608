import policyFile from '../../../data/domain-policy.json' with { type: 'json' };
import type { DomainEntry, DomainPolicy } from './domainPolicy.ts';

// Kept free of zod so the sources panel can show each source's class without loading the schema library.

/** A source's class: banned and weak come from the policy; every other domain is ordinary. */
export type SourceClass = 'banned' | 'weak' | 'ordinary';
export const sourceClasses: readonly SourceClass[] = ['ordinary', 'weak', 'banned'];

/** The shipped policy. Its shape is checked by validateAll (build and `npm run validate-data`). */
export const domainPolicy = policyFile as DomainPolicy;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

export function policyIndex(policy: DomainPolicy): Map<string, DomainEntry> {
  return new Map(policy.domains.map((e) => [e.domain, e]));
}

const shippedIndex = policyIndex(domainPolicy);

/** The policy entry a URL falls under: its host's own entry, else the nearest parent entry that covers subdomains. */
export function policyEntryFor(url: string, index: Map<string, DomainEntry> = shippedIndex): DomainEntry | null {
  const host = hostOf(url);
  if (host === null) return null;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    const entry = index.get(candidate);
    if (entry === undefined) continue;
    const sameHost = i === 0 || (i === 1 && labels[0] === 'www');
    if (sameHost || entry.includeSubdomains) return entry;
  }
  return null;
}

export function sourceClassOf(url: string, index?: Map<string, DomainEntry>): SourceClass {
  return policyEntryFor(url, index)?.class ?? 'ordinary';
}

/** "8657085.xyz is banned (scraper)" — the words every banned-source message starts with. */
export function describeBanned(entry: DomainEntry): string {
  return `${entry.domain} is banned (${entry.category})`;
}
