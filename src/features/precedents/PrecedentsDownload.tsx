import type { PrecedentCase } from '../../data/schema/precedents';
import type { Source } from '../../data/schema/sources';
import { readerToday } from '../../i18n/citation';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { useCanonicalUrl } from '../../state/canonicalUrl';
import { citeEntry } from '../../ui/DownloadCite';
import { DownloadPanel } from '../../ui/DownloadPanel';
import { precedentsCsv, type PrecedentsCsvInput } from './precedentsCsv';

/** The precedents view's "Download and cite": the list's shown cases as CSV, the package, licence, citation. */
export function PrecedentsDownload(props: {
  cases: readonly PrecedentCase[];
  filters: PrecedentsCsvInput['filters'];
  countryName: string | null;
  sources: ReadonlyMap<string, Source>;
  asOf: string;
}) {
  const lang = useLang();
  const url = `${useCanonicalUrl()}#precedents`;
  const view = m.app_region_precedents({}, { locale: lang });
  const { asOf } = props;
  return (
    <DownloadPanel
      lang={lang}
      view={view}
      fileName="sanctions-atlas-precedents"
      rowCount={props.cases.length}
      csv={() => precedentsCsv({ ...props, lang, url })}
      cite={() => [
        citeEntry(m.cite_view({ view }, { locale: lang }), { part: view, asOf, accessed: readerToday(), url }, lang),
      ]}
    />
  );
}
