import { lazy, Suspense } from 'react';
import type { Source } from '../../data/schema/sources';
import { useSanctions } from '../../data/queries';
import { useDatasetsBeforeAdopting } from '../../data/useDatasetsBeforeAdopting';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import { Disclosure } from '../../ui/Disclosure';
import { sanctionTitle, type SanctionRecord } from './sanctionTitle';

// A record's details show only once the reader opens one: a chunk of its own, as the timeline's event details.
const SanctionDetails = lazy(() => import('./SanctionDetails').then((mod) => ({ default: mod.SanctionDetails })));

const SANCTIONS = ['sanctions'] as const;

/**
 * The sanctions dataset's records (designations, and the visa, legal and review steps around them), each with a
 * link of its own: listed under the timeline, the selected one open with its sources. They load on their own, so
 * a failure here leaves the timeline standing.
 */
export function SanctionsRecords({ selected, sources }: { selected: string | null; sources: Map<string, Source> }) {
  const lang = useLang();
  useDatasetsBeforeAdopting(SANCTIONS);
  const query = useSanctions();
  if (query.data === undefined) {
    return query.isError ? (
      <p role="status" className="notice-inline">
        {m.timeline_sanctions_error({}, { locale: lang })}
      </p>
    ) : selected === null ? null : (
      <p className="muted">{m.timeline_sanctions_loading({}, { locale: lang })}</p>
    );
  }
  const designations: SanctionRecord[] = query.data.designations.map((record) => ({ kind: 'designation', record }));
  const developments: SanctionRecord[] = [...query.data.developments]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((record) => ({ kind: 'development', record }));
  const open = [...designations, ...developments].find((r) => r.record.id === selected);
  const list = (records: SanctionRecord[]) => (
    <ol>
      {records.map((r) => (
        <li key={r.record.id}>
          <button
            type="button"
            className="link-button"
            aria-pressed={r.record.id === selected}
            onClick={() => setViewState({ sanction: r.record.id })}
          >
            {sanctionTitle(r, lang)}
          </button>
        </li>
      ))}
    </ol>
  );
  return (
    <>
      {open === undefined ? null : (
        <Suspense fallback={<p className="loading">…</p>}>
          <SanctionDetails r={open} sources={sources} />
        </Suspense>
      )}
      {selected !== null && open === undefined ? (
        <p role="status" className="notice-inline">
          {m.timeline_unknown_sanction({ id: selected }, { locale: lang })}{' '}
          <button type="button" onClick={() => setViewState({ sanction: null })}>
            {m.timeline_close_event({}, { locale: lang })}
          </button>
        </p>
      ) : null}
      <Disclosure
        className="event-list sanctions-list"
        summary={m.timeline_sanctions_summary({ count: designations.length + developments.length }, { locale: lang })}
      >
        {() => (
          <>
            <h4>{m.timeline_sanctions_designations({}, { locale: lang })}</h4>
            {list(designations)}
            <h4>{m.timeline_sanctions_developments({}, { locale: lang })}</h4>
            {list(developments)}
          </>
        )}
      </Disclosure>
    </>
  );
}
