import { policyEntryFor } from '../../data/schema/domainClass';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import type { Lang } from '../../lib/lang';
import { csvDate, csvPreamble } from '../../ui/DownloadPreamble';
import type { ViewCsv } from '../../ui/DownloadPanel';
import type { Citation } from './citations';

export interface SourcesCsvInput {
  /** The sources the list shows (its text filter applied), in its order. */
  sources: readonly Source[];
  citations: ReadonlyMap<string, readonly Citation[]>;
  /** The list's text filter, as typed ('' for none). */
  filter: string;
  lang: Lang;
  asOf: string;
  url: string;
}

/** A source's class as the list labels it: a weak source names its category; an ordinary one is unmarked. */
function sourceClass(url: string, lang: Lang): string {
  const entry = policyEntryFor(url);
  if (entry === null) return '';
  return entry.class === 'weak'
    ? m.sources_class_weak({ category: entry.category }, { locale: lang })
    : m.sources_flagged({}, { locale: lang });
}

/** The sources list as CSV: title, address, publisher, dates, class and what cites each, as the list shows them. */
export function sourcesCsv({ sources, citations, filter, lang, asOf, url }: SourcesCsvInput): ViewCsv {
  const locale = { locale: lang };
  const columns = [
    m.download_col_title({}, locale),
    m.download_col_url({}, locale),
    m.download_col_publisher({}, locale),
    m.sources_published({}, locale),
    m.sources_accessed({}, locale),
    m.download_col_class({}, locale),
    m.sources_cited_by({}, locale),
  ];
  const rows = sources.map((s) => {
    const cells = [
      s.title,
      s.url,
      s.publisher,
      s.published === null ? m.sources_undated({}, locale) : csvDate(s.published),
      csvDate(s.accessed),
      sourceClass(s.url, lang),
      (citations.get(s.id) ?? [])
        .map((c) => `${m.dataset_name({ dataset: c.dataset }, locale)} › ${c.recordId}`)
        .join(', '),
    ];
    return Object.fromEntries(columns.map((name, i) => [name, cells[i]]));
  });
  const needle = filter.trim();
  return {
    table: { columns, rows },
    preamble: csvPreamble({
      lang,
      view: m.sources_title({}, locale),
      filters: needle === '' ? [] : [[m.sources_filter({}, locale), needle]],
      asOf,
      url,
    }),
  };
}
