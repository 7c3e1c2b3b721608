import { useQueries } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDialog } from '../../ui/useDialog';
import { datasetQuery } from '../../data/queries';
import type { AllDatasets } from '../../data/schema/registry';
import { datasetNames } from '../../data/schema/datasetNames';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import type { ViewState } from '../../state/viewState';

import { allCorrections, citationsBySource } from './citations';
import { ChangelogList } from './ChangelogList';
import { CorrectionsList } from './CorrectionsList';
import { SourceList } from './SourceList';

type Panel = NonNullable<ViewState['panel']>;
// One array for the panel's lifetime: TanStack Query re-derives its observers whenever the array is new.
const ALL_DATASETS = datasetNames.map((n) => datasetQuery(n));

/** Side panel listing every source (publisher, date, what cites it) and the corrections log. */
export default function SourcesPanel({ tab }: { tab: Panel }) {
  const lang = useLang();
  const close = () => setViewState({ panel: null });
  const { headingRef } = useDialog<HTMLHeadingElement>(close);
  const [filter, setFilter] = useState('');
  const results = useQueries({ queries: ALL_DATASETS });
  const loaded = Object.fromEntries(
    datasetNames.flatMap((n, i) => (results[i]?.data === undefined ? [] : [[n, results[i].data]])),
  ) as Partial<AllDatasets>;
  // A few hundred records: cheap enough to index on each render of this panel.
  const citations = citationsBySource(loaded);
  const corrections = allCorrections(loaded);

  // Another tab is another page of the panel: the reader lands on its heading.
  useEffect(() => headingRef.current?.focus(), [tab, headingRef]);

  const title =
    tab === 'sources'
      ? m.sources_title({}, { locale: lang })
      : tab === 'changelog'
        ? m.changelog_title({}, { locale: lang })
        : m.corrections_title({}, { locale: lang });
  return (
    <aside className="side-panel" role="dialog" aria-modal="false" aria-labelledby="side-panel-title">
      <div className="side-panel__head">
        <h2 id="side-panel-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <div className="side-panel__tabs">
          <button
            type="button"
            aria-pressed={tab === 'sources'}
            onClick={() => setViewState({ panel: 'sources' }, 'replace')}
          >
            {m.sources_title({}, { locale: lang })}
          </button>
          <button
            type="button"
            aria-pressed={tab === 'corrections'}
            onClick={() => setViewState({ panel: 'corrections' }, 'replace')}
          >
            {m.corrections_title({}, { locale: lang })}
          </button>
          <button
            type="button"
            aria-pressed={tab === 'changelog'}
            onClick={() => setViewState({ panel: 'changelog' }, 'replace')}
          >
            {m.changelog_title({}, { locale: lang })}
          </button>
          <button type="button" onClick={close}>
            {m.sources_close({}, { locale: lang })}
          </button>
        </div>
      </div>
      {tab === 'sources' ? (
        <SourceList
          sources={loaded.sources?.records ?? []}
          citations={citations}
          filter={filter}
          onFilter={setFilter}
          lang={lang}
          {...(loaded.sources === undefined ? {} : { asOf: loaded.sources.asOf })}
        />
      ) : tab === 'changelog' ? (
        <ChangelogList lang={lang} />
      ) : (
        <CorrectionsList corrections={corrections} lang={lang} />
      )}
    </aside>
  );
}
