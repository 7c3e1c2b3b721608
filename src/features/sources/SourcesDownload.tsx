import type { Source } from '../../data/schema/sources';
import { readerToday } from '../../i18n/citation';
import { m } from '../../i18n/messages';
import type { Lang } from '../../lib/lang';
import { useCanonicalUrl } from '../../state/canonicalUrl';
import { citeEntry } from '../../ui/DownloadCite';
import { DownloadPanel } from '../../ui/DownloadPanel';
import type { Citation } from './citations';
import { sourcesCsv } from './sourcesCsv';

/** The sources list's "Download and cite": the listed sources as CSV, the package, licence, citation. */
export function SourcesDownload({
  sources,
  citations,
  filter,
  asOf,
  lang,
}: {
  sources: readonly Source[];
  citations: ReadonlyMap<string, readonly Citation[]>;
  filter: string;
  asOf: string;
  lang: Lang;
}) {
  const url = useCanonicalUrl('sources');
  const view = m.sources_title({}, { locale: lang });
  return (
    <DownloadPanel
      lang={lang}
      view={view}
      fileName="sanctions-atlas-sources"
      rowCount={sources.length}
      csv={() => sourcesCsv({ sources, citations, filter, lang, asOf, url })}
      cite={() => [
        citeEntry(m.cite_view({ view }, { locale: lang }), { part: view, asOf, accessed: readerToday(), url }, lang),
      ]}
    />
  );
}
