import { useQueries } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { m } from '../i18n/messages';
import { useHydrated } from '../lib/useHydrated';
import { useLang } from '../i18n/useLang';
import { DatasetErrorMessage } from '../ui/DatasetErrorMessage';
import type { DatasetError } from './datasetError';
import { datasetErrorDetail } from './datasetErrorDetail';
import { datasetQuery } from './queries';
import { useDatasetsBeforeAdopting } from './useDatasetsBeforeAdopting';
import type { AllDatasets, DatasetName } from './schema/registry';

type Picked<N extends DatasetName> = { [K in N]: AllDatasets[K] };

interface Props<N extends DatasetName> {
  datasets: readonly N[];
  children: (data: Picked<N>) => ReactNode;
}

/**
 * Renders its children only once every dataset they need has loaded and validated. A failure blanks this
 * view alone, with the reason and a Retry button; other views are unaffected.
 */
export function DatasetGate<N extends DatasetName>({ datasets, children }: Props<N>) {
  // The same array while the same datasets are asked for: TanStack Query re-derives its observers whenever it is new.
  useDatasetsBeforeAdopting(datasets);
  const key = datasets.join(',');
  const queries = useMemo(() => key.split(',').map((name) => datasetQuery(name as N)), [key]);
  const results = useQueries({ queries });
  const failed = results.flatMap((r, i) =>
    r.isError ? [{ name: datasets[i] as N, error: r.error as DatasetError, retry: r.refetch }] : [],
  );
  if (failed.length > 0) {
    return (
      <div className="dataset-errors">
        {failed.map((f) => (
          <DatasetFailure key={f.name} name={f.name} error={f.error} onRetry={() => void f.retry()} />
        ))}
      </div>
    );
  }
  if (results.some((r) => r.data === undefined))
    return <LoadingLine datasets={datasets.filter((_, i) => results[i]?.data === undefined)} />;
  return (
    <Deferred datasets={datasets} data={results.map((r) => r.data)}>
      {children}
    </Deferred>
  );
}

/**
 * The view is first drawn from the data in a transition: TanStack Query reports arrivals synchronously, and a
 * whole view drawn in one task blocks a slow phone for hundreds of milliseconds; a transition yields as it goes.
 * Until then the loading line stays.
 */
function Deferred<N extends DatasetName>({
  datasets,
  data,
  children,
}: {
  datasets: readonly N[];
  data: readonly unknown[];
  children: (data: Picked<N>) => ReactNode;
}) {
  const names = useSameWhileEqual(datasets);
  const values = useSameWhileEqual(data);
  const ready = useMemo(
    () => Object.fromEntries(names.map((name, i) => [name, values[i]])) as Picked<N>,
    [names, values],
  );
  // The prerendered page and its hydration draw the view at once (its HTML already holds it); later renders
  // start from the loading line.
  const hydrated = useHydrated();
  const shown = useDeferredValue<Picked<N> | null>(ready, hydrated ? null : ready);
  // The same view while the data and the parent's render function are: a re-render of the gate alone (its
  // hydration mark turning true, above) does not redraw the view.
  const view = useMemo(() => (shown === null ? null : children(shown)), [children, shown]);
  if (shown === null) return <LoadingLine datasets={datasets} />;
  return <>{view}</>;
}

function DatasetFailure({ name, error, onRetry }: { name: DatasetName; error: DatasetError; onRetry: () => void }) {
  const lang = useLang();
  return (
    <DatasetErrorMessage
      dataset={m.dataset_name({ dataset: name }, { locale: lang })}
      detail={datasetErrorDetail(error, lang)}
      onRetry={onRetry}
    />
  );
}

function LoadingLine({ datasets }: { datasets: readonly DatasetName[] }) {
  const lang = useLang();
  return (
    <p className="loading" role="status">
      {m.data_loading(
        { dataset: datasets.map((n) => m.dataset_name({ dataset: n }, { locale: lang })).join(', ') },
        { locale: lang },
      )}
    </p>
  );
}

/** The previous array while every item is the same: callers build new arrays of the same datasets each render. */
function useSameWhileEqual<T>(items: readonly T[]): readonly T[] {
  const [kept, setKept] = useState(items);
  const changed = items.length !== kept.length || items.some((item, i) => item !== kept[i]);
  // Adjusting state while rendering, as React recommends for values derived from the previous render.
  if (changed) setKept(items);
  return changed ? items : kept;
}
