import { useQueryClient } from '@tanstack/react-query';
import { use } from 'react';
import { useHydrated } from '../lib/useHydrated';
import { datasetQuery } from './queries';
import type { DatasetName } from './schema/registry';

// One promise per set of missing datasets: React's `use` needs the same promise on every try of a render.
const arrivals = new Map<string, Promise<unknown>>();

/**
 * While React adopts the prerendered page (hydration), a component drawn from datasets waits for them by
 * suspending: its prerendered HTML stays as it is, readable, and is adopted once they are here, while the rest of
 * the page (header, language, buttons) is already live. Outside hydration, and in the build's prerender (which has
 * every dataset), it does nothing. A dataset that fails still lets the render go on: the component says why.
 */
export function useDatasetsBeforeAdopting(names: readonly DatasetName[]): void {
  const hydrated = useHydrated();
  const client = useQueryClient();
  if (hydrated) return;
  const missing = names.filter((name) => client.getQueryData(datasetQuery(name).queryKey) === undefined);
  if (missing.length === 0) return;
  const key = missing.join(',');
  let arrival = arrivals.get(key);
  if (arrival === undefined) {
    arrival = Promise.allSettled(missing.map((name) => client.ensureQueryData(datasetQuery(name))));
    arrivals.set(key, arrival);
  }
  use(arrival);
}
