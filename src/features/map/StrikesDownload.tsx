import type { Strike, StrikeArea } from '../../data/schema/strikes';
import { readerToday } from '../../i18n/citation';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { useCanonicalUrl } from '../../state/canonicalUrl';
import { citeEntry } from '../../ui/DownloadCite';
import { DownloadPanel } from '../../ui/DownloadPanel';
import type { StrikesCsvInput } from './strikesCsv';

// The CSV builder loads when a reader downloads: the map's first load does not carry it.
const loadStrikesCsv = () => import('./strikesCsv');

/** The map's "Download and cite": the strikes table's rows as CSV, the package, the licence, "Cite this". */
export function StrikesDownload({
  strikes,
  areas,
  filters,
  asOf,
}: {
  strikes: readonly Strike[];
  areas: readonly StrikeArea[];
  filters: StrikesCsvInput['filters'];
  asOf: string;
}) {
  const lang = useLang();
  const url = `${useCanonicalUrl()}#map`;
  const view = m.app_region_map({}, { locale: lang });
  return (
    <DownloadPanel
      lang={lang}
      view={view}
      fileName="sanctions-atlas-strikes"
      rowCount={strikes.length}
      csv={() => loadStrikesCsv().then((mod) => mod.strikesCsv({ strikes, areas, filters, lang, asOf, url }))}
      cite={() => [
        citeEntry(m.cite_view({ view }, { locale: lang }), { part: view, asOf, accessed: readerToday(), url }, lang),
      ]}
    />
  );
}
