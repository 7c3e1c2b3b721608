import type { UseQueryResult } from '@tanstack/react-query';
import type { DatasetError } from '../../data/datasetError';
import { datasetErrorDetail } from '../../data/datasetErrorDetail';
import type { DatasetName } from '../../data/schema/registry';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { DatasetErrorMessage } from '../../ui/DatasetErrorMessage';
import type { MapLayer } from './urlFields';

export interface LayerData {
  layer: MapLayer;
  dataset: DatasetName;
  result: UseQueryResult<unknown, DatasetError>;
}

/**
 * A layer whose dataset failed says why, with Retry, above the map; the basemap and the other layers still draw
 * (a failed aid file once blanked the whole map).
 */
export function LayerFailures({ layers }: { layers: readonly LayerData[] }) {
  const lang = useLang();
  const failed = layers.filter((l) => l.result.isError && l.result.data === undefined);
  if (failed.length === 0) return null;
  return (
    <div className="dataset-errors">
      {failed.map(({ layer, dataset, result }) => (
        <div key={layer}>
          <DatasetErrorMessage
            dataset={m.dataset_name({ dataset }, { locale: lang })}
            detail={result.error === null ? '' : datasetErrorDetail(result.error, lang)}
            onRetry={() => void result.refetch()}
          />
          <p className="muted">
            {m.map_layer_not_drawn({ layer: m.map_layer({ layer }, { locale: lang }) }, { locale: lang })}
          </p>
        </div>
      ))}
    </div>
  );
}
