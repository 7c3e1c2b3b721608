import { lazy, Suspense } from 'react';
import { m } from '../i18n/messages';
import type { Lang } from '../lib/lang';
import type { CsvCell, CsvTable } from '../lib/csv';
import { Disclosure } from './Disclosure';
import type { CiteEntry } from './DownloadCite';

/** The full data package, written into the site's root at build time (scripts/vite-plugin-datapackage.ts). */
export const PACKAGE_FILE = 'sanctions-atlas-data.zip';

/** A view's CSV: its table and the lines that say what it is (title, filters, as-of date, licence, address). */
export interface ViewCsv {
  readonly table: CsvTable;
  readonly preamble: readonly (readonly CsvCell[])[];
}

export interface DownloadPanelProps {
  lang: Lang;
  /** The view's name, read after the panel's name by screen readers ("Download and cite: Map"). */
  view: string;
  /** The file name without extension, e.g. "sanctions-atlas-strikes". */
  fileName: string;
  /** Rows on screen: the CSV holds exactly these. */
  rowCount: number;
  /** Builds the CSV of what is on screen; called only when the reader asks for it (the builder may load then). */
  csv: () => ViewCsv | Promise<ViewCsv>;
  /** Citations of this view and of the whole work; built only while the panel is open. */
  cite: () => readonly CiteEntry[];
}

// What the open panel holds (the CSV button, the licence, the citations) is a chunk of its own, loaded when a
// reader opens it: every view carries the panel, and closed it is one line.
const DownloadPanelBody = lazy(() => import('./DownloadPanelBody'));

/**
 * "Download and cite", the same in every view: this view's rows as CSV, the full data package, the licence and "Cite this". Closed, it is one line and builds nothing.
 */
export function DownloadPanel({ lang, view, fileName, rowCount, csv, cite }: DownloadPanelProps) {
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
        <Suspense fallback={null}>
          <DownloadPanelBody lang={lang} fileName={fileName} rowCount={rowCount} csv={csv} cite={cite} />
        </Suspense>
      )}
    </Disclosure>
  );
}
