import { useQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { datasetQuery } from '../data/queries';
import type { DatasetError } from '../data/datasetError';
import type { AllDatasets, DatasetName } from '../data/schema/registry';
import { useT } from '../i18n/useT';
import { DatasetErrorMessage } from './DatasetErrorMessage';

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
  const t = useT();
  const results = useQueries({ queries: datasets.map((name) => datasetQuery(name)) });
  const failed = results.flatMap((r, i) => (r.isError ? [{ name: datasets[i] as N, error: r.error as DatasetError, retry: r.refetch }] : []));
  if (failed.length > 0) {
    return (
      <div className="dataset-errors">
        {failed.map((f) => (
          <DatasetErrorMessage key={f.name} name={f.name} error={f.error} onRetry={() => void f.retry()} />
        ))}
      </div>
    );
  }
  if (results.some((r) => r.data === undefined)) {
    const waiting = datasets.filter((_, i) => results[i]?.data === undefined).map((n) => t(`dataset.${n}`));
    return (
      <p className="loading" role="status">
        {t('data.loading', { dataset: waiting.join(', ') })}
      </p>
    );
  }
  const data = Object.fromEntries(datasets.map((name, i) => [name, results[i]?.data])) as Picked<N>;
  return <>{children(data)}</>;
}
