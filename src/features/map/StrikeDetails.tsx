import { SourceList } from '../../ui/SourceLinks';
import type { Source } from '../../data/schema/sources';
import type { Strike } from '../../data/schema/strikes';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { formatDate } from '../../i18n/format';
import { recordLink } from '../../state/recordLink';
import { CopyLinkButton } from '../../ui/CopyLinkButton';
import { GradeBadge } from './GradeBadge';

const n = (v: number | null, notReported: string) => (v === null ? notReported : String(v));

/** Everything the record holds about one strike, with the claim kept apart from what is known. */
export function StrikeDetails({ strike, sources }: { strike: Strike; sources: Map<string, Source> }) {
  const lang = useLang();
  const text = useLocalized();
  const nr = m.map_not_reported_value({}, { locale: lang });
  const tracker = strike.trackerNumber === null ? '' : ` · #${strike.trackerNumber}`;
  const sea = m.map_sea({ sea: strike.sea }, { locale: lang });
  const title = `${formatDate(strike.date, lang, strike.datePrecision)} · ${sea}${tracker}`;
  return (
    <article className="strike-details" aria-labelledby={`strike-${strike.id}`}>
      <h4 id={`strike-${strike.id}`}>{title}</h4>
      <CopyLinkButton link={() => recordLink({ strike: strike.id }, true)} name={title} />
      <p>{text(strike.summary)}</p>
      <dl className="facts">
        <dt>{m.map_field_location({}, { locale: lang })}</dt>
        <dd>{strike.locationText}</dd>
        <dt>{m.map_field_counts({}, { locale: lang })}</dt>
        <dd>
          {m.map_field_counts_value(
            {
              boats: n(strike.boats, nr),
              killed: n(strike.killed, nr),
              survivors: n(strike.survivors, nr),
              presumedDead: n(strike.presumedDead, nr),
            },
            { locale: lang },
          )}
        </dd>
        <dt>{m.map_field_claim({}, { locale: lang })}</dt>
        <dd>
          {m.map_field_claim_value(
            {
              who: strike.claimant.who,
              channel: strike.claimant.channel,
              affiliation: strike.allegedAffiliation,
            },
            { locale: lang },
          )}
        </dd>
        <dt>{m.map_field_evidence({}, { locale: lang })}</dt>
        <dd>
          <span className={`evidence evidence--${strike.evidenceStatus}`}>
            {m.map_evidence({ status: strike.evidenceStatus }, { locale: lang })}
          </span>{' '}
          — {text(strike.evidenceNote)}
        </dd>
        <dt>{m.map_field_grade({}, { locale: lang })}</dt>
        <dd>
          <GradeBadge grade={strike.grade} /> — {m.map_grade_meaning({ grade: strike.grade }, { locale: lang })}
        </dd>
        <dt>{m.map_field_nationality({}, { locale: lang })}</dt>
        <dd>{strike.victimsNationality ?? nr}</dd>
        {strike.revisions.length === 0 ? null : (
          <>
            <dt>{m.map_field_revisions({}, { locale: lang })}</dt>
            <dd>
              <ul>
                {strike.revisions.map((r, i) => (
                  <li key={i}>
                    {formatDate(r.date, lang)}: {r.field} {String(r.from ?? '—')} → {String(r.to ?? '—')} ({r.by})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{m.map_field_verification({}, { locale: lang })}</dt>
        <dd>{m.map_verification({ verification: strike.verification }, { locale: lang })}</dd>
        <dt>{m.map_field_sources({}, { locale: lang })}</dt>
        <dd>
          <SourceList ids={strike.sourceIds} sources={sources} />
        </dd>
      </dl>
    </article>
  );
}
