import { memo } from 'react';
import type { Source } from '../data/schema/sources';
import { useLang } from '../i18n/useLang';
import { formatDate } from '../i18n/format';
import { ExternalLink } from './ExternalLink';

/**
 * Sources as publisher and date, linked. Memoised: lists render hundreds of these, and their ids never change.
 * Links are keyed by position, so where a slot shows another case's sources (the compare table) they are rewritten.
 */
export const SourceLinks = memo(function SourceLinks({
  ids,
  sources,
  limit = 4,
}: {
  ids: readonly string[];
  sources: Map<string, Source>;
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
});
