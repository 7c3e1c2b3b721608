import { queryOptions, useQuery } from '@tanstack/react-query';
import { DatasetError } from './datasetError';
import type { DatasetName, DatasetOf } from './schema/registry';

export function datasetUrl(name: DatasetName): string {
  return `${import.meta.env.BASE_URL}data/${name}.json`;
}

/** Fetches one dataset and validates it with the same schema the build used; zod loads lazily, off the entry chunk. */
async function loadDataset<N extends DatasetName>(name: N, signal: AbortSignal): Promise<DatasetOf<N>> {
  let response: Response;
  try {
    response = await fetch(datasetUrl(name), { signal });
  } catch (cause) {
    throw new DatasetError(name, 'network', { cause });
  }
  if (!response.ok) throw new DatasetError(name, 'http', { status: response.status });
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new DatasetError(name, 'parse', { cause });
  }
  const [{ datasetSchemas }, { problemsFromZod }] = await Promise.all([
    import('./schema/registry'),
    import('./schema/problems'),
  ]);
  const result = datasetSchemas[name].safeParse(json);
  if (!result.success) {
    throw new DatasetError(name, 'invalid', { problems: problemsFromZod(`data/${name}.json`, json, result.error) });
  }
  return result.data as DatasetOf<N>;
}

/** One queryOptions factory for every dataset: static files never go stale within a session. */
export function datasetQuery<N extends DatasetName>(name: N) {
  return queryOptions<DatasetOf<N>, DatasetError>({
    queryKey: ['dataset', name],
    queryFn: ({ signal }) => loadDataset(name, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export const sourcesQuery = datasetQuery('sources');
export const eventsQuery = datasetQuery('events');
export const sanctionsQuery = datasetQuery('sanctions');
export const aidQuery = datasetQuery('aid');
export const strikesQuery = datasetQuery('strikes');
export const precedentsQuery = datasetQuery('precedents');

export const useSources = () => useQuery(sourcesQuery);
export const useEvents = () => useQuery(eventsQuery);
export const useSanctions = () => useQuery(sanctionsQuery);
export const useAid = () => useQuery(aidQuery);
export const useStrikes = () => useQuery(strikesQuery);
export const usePrecedents = () => useQuery(precedentsQuery);
