import { formatLongDate } from '../i18n/format';
import { m } from '../i18n/messages';
import type { CsvCell } from '../lib/csv';
import type { Lang } from '../lib/lang';

/** A filter as a reader names it: its label and its value, both in the reader's language. */
export type NamedFilter = readonly [label: string, value: string];

export interface PreambleInput {
  readonly lang: Lang;
  /** The view's name ("Map", "Precedents"). */
  readonly view: string;
  /** The filters that shaped the rows; none means every record. */
  readonly filters: readonly NamedFilter[];
  /** The data's as-of date (YYYY-MM-DD). */
  readonly asOf: string;
  /** The canonical address of the view. */
  readonly url: string;
}

/**
 * The lines above a view's CSV header row: what it is, the filters, the as-of date, the licence and the address
 * of the view, each line a label cell then its values (so a spreadsheet shows them in two columns).
 */
export function csvPreamble({ lang, view, filters, asOf, url }: PreambleInput): CsvCell[][] {
  const locale = { locale: lang };
  return [
    [m.download_csv_title({ view }, locale)],
    [
      m.download_csv_filters({}, locale),
      ...(filters.length === 0
        ? [m.download_csv_no_filters({}, locale)]
        : filters.map(([label, value]) => `${label}: ${value}`)),
    ],
    [m.app_as_of({}, locale), formatLongDate(asOf, lang), asOf],
    [m.download_csv_licence({}, locale), m.app_licence_text({}, locale)],
    [m.download_csv_url({}, locale), url],
  ];
}

/** A record's date for a CSV cell: ISO 8601 (a spreadsheet sorts it), to the month where only that is known. */
export function csvDate(iso: string, precision: 'day' | 'month' | 'approximate' = 'day'): string {
  if (precision === 'month') return iso.slice(0, 7);
  return precision === 'approximate' ? `~${iso}` : iso;
}

/** Sources for one cell: each as "Publisher (date): URL", every one of them, in the record's order. */
export function csvSources(
  ids: readonly string[],
  sources: ReadonlyMap<string, { publisher: string; published: string | null; url: string }>,
): string {
  return ids
    .flatMap((id) => {
      const s = sources.get(id);
      return s === undefined ? [] : [`${s.publisher}${s.published === null ? '' : ` (${s.published})`}: ${s.url}`];
    })
    .join(' | ');
}
