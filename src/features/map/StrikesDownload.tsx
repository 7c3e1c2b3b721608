import type { Strike, StrikeArea } from '../../data/schema/strikes';
import { readerToday } from '../../i18n/citation';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { useCanonicalUrl } from '../../state/canonicalUrl';
import { citeEntry } from '../../ui/DownloadCite';
import { DownloadPanel } from '../../ui/DownloadPanel';
import { strikesCsv, type StrikesCsvInput } from './strikesCsv';

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
      csv={() => strikesCsv({ strikes, areas, filters, lang, asOf, url })}
      cite={() => [
        citeEntry(m.cite_view({ view }, { locale: lang }), { part: view, asOf, accessed: readerToday(), url }, lang),
      ]}
    />
  );
}
