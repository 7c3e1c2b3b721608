import { SourceList } from '../../ui/SourceLinks';
import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { recordLink } from '../../state/recordLink';
import { setViewState } from '../../state/urlStore';
import { CopyLinkButton } from '../../ui/CopyLinkButton';
import { useReveal } from '../../ui/useReveal';
import { sanctionTitle, type SanctionRecord } from './sanctionTitle';

/** One sanctions record (an OFAC designation, or a visa, statement, legal or review step) with every source. */
export function SanctionDetails({ r, sources }: { r: SanctionRecord; sources: Map<string, Source> }) {
  const lang = useLang();
  const text = useLocalized();
  const ref = useReveal<HTMLElement>(r.record.id, 'change');
  const title = sanctionTitle(r, lang);
  const field = (label: string, value: string) => (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <article className="event-details sanction-details record-target" aria-labelledby="sanction-title" ref={ref}>
      <h3 id="sanction-title">{title}</h3>
      <CopyLinkButton link={() => recordLink({ sanction: r.record.id }, true)} name={title} />
      {r.kind === 'designation' ? (
        <dl>
          {field(m.timeline_sanction_designation({}, { locale: lang }), text(r.record.role))}
          {field(m.timeline_sanction_relation({}, { locale: lang }), text(r.record.relation))}
          {field(m.timeline_sanction_authority({}, { locale: lang }), r.record.authority)}
          {field(m.timeline_sanction_program({}, { locale: lang }), r.record.programTag)}
          {field(m.timeline_sanction_effect({}, { locale: lang }), text(r.record.effect))}
        </dl>
      ) : (
        <p>{text(r.record.summary)}</p>
      )}
      {r.record.verification === 'unverified' ? (
        <p className="muted">{m.timeline_unverified({}, { locale: lang })}</p>
      ) : null}
      <h4>{m.timeline_sanction_sources({}, { locale: lang })}</h4>
      <SourceList ids={r.record.sourceIds} sources={sources} />
      <button type="button" onClick={() => setViewState({ sanction: null })}>
        {m.timeline_close_event({}, { locale: lang })}
      </button>
    </article>
  );
}
