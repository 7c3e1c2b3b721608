import type { Source } from '../data/schema/sources';

export function useSourceIndex(sources: readonly Source[]): Map<string, Source> {
  return new Map(sources.map((s) => [s.id, s]));
}
