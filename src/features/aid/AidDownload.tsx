import type { AidSeries } from '../../data/schema/aid';
import type { Source } from '../../data/schema/sources';
import { readerToday } from '../../i18n/citation';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { useCanonicalUrl } from '../../state/canonicalUrl';
import { citeEntry } from '../../ui/DownloadCite';
import { DownloadPanel } from '../../ui/DownloadPanel';
import { aidViewCsv } from './aidViewCsv';
import type { SeriesTable } from './aidSelectors';

/** The aid view's "Download and cite" (the chart's images are exported beside each chart). */
export function AidDownload({
  series,
  table,
  sources,
  asOf,
}: {
  series: AidSeries;
  table: SeriesTable;
  sources: ReadonlyMap<string, Source>;
  asOf: string;
}) {
  const lang = useLang();
  const url = `${useCanonicalUrl()}#aid`;
  const view = m.app_region_aid({}, { locale: lang });
  const rowCount = table.rows.reduce((n, r) => n + Math.max(1, r.figures.length), 0);
  return (
    <DownloadPanel
      lang={lang}
      view={view}
      fileName={`sanctions-atlas-aid-${series.id}`}
      rowCount={rowCount}
      csv={() => aidViewCsv({ series, table, sources, lang, asOf, url })}
      cite={() => [
        citeEntry(m.cite_view({ view }, { locale: lang }), { part: view, asOf, accessed: readerToday(), url }, lang),
      ]}
    />
  );
}
