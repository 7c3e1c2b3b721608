import { useId, useState } from 'react';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { formatDate } from '../i18n/format';
import { ExternalLink } from './ExternalLink';

/** What a link shows of a source record (the data layer's Source has these and more). */
export interface LinkedSource {
  url: string;
  publisher: string;
  published: string | null;
}

/**
 * Sources as publisher and date, linked: the first `limit`, then a "+N more sources" button that shows the rest
 * in place (and hides them again), so every source stays one keypress away without crowding a table cell.
 * Links are keyed by position, so where a slot shows another case's sources (the compare table) they are rewritten.
 */
export function SourceLinks({
  ids,
  sources,
  limit = 4,
}: {
  ids: readonly string[];
  sources: ReadonlyMap<string, LinkedSource>;
  limit?: number;
}) {
  const lang = useLang();
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
  const known = ids.map((id) => sources.get(id)).filter((s) => s !== undefined);
  const hidden = Math.max(0, known.length - limit);
  const link = (s: LinkedSource, slot: number) => (
    <ExternalLink key={slot} href={s.url}>
      {s.publisher}
      {s.published === null ? '' : ` (${formatDate(s.published, lang)})`}
    </ExternalLink>
  );
  return (
    <span className="source-links-inline">
      {known.slice(0, limit).map(link)}
      {hidden === 0 ? null : (
        <>
          {expanded ? (
            <span id={moreId} className="source-links-more">
              {known.slice(limit).map((s, i) => link(s, limit + i))}
            </span>
          ) : null}{' '}
          <button
            type="button"
            className="source-links-toggle"
            aria-expanded={expanded}
            aria-controls={expanded ? moreId : undefined}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? m.sources_fewer({}, { locale: lang }) : m.sources_more({ count: hidden }, { locale: lang })}
          </button>
        </>
      )}
    </span>
  );
}

/**
 * Every source of one record, a line each, for its details panel. A source id the index lacks is shown as the id,
 * so the record never looks less sourced than it is.
 */
export function SourceList({ ids, sources }: { ids: readonly string[]; sources: ReadonlyMap<string, LinkedSource> }) {
  const lang = useLang();
  return (
    <ul className="source-links">
      {ids.map((id) => {
        const s = sources.get(id);
        return (
          <li key={id}>
            {s === undefined ? (
              id
            ) : (
              <ExternalLink href={s.url}>
                {s.publisher}
                {s.published === null ? '' : `, ${formatDate(s.published, lang)}`}
              </ExternalLink>
            )}
          </li>
        );
      })}
    </ul>
  );
}
