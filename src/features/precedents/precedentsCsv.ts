import type { PrecedentCase } from '../../data/schema/precedents';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import type { Lang } from '../../lib/lang';
import type { CsvCell } from '../../lib/csv';
import { csvDate, csvPreamble, csvSources, type NamedFilter } from '../../ui/DownloadPreamble';
import type { ViewCsv } from '../../ui/DownloadPanel';
import type { PrecedentFilter } from './precedentSelectors';

export interface PrecedentsCsvInput {
  /** The cases the list shows, in its order (the filters applied). */
  cases: readonly PrecedentCase[];
  filters: PrecedentFilter;
  /** The country filter's name, as the notice above the list shows it. */
  countryName: string | null;
  sources: ReadonlyMap<string, Source>;
  lang: Lang;
  asOf: string;
  url: string;
}

/** The list's filters (and a sort other than the default) as the chips name them, in the reader's language. */
export function precedentFilters(f: PrecedentFilter, countryName: string | null, lang: Lang): NamedFilter[] {
  const locale = { locale: lang };
  const named: NamedFilter[] = [];
  if (f.q !== '') named.push([m.chips_field({ field: 'q' }, locale), f.q]);
  for (const key of ['authority', 'relation', 'multilateral'] as const) {
    const value = f[key];
    if (value !== null)
      named.push([m.precedents_filter({ filter: key }, locale), m.precedents_value({ value }, locale)]);
  }
  if (f.decade !== null) {
    named.push([
      m.precedents_filter({ filter: 'decade' }, locale),
      m.chips_decade({ decade: String(f.decade) }, locale),
    ]);
  }
  if (f.country !== null) named.push([m.chips_field({ field: 'country' }, locale), countryName ?? f.country]);
  if (f.sort !== 'date') named.push([m.precedents_sort_label({}, locale), m.precedents_sort({ sort: f.sort }, locale)]);
  return named;
}

/**
 * The precedents list as CSV: one row per case shown, in the list's order, with what each card shows (country,
 * leader, role, office, designation date, authority, agency, stated reason, outcome) and every source.
 */
export function precedentsCsv({ cases, filters, countryName, sources, lang, asOf, url }: PrecedentsCsvInput): ViewCsv {
  const locale = { locale: lang };
  const columns = [
    m.chips_field({ field: 'country' }, locale),
    m.download_col_leader({}, locale),
    m.download_col_role({}, locale),
    m.download_col_office({}, locale),
    m.precedents_dim_date({}, locale),
    m.precedents_dim_authority({}, locale),
    m.precedents_dim_agency({}, locale),
    m.precedents_dim_reason({}, locale),
    m.precedents_outcome_label({}, locale),
    m.precedents_sources({}, locale),
  ];
  const role = (c: PrecedentCase) =>
    c.role === 'reference'
      ? m.precedents_reference({}, locale)
      : c.role === 'featured'
        ? m.precedents_featured({}, locale)
        : '';
  const rows = cases.map((c) => {
    const cells: CsvCell[] = [
      c.country[lang],
      c.leader,
      role(c),
      c.titleAtTime[lang],
      csvDate(c.designationDate),
      c.authority,
      c.agency,
      c.statedReason[lang],
      c.outcomeSummary[lang],
      csvSources(c.sourceIds, sources),
    ];
    return Object.fromEntries(columns.map((name, i) => [name, cells[i]]));
  });
  return {
    table: { columns, rows },
    preamble: csvPreamble({
      lang,
      view: m.app_region_precedents({}, locale),
      filters: precedentFilters(filters, countryName, lang),
      asOf,
      url,
    }),
  };
}
