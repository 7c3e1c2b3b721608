import { useState } from 'react';
import { m } from '../i18n/messages';
import type { Lang } from '../lib/lang';
import type { CsvCell, CsvTable } from '../lib/csv';
import { Disclosure } from './Disclosure';
import { CiteBlock, type CiteEntry } from './DownloadCite';
import { saveBlob } from '../lib/export/saveBlob';
import { LicenceNote } from './LicenceNote';

/** The full data package, written into the site's root at build time (scripts/vite-plugin-datapackage.ts). */
export const PACKAGE_FILE = 'sanctions-atlas-data.zip';

/** A view's CSV: its table and the lines that say what it is (title, filters, as-of date, licence, address). */
export interface ViewCsv {
  readonly table: CsvTable;
  readonly preamble: readonly (readonly CsvCell[])[];
}

interface Props {
  lang: Lang;
  /** The view's name, read after the panel's name by screen readers ("Download and cite: Map"). */
  view: string;
  /** The file name without extension, e.g. "sanctions-atlas-strikes". */
  fileName: string;
  /** Rows on screen: the CSV holds exactly these. */
  rowCount: number;
  /** Builds the CSV of what is on screen; called only when the reader asks for it. */
  csv: () => ViewCsv;
  /** Citations of this view and of the whole work; built only while the panel is open. */
  cite: () => readonly CiteEntry[];
}

// The CSV writer (papaparse) loads only when a reader downloads: the entry script never carries it.
const loadCsv = () => import('../lib/csv');

/**
 * "Download and cite", the same in every view: this view's rows as CSV, the full data package, the licence and "Cite this". Closed, it is one line and builds nothing.
 */
export function DownloadPanel({ lang, view, fileName, rowCount, csv, cite }: Props) {
  const locale = { locale: lang };
  return (
    <Disclosure
      className="download-panel"
      summary={
        <>
          {m.download_summary({}, locale)}
          <span className="visually-hidden">{m.download_view_suffix({ view }, locale)}</span>
        </>
      }
    >
      {() => (
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
      )}
    </Disclosure>
  );
}

function CsvButton({ lang, fileName, rowCount, csv }: Pick<Props, 'lang' | 'fileName' | 'rowCount' | 'csv'>) {
  const locale = { locale: lang };
  const [status, setStatus] = useState('');
  const download = async () => {
    try {
      const { toCsv } = await loadCsv();
      const { table, preamble } = csv();
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
