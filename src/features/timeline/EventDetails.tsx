import { SourceList } from '../../ui/SourceLinks';
import type { CrisisEvent } from '../../data/schema/events';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatDate } from '../../i18n/format';
import { setViewState } from '../../state/urlStore';
import { recordLink } from '../../state/recordLink';
import { CopyLinkButton } from '../../ui/CopyLinkButton';
import { useReveal } from '../../ui/useReveal';

/** One event: what happened, whether it is a fact or someone's claim, and its sources. */
export function EventDetails({ event, sources }: { event: CrisisEvent; sources: Map<string, Source> }) {
  const lang = useLang();
  const text = useLocalized();
  // Picked in the list below the chart, or named by the link the page opened with: brought into sight.
  const ref = useReveal<HTMLElement>(event.id, 'change');
  const title = `${formatDate(event.date, lang, event.datePrecision)} — ${text(event.title)}`;
  return (
    <article className="event-details record-target" aria-labelledby="event-title" ref={ref}>
      <h3 id="event-title">{title}</h3>
      <CopyLinkButton link={() => recordLink({ event: event.id }, true)} name={title} />
      <p>
        <span className={`evidence-label evidence-label--${event.evidence}`}>
          {event.evidence === 'claim'
            ? m.timeline_claim_by(
                { claimant: event.claimant ?? m.timeline_unnamed({}, { locale: lang }) },
                { locale: lang },
              )
            : m.timeline_fact({}, { locale: lang })}
        </span>{' '}
        {text(event.summary)}
      </p>
      {event.verification === 'unverified' ? (
        <p className="muted">{m.timeline_unverified({}, { locale: lang })}</p>
      ) : null}
      <SourceList ids={event.sourceIds} sources={sources} />
      <button type="button" onClick={() => setViewState({ event: null })}>
        {m.timeline_close_event({}, { locale: lang })}
      </button>
    </article>
  );
}
