import { policyEntryFor } from '../../data/schema/domainClass';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../lib/lang';
import { ExternalLink } from '../../ui/ExternalLink';
import type { Citation } from './citations';
import { SourcesDownload } from './SourcesDownload';

interface Props {
  sources: readonly Source[];
  citations: Map<string, Citation[]>;
  filter: string;
  onFilter: (value: string) => void;
  lang: Lang;
  /** The sources dataset's as-of date: with it, the list offers its rows as CSV (Download and cite). */
  asOf?: string;
}

export function SourceList({ sources, citations, filter, onFilter, lang, asOf }: Props) {
  const needle = filter.trim().toLowerCase();
  const shown =
    needle === '' ? sources : sources.filter((s) => `${s.publisher} ${s.title}`.toLowerCase().includes(needle));
  return (
    <>
      <label className="field">
        {m.sources_filter({}, { locale: lang })}
        <input type="search" value={filter} onChange={(e) => onFilter(e.target.value)} />
      </label>
      <p className="muted source-class-legend">{m.sources_class_legend({}, { locale: lang })}</p>
      <p className="muted" role="status">
        {m.sources_count({ count: shown.length }, { locale: lang })}
      </p>
      {asOf === undefined ? null : (
        <SourcesDownload sources={shown} citations={citations} filter={filter} asOf={asOf} lang={lang} />
      )}
      <ol className="source-list">
        {shown.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <ExternalLink href={s.url}>{s.title}</ExternalLink>
            <div className="muted">
              {s.publisher} · {m.sources_published({}, { locale: lang })}:{' '}
              {s.published === null ? m.sources_undated({}, { locale: lang }) : formatDate(s.published, lang)} ·{' '}
              {m.sources_accessed({}, { locale: lang })}: {formatDate(s.accessed, lang)}
            </div>
            <SourceClassLabel url={s.url} lang={lang} />
            <div className="cited-by">
              {m.sources_cited_by({}, { locale: lang })}:{' '}
              {(citations.get(s.id) ?? [])
                .map((c) => `${m.dataset_name({ dataset: c.dataset }, { locale: lang })} › ${c.recordId}`)
                .join(', ')}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * A weak source names its category ("Weak: AI aggregator"); an ordinary one is unmarked. A banned domain is never
 * cited (the build fails on one), so it has no label: were one to slip through, it would show as a plain warning.
 */
export function SourceClassLabel({ url, lang }: { url: string; lang: Lang }) {
  const entry = policyEntryFor(url);
  if (entry === null) return null;
  if (entry.class === 'weak') {
    return (
      <div className="flag" data-source-class="weak">
        <span aria-hidden="true">⚠ </span>
        {m.sources_class_weak({ category: entry.category }, { locale: lang })}
      </div>
    );
  }
  return (
    <div className="flag" data-source-class="banned">
      {m.sources_flagged({}, { locale: lang })}
    </div>
  );
}
