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
 * Sources as publisher and date, linked.
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
  const shown = ids
    .map((id) => sources.get(id))
    .filter((s) => s !== undefined)
    .slice(0, limit);
  return (
    <span className="source-links-inline">
      {shown.map((s, slot) => (
        <ExternalLink key={slot} href={s.url}>
          {s.publisher}
          {s.published === null ? '' : ` (${formatDate(s.published, lang)})`}
        </ExternalLink>
      ))}
      {ids.length > limit ? ` +${ids.length - limit}` : ''}
    </span>
  );
}
