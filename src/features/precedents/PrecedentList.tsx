import { memo } from 'react';
import type { PrecedentCase } from '../../data/schema/precedents';
import type { Source } from '../../data/schema/sources';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { setViewState } from '../../state/urlStore';
import { MAX_COMPARED, toggleCompared } from './precedentSelectors';
import { SourceLinks } from '../../ui/SourceLinks';

interface Props {
  cases: readonly PrecedentCase[];
  compared: readonly PrecedentCase[];
  selected: string | null;
  sources: Map<string, Source>;
}

/** Every verified designation of a sitting leader, featured cases first, Petro marked as the reference. */
export const PrecedentList = memo(function PrecedentList({ cases, compared, selected, sources }: Props) {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  const comparedIds = compared.map((c) => c.id);
  return (
    <ol className="precedent-list">
      {cases.map((c) => {
        const isCompared = comparedIds.includes(c.id);
        return (
          <li key={c.id} className={`precedent precedent--${c.role}${selected === c.id ? ' precedent--selected' : ''}`} aria-current={selected === c.id ? 'true' : undefined}>
            <div className="precedent__head">
              <h3>
                {text(c.country)} — {c.leader}
                {c.role === 'reference' ? <span className="badge">{t('precedents.reference')}</span> : null}
                {c.role === 'featured' ? <span className="badge badge--featured">{t('precedents.featured')}</span> : null}
              </h3>
              <div className="precedent__actions">
                <button type="button" aria-pressed={selected === c.id} onClick={() => setViewState({ precedent: selected === c.id ? null : c.id, country: selected === c.id ? null : c.countryIso3 })}>
                  {t('precedents.select')}
                </button>
                {c.role === 'reference' ? null : (
                  <button
                    type="button"
                    aria-pressed={isCompared}
                    disabled={!isCompared && compared.length >= MAX_COMPARED}
                    onClick={() => setViewState({ compare: toggleCompared(compared, c.id) })}
                  >
                    {t('precedents.compare')}
                  </button>
                )}
              </div>
            </div>
            <p className="precedent__facts">
              {text(c.titleAtTime)} · {formatDate(c.designationDate, lang)} · {c.authority} · {c.agency}
            </p>
            <p>{text(c.statedReason)}</p>
            <p className="muted">
              {t('precedents.outcomeLabel')}: {text(c.outcomeSummary)} · {t('precedents.sources')}: <SourceLinks ids={c.sourceIds} sources={sources} limit={3} />
            </p>
          </li>
        );
      })}
    </ol>
  );
});
