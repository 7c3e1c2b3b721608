import { sourceClassOf } from '../../data/schema/domainClass';
import type { Source } from '../../data/schema/sources';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import type { Lang } from '../../lib/lang';
import { ExternalLink } from '../../ui/ExternalLink';
import type { Citation } from './citations';

interface Props {
  sources: readonly Source[];
  citations: Map<string, Citation[]>;
  filter: string;
  onFilter: (value: string) => void;
  lang: Lang;
}

export function SourceList({ sources, citations, filter, onFilter, lang }: Props) {
  const t = useT();
  const needle = filter.trim().toLowerCase();
  const shown =
    needle === '' ? sources : sources.filter((s) => `${s.publisher} ${s.title}`.toLowerCase().includes(needle));
  return (
    <>
      <label className="field">
        {t('sources.filter')}
        <input type="search" value={filter} onChange={(e) => onFilter(e.target.value)} />
      </label>
      <p className="muted" role="status">
        {t('sources.count', { count: shown.length })}
      </p>
      <ol className="source-list">
        {shown.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <ExternalLink href={s.url}>{s.title}</ExternalLink>
            <div className="muted">
              {s.publisher} · {t('sources.published')}:{' '}
              {s.published === null ? t('sources.undated') : formatDate(s.published, lang)} · {t('sources.accessed')}:{' '}
              {formatDate(s.accessed, lang)}
            </div>
            {sourceClassOf(s.url) !== 'ordinary' ? <div className="flag">{t('sources.flagged')}</div> : null}
            <div className="cited-by">
              {t('sources.citedBy')}:{' '}
              {(citations.get(s.id) ?? []).map((c) => `${t(`dataset.${c.dataset}`)} › ${c.recordId}`).join(', ')}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
