import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DatasetError } from './datasetError';
import type { ChangelogDataset } from './schema/changelog';
import type { DatasetName, DatasetOf } from './schema/registry';

export function datasetUrl(name: DatasetName): string {
  return `${import.meta.env.BASE_URL}data/${name}.json`;
}

/**
 * The loader (the dataset worker's client, or loading on the main thread) is a chunk of its own, out of the
 * entry script; main.tsx asks for it at start, so it is there before the first view asks for data.
 */
export const datasetLoader = () => import('./loadDataset');

/** One queryOptions factory for every dataset: static files never go stale within a session. */
export function datasetQuery<N extends DatasetName>(name: N) {
  return queryOptions<DatasetOf<N>, DatasetError>({
    queryKey: ['dataset', name],
    queryFn: () => datasetLoader().then((loader) => loader.loadDataset(name, datasetUrl(name))),
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

/** data/changelog.json: what changed in the data and when (not one of the datasets; it describes them). */
export const changelogQuery = queryOptions<ChangelogDataset, DatasetError>({
  queryKey: ['changelog'],
  queryFn: () =>
    import('./loadChangelog').then((loader) => loader.loadChangelog(`${import.meta.env.BASE_URL}data/changelog.json`)),
  staleTime: Infinity,
  gcTime: Infinity,
});

export const useSources = () => useQuery(sourcesQuery);
export const useEvents = () => useQuery(eventsQuery);
export const useSanctions = () => useQuery(sanctionsQuery);
export const useAid = () => useQuery(aidQuery);
export const useStrikes = () => useQuery(strikesQuery);
export const usePrecedents = () => useQuery(precedentsQuery);
export const useChangelog = () => useQuery(changelogQuery);
