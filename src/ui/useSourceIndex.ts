/** Records by id (sources, for links that name them by id). */
export function useSourceIndex<S extends { id: string }>(sources: readonly S[]): Map<string, S> {
  return new Map(sources.map((s) => [s.id, s]));
}
