import { useQueries } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { recordCount } from '../data/recordCount';
import { datasetNames } from '../data/schema/datasetNames';
import { useDatasetsBeforeAdopting } from '../data/useDatasetsBeforeAdopting';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { formatDate } from '../i18n/format';

// One array for the page's lifetime: TanStack Query re-derives its observers whenever the array is new.
const ALL_DATASETS = datasetNames.map((name) => datasetQuery(name));

/** Each dataset's size and "as of" date, so a reader knows how fresh every view is. */
export function DatasetStrip() {
  const lang = useLang();
  useDatasetsBeforeAdopting(datasetNames);
  const results = useQueries({ queries: ALL_DATASETS });
  return (
    <dl className="dataset-strip" aria-label={m.app_datasets({}, { locale: lang })}>
      {datasetNames.map((name, i) => {
        const result = results[i];
        const data = result?.data;
        return (
          <div key={name} className="dataset-strip__item" data-dataset={name}>
            <dt>{m.dataset_name({ dataset: name }, { locale: lang })}</dt>
            <dd>
              {data === undefined ? (
                // Same boxes as the loaded state, so nothing reflows when the data arrives (no layout shift).
                <>
                  <span className="dataset-strip__count">{result?.isError === true ? '—' : '…'}</span>
                  <span className="dataset-strip__asof" />
                </>
              ) : (
                <>
                  <span className="dataset-strip__count">
                    {m.app_records({ count: recordCount(name, data) }, { locale: lang })}
                  </span>
                  <span className="dataset-strip__asof">
                    {m.app_as_of({}, { locale: lang })} <time dateTime={data.asOf}>{formatDate(data.asOf, lang)}</time>
                  </span>
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
