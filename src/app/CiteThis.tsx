import { useQueries } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { datasetNames } from '../data/schema/datasetNames';
import { useDatasetsBeforeAdopting } from '../data/useDatasetsBeforeAdopting';
import { readerToday } from '../i18n/citation';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { useCanonicalUrl, workUrl } from '../state/canonicalUrl';
import { CiteBlock, citeEntry } from '../ui/DownloadCite';
import { latestAsOf } from './DataAgeNotice';

const ALL_DATASETS = datasetNames.map((name) => datasetQuery(name));

/**
 * "Cite this" in the footer: the whole work (its address, the latest as-of date of its datasets) and the view
 * on screen (its canonical address), in APA and BibTeX, in the reader's language, accessed on the reader's today.
 */
export default function CiteThis() {
  const lang = useLang();
  const url = useCanonicalUrl();
  useDatasetsBeforeAdopting(datasetNames);
  const results = useQueries({ queries: ALL_DATASETS });
  const asOf = latestAsOf(results.map((r) => r.data?.asOf));
  if (asOf === null) return <p className="loading">…</p>;
  const accessed = readerToday();
  const locale = { locale: lang };
  return (
    <CiteBlock
      lang={lang}
      titled={false}
      entries={[
        citeEntry(m.cite_work({}, locale), { asOf, accessed, url: workUrl() }, lang),
        citeEntry(m.cite_view({ view: m.cite_current_view({}, locale) }, locale), { asOf, accessed, url }, lang),
      ]}
    />
  );
}
