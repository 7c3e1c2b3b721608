import type { Strike, StrikeArea, StrikeGrade } from '../../data/schema/strikes';
import { formatDate } from '../../i18n/format';
import { m } from '../../i18n/messages';
import type { Lang } from '../../lib/lang';
import { csvDate, csvPreamble, type NamedFilter } from '../../ui/DownloadPreamble';
import type { ViewCsv } from '../../ui/DownloadPanel';
import { sortStrikes } from './strikeSelectors';
import { MAP_GRADES, type SeaFilter } from './urlFields';

export interface StrikesCsvInput {
  /** The strikes the table shows: the window, sea and grades applied. */
  strikes: readonly Strike[];
  areas: readonly StrikeArea[];
  filters: { from: string | null; to: string | null; sea: SeaFilter | null; grades: readonly StrikeGrade[] };
  lang: Lang;
  asOf: string;
  url: string;
}

const COLUMNS = [
  'date',
  'sea',
  'area',
  'boats',
  'killed',
  'survivors',
  'presumedDead',
  'claimant',
  'evidence',
  'grade',
] as const;

/** The map's filters as the chips name them, in the reader's language. */
export function strikeFilters(f: StrikesCsvInput['filters'], lang: Lang): NamedFilter[] {
  const locale = { locale: lang };
  const named: NamedFilter[] = [];
  if (f.from !== null || f.to !== null) {
    named.push([
      m.chips_field({ field: 'window' }, locale),
      `${f.from === null ? '…' : formatDate(f.from, lang)} – ${f.to === null ? '…' : formatDate(f.to, lang)}`,
    ]);
  }
  if (f.sea !== null) named.push([m.chips_field({ field: 'sea' }, locale), m.map_sea({ sea: f.sea }, locale)]);
  if (f.grades.length !== MAP_GRADES.length) {
    named.push([
      m.chips_field({ field: 'grades' }, locale),
      f.grades.map((grade) => m.map_grade({ grade }, locale)).join(', '),
    ]);
  }
  return named;
}

/**
 * The strikes table as CSV: its columns, under their on-screen names, and its rows in its default order (newest
 * first). A figure the sources do not report is an empty cell (the table's "—"); counts stay numbers.
 */
export function strikesCsv({ strikes, areas, filters, lang, asOf, url }: StrikesCsvInput): ViewCsv {
  const locale = { locale: lang };
  const names = COLUMNS.map((column) => m.map_column({ column }, locale));
  const areaName = (id: string | null) => areas.find((a) => a.id === id)?.name[lang] ?? m.map_not_reported({}, locale);
  const rows = sortStrikes(strikes, 'date', true).map((s) => {
    const cells = [
      csvDate(s.date, s.datePrecision),
      m.map_sea({ sea: s.sea }, locale),
      areaName(s.areaId),
      s.boats,
      s.killed,
      s.survivors,
      s.presumedDead,
      s.claimant.who,
      m.map_evidence({ status: s.evidenceStatus }, locale),
      m.map_grade({ grade: s.grade }, locale),
    ];
    return Object.fromEntries(names.map((n, i) => [n, cells[i]]));
  });
  return {
    table: { columns: names, rows },
    preamble: csvPreamble({
      lang,
      view: m.app_region_map({}, locale),
      filters: strikeFilters(filters, lang),
      asOf,
      url,
    }),
  };
}
