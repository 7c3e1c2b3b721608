/** Every id in every `sourceIds` list inside a value (a record's own, its conflicts', its revisions'…). */
function citedIds(value: unknown, into: string[]): string[] {
  if (typeof value !== 'object' || value === null) return into;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'sourceIds' && Array.isArray(child)) into.push(...child.filter((s) => typeof s === 'string'));
    else citedIds(child, into);
  }
  return into;
}

/** Every publisher the records cite, once each, in the order first cited: a figure's full source line. */
export function citedPublishers(
  records: readonly unknown[],
  sources: ReadonlyMap<string, { publisher: string }>,
): string[] {
  const ids = citedIds(records, []);
  return [...new Set(ids.flatMap((id) => sources.get(id)?.publisher ?? []))];
}
