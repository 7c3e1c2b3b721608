import { describeBanned, policyEntryFor } from './domainClass.ts';
import type { DataProblem } from './problems.ts';

export interface CitedSource {
  id: string;
  url: string;
}

interface SourceList {
  sourceIds: readonly string[];
  uncitedSources?: unknown;
}

function isSourceList(value: unknown): value is SourceList {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { sourceIds?: unknown }).sourceIds) &&
    (value as { sourceIds: unknown[] }).sourceIds.every((s) => typeof s === 'string')
  );
}

/** Every sourceIds list inside a record (its own, its conflicts' values, its revisions…), with the list's path. */
export function sourceListsIn(value: unknown, path = ''): { path: string; list: SourceList }[] {
  if (typeof value !== 'object' || value === null) return [];
  const here = isSourceList(value) ? [{ path: path === '' ? 'sourceIds' : `${path}.sourceIds`, list: value }] : [];
  const nested = Object.entries(value).flatMap(([key, child]) =>
    key === 'sourceIds' ? [] : sourceListsIn(child, path === '' ? key : `${path}.${key}`),
  );
  return [...here, ...nested];
}

const FIX_BANNED =
  'remove it, or replace it with the original outlet or another ordinary source; if no citable copy exists, describe the claim in words in "uncitedSources" and mark the record "unverified"';

/**
 * Citation rules for one record: every cited id resolves, no citation points at a banned domain, every source list
 * has a source (or describes its uncitable ones), and a record resting only on weak domains is marked unverified.
 */
export function citationProblems(
  file: string,
  record: { id: string; verification?: unknown },
  sourcesById: ReadonlyMap<string, CitedSource>,
  options: { requireSources: boolean; bannedOnly?: boolean },
): DataProblem[] {
  const problems: DataProblem[] = [];
  const push = (field: string, message: string) => problems.push({ file, recordId: record.id, field, message });
  for (const { path, list } of sourceListsIn(record)) {
    list.sourceIds.forEach((sourceId, i) => {
      const source = sourcesById.get(sourceId);
      if (source === undefined) {
        if (options.bannedOnly !== true) push(`${path}.${i}`, `unknown sourceId "${sourceId}"`);
        return;
      }
      const entry = policyEntryFor(source.url);
      if (entry?.class === 'banned') push(`${path}.${i}`, `"${sourceId}": ${describeBanned(entry)} — ${FIX_BANNED}`);
    });
    if (options.bannedOnly === true) continue;
    if (options.requireSources && list.sourceIds.length === 0 && list.uncitedSources === undefined) {
      push(
        path,
        'every record needs at least one source (or, when only uncitable copies exist, an "uncitedSources" description and verification "unverified")',
      );
    }
  }
  const own = (record as { sourceIds?: unknown }).sourceIds;
  if (
    options.bannedOnly === true ||
    !options.requireSources ||
    !Array.isArray(own) ||
    record.verification === 'unverified'
  )
    return problems;
  const resolved = own.flatMap((sid) => sourcesById.get(String(sid)) ?? []);
  if (
    own.length === 0 &&
    resolved.length === 0 &&
    (record as { uncitedSources?: unknown }).uncitedSources !== undefined
  ) {
    push('verification', 'rests only on uncitable sources ("uncitedSources"): mark it "unverified"');
  } else if (resolved.length > 0 && resolved.every((s) => policyEntryFor(s.url)?.class === 'weak')) {
    const domains = [...new Set(resolved.map((s) => policyEntryFor(s.url)?.domain))].join(', ');
    push(
      'sourceIds',
      `rests only on weak domains (${domains}): add a source on an ordinary domain, or mark the record "unverified"`,
    );
  }
  return problems;
}

function isRecordLike(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/**
 * Banned citations found in files as read, before (or despite) schema errors: a banned source fails sources.json's
 * schema, and every record citing it is named too, so one run lists everything to fix.
 */
export function bannedCitationsInRaw(raw: Readonly<Record<string, unknown>>): DataProblem[] {
  const sources = (raw.sources as { records?: unknown } | undefined)?.records;
  const sourcesById = new Map<string, CitedSource>();
  if (Array.isArray(sources)) {
    for (const s of sources) {
      const url: unknown = isRecordLike(s) ? (s as { url?: unknown }).url : undefined;
      if (isRecordLike(s) && typeof url === 'string') sourcesById.set(s.id, { id: s.id, url });
    }
  }
  return Object.entries(raw).flatMap(([name, dataset]) =>
    typeof dataset === 'object' && dataset !== null && name !== 'sources'
      ? Object.values(dataset).flatMap((list) =>
          Array.isArray(list)
            ? list
                .filter(isRecordLike)
                .flatMap((r) =>
                  citationProblems(`data/${name}.json`, r, sourcesById, { requireSources: false, bannedOnly: true }),
                )
            : [],
        )
      : [],
  );
}
