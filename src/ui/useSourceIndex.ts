import { useMemo } from 'react';
import type { Source } from '../data/schema/sources';

export function useSourceIndex(sources: readonly Source[]): Map<string, Source> {
  return useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
}
