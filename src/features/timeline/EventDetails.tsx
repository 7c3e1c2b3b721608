import type { CrisisEvent } from '../../data/schema/events';
import type { Source } from '../../data/schema/sources';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { setViewState } from '../../state/urlStore';
import { ExternalLink } from '../../ui/ExternalLink';

/** One event: what happened, whether it is a fact or someone's claim, and its sources. */
export function EventDetails({ event, sources }: { event: CrisisEvent; sources: Map<string, Source> }) {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  return (
    <article className="event-details" aria-labelledby="event-title">
      <h3 id="event-title">
        {formatDate(event.date, lang, event.datePrecision)} — {text(event.title)}
      </h3>
      <p>
        <span className={`evidence-label evidence-label--${event.evidence}`}>
          {event.evidence === 'claim'
            ? t('timeline.claimBy', { claimant: event.claimant ?? t('timeline.unnamed') })
            : t('timeline.fact')}
        </span>{' '}
        {text(event.summary)}
      </p>
      {event.verification === 'unverified' ? <p className="muted">{t('timeline.unverified')}</p> : null}
      <ul className="source-links">
        {event.sourceIds.map((id) => {
          const s = sources.get(id);
          return s === undefined ? null : (
            <li key={id}>
              <ExternalLink href={s.url}>
                {s.publisher}
                {s.published === null ? '' : `, ${formatDate(s.published, lang)}`}
              </ExternalLink>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => setViewState({ event: null })}>
        {t('timeline.closeEvent')}
      </button>
    </article>
  );
}
