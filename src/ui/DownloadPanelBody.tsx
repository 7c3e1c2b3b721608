import { useState } from 'react';
import { m } from '../i18n/messages';
import { saveBlob } from '../lib/export/saveBlob';
import { CiteBlock } from './DownloadCite';
import { PACKAGE_FILE, type DownloadPanelProps } from './DownloadPanel';
import { LicenceNote } from './LicenceNote';

// The CSV writer (papaparse) loads only when a reader downloads: the entry script never carries it.
const loadCsv = () => import('../lib/csv');

type Props = Omit<DownloadPanelProps, 'view'>;

/** The open "Download and cite" panel: this view's CSV, the data package, the licence, "Cite this". */
export default function DownloadPanelBody({ lang, fileName, rowCount, csv, cite }: Props) {
  const locale = { locale: lang };
  return (
    <div className="download-panel__body">
      <CsvButton lang={lang} fileName={fileName} rowCount={rowCount} csv={csv} />
      <p>
        <a href={`${import.meta.env.BASE_URL}${PACKAGE_FILE}`} download={PACKAGE_FILE} type="application/zip">
          {m.download_package({}, locale)}
        </a>
        <br />
        <span className="muted">{m.download_package_help({}, locale)}</span>
      </p>
      <LicenceNote lang={lang} className="licence-note muted" />
      <CiteBlock lang={lang} entries={cite()} />
    </div>
  );
}

function CsvButton({ lang, fileName, rowCount, csv }: Pick<Props, 'lang' | 'fileName' | 'rowCount' | 'csv'>) {
  const locale = { locale: lang };
  const [status, setStatus] = useState('');
  const download = async () => {
    try {
      const { toCsv } = await loadCsv();
      const { table, preamble } = await csv();
      // A byte order mark: Excel reads the file as UTF-8 only with one (ñ, á, — in the Spanish text).
      const text = toCsv(table, { preamble, bom: true });
      saveBlob(`${fileName}.csv`, new Blob([text], { type: 'text/csv;charset=utf-8' }));
      setStatus(m.download_done({ file: `${fileName}.csv` }, locale));
    } catch {
      setStatus(m.download_failed({}, locale));
    }
  };
  return (
    <p>
      <button type="button" onClick={() => void download()}>
        {m.download_csv({ count: rowCount }, locale)}
      </button>
      <br />
      <span className="muted">{m.download_csv_help({}, locale)}</span>
      <span role="status" className="download-panel__status">
        {status}
      </span>
    </p>
  );
}
