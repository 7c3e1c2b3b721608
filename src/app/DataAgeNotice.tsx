import { useQueries } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { datasetQuery } from '../data/queries';
import { datasetNames } from '../data/schema/datasetNames';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { formatAge, formatLongDate } from '../i18n/format';
import { setViewState } from '../state/urlStore';
import { useHydrated } from '../lib/useHydrated';
import { useDatasetsBeforeAdopting } from '../data/useDatasetsBeforeAdopting';

const ALL_DATASETS = datasetNames.map((name) => datasetQuery(name));
// An embed reads only the datasets its view loaded: the date is theirs, and the embed downloads nothing more.
const LOADED_DATASETS = datasetNames.map((name) => ({ ...datasetQuery(name), enabled: false }));

/** The latest "as of" of the datasets loaded so far, or null before the first one arrives. */
export function latestAsOf(asOfs: readonly (string | undefined)[]): string | null {
  let latest: string | null = null;
  for (const d of asOfs) if (d !== undefined && (latest === null || d > latest)) latest = d;
  return latest;
}

/**
 * "Data last updated 24 June 2026 — 5 months ago": the data's age on the reader's clock, near the top of every
 * page (embeds too), leading to the data changelog. Small and in the entry: it is the first thing to read.
 */
export const DataAgeNotice = memo(function DataAgeNotice({ embed }: { embed: boolean }) {
  const lang = useLang();
  useDatasetsBeforeAdopting(embed ? [] : datasetNames);
  const results = useQueries({ queries: embed ? LOADED_DATASETS : ALL_DATASETS });
  // While any dataset loads, the latest date is not known yet: it is shown once, not changed under the reader.
  const settled = embed || results.every((r) => !r.isPending);
  const asOf = settled ? latestAsOf(results.map((r) => r.data?.asOf)) : null;
  // The reader's clock, read once: the age does not tick while the page is open.
  const [now] = useState(() => new Date());
  // The build's clock is not the reader's: the prerendered page (and its hydration) gives the date alone.
  const hydrated = useHydrated();
  return (
    <p className="data-age" role="status">
      {asOf === null ? null : (
        <>
          {hydrated
            ? m.app_data_age({ date: formatLongDate(asOf, lang), age: formatAge(asOf, now, lang) }, { locale: lang })
            : m.app_data_date({ date: formatLongDate(asOf, lang) }, { locale: lang })}
          {embed ? null : (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={() => setViewState({ panel: 'changelog' })}>
                {m.app_changelog_link({}, { locale: lang })}
              </button>
            </>
          )}
        </>
      )}
    </p>
  );
});
