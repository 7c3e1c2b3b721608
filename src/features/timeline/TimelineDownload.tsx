import type { CrisisEvent } from '../../data/schema/events';
import { readerToday } from '../../i18n/citation';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { useCanonicalUrl } from '../../state/canonicalUrl';
import { citeEntry } from '../../ui/DownloadCite';
import { DownloadPanel } from '../../ui/DownloadPanel';
import type { TimelineCsvInput } from './timelineCsv';

// The CSV builder loads when a reader downloads: the timeline's first load does not carry it.
const loadTimelineCsv = () => import('./timelineCsv');

/** The timeline's "Download and cite": the window's events as CSV, the package, licence, citation. */
export function TimelineDownload({
  events,
  window,
  asOf,
}: {
  events: readonly CrisisEvent[];
  window: TimelineCsvInput['window'];
  asOf: string;
}) {
  const lang = useLang();
  const url = `${useCanonicalUrl()}#timeline`;
  const view = m.app_region_timeline({}, { locale: lang });
  return (
    <DownloadPanel
      lang={lang}
      view={view}
      fileName="sanctions-atlas-timeline"
      rowCount={events.length}
      csv={() => loadTimelineCsv().then((mod) => mod.timelineCsv({ events, window, lang, asOf, url }))}
      cite={() => [
        citeEntry(m.cite_view({ view }, { locale: lang }), { part: view, asOf, accessed: readerToday(), url }, lang),
      ]}
    />
  );
}
