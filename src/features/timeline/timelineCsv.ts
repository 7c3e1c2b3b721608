import type { CrisisEvent } from '../../data/schema/events';
import { formatDate } from '../../i18n/format';
import { m } from '../../i18n/messages';
import type { Lang } from '../../lib/lang';
import { csvDate, csvPreamble, type NamedFilter } from '../../ui/DownloadPreamble';
import type { ViewCsv } from '../../ui/DownloadPanel';

export interface TimelineCsvInput {
  /** The window's events, in the list's order. */
  events: readonly CrisisEvent[];
  /** The window applied (clamped to the data), or null when the reader has not narrowed it. */
  window: { from: string; to: string } | null;
  lang: Lang;
  asOf: string;
  url: string;
}

/** The events list as CSV: one row per event in the window, with the list's date, kind and title. */
export function timelineCsv({ events, window, lang, asOf, url }: TimelineCsvInput): ViewCsv {
  const locale = { locale: lang };
  const columns = [
    m.map_column({ column: 'date' }, locale),
    m.download_col_kind({}, locale),
    m.download_col_event({}, locale),
  ];
  const rows = events.map((e) => {
    const cells = [csvDate(e.date, e.datePrecision), m.timeline_kind({ kind: e.kind }, locale), e.title[lang]];
    return Object.fromEntries(columns.map((name, i) => [name, cells[i]]));
  });
  const filters: NamedFilter[] =
    window === null
      ? []
      : [
          [
            m.chips_field({ field: 'window' }, locale),
            `${formatDate(window.from, lang)} – ${formatDate(window.to, lang)}`,
          ],
        ];
  return {
    table: { columns, rows },
    preamble: csvPreamble({ lang, view: m.app_region_timeline({}, locale), filters, asOf, url }),
  };
}
