import { useQueries } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { recordCount } from '../data/recordCount';
import { datasetNames } from '../data/schema/datasetNames';
import { useLang, useT } from '../i18n/useT';
import { formatDate } from '../lib/format';

// One array for the page's lifetime: TanStack Query re-derives its observers whenever the array is new.
const ALL_DATASETS = datasetNames.map((name) => datasetQuery(name));

/** Each dataset's size and "as of" date, so a reader knows how fresh every view is. */
export function DatasetStrip() {
  const t = useT();
  const lang = useLang();
  const results = useQueries({ queries: ALL_DATASETS });
  return (
    <dl className="dataset-strip" aria-label={t('app.datasets')}>
      {datasetNames.map((name, i) => {
        const result = results[i];
        const data = result?.data;
        return (
          <div key={name} className="dataset-strip__item" data-dataset={name}>
            <dt>{t(`dataset.${name}`)}</dt>
            <dd>
              {data === undefined ? (
                // Same boxes as the loaded state, so nothing reflows when the data arrives (no layout shift).
                <>
                  <span className="dataset-strip__count">{result?.isError === true ? '—' : '…'}</span>
                  <span className="dataset-strip__asof" />
                </>
              ) : (
                <>
                  <span className="dataset-strip__count">{t('app.records', { count: recordCount(name, data) })}</span>
                  <span className="dataset-strip__asof">
                    {t('app.asOf')} <time dateTime={data.asOf}>{formatDate(data.asOf, lang)}</time>
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
