import type { Source } from '../../data/schema/sources';
import type { Strike } from '../../data/schema/strikes';
import { useLang, useLocalized, useT } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { ExternalLink } from '../../ui/ExternalLink';

const n = (v: number | null, notReported: string) => (v === null ? notReported : String(v));

/** Everything the record holds about one strike, with the claim kept apart from what is known. */
export function StrikeDetails({ strike, sources }: { strike: Strike; sources: Map<string, Source> }) {
  const t = useT();
  const lang = useLang();
  const text = useLocalized();
  const nr = t('map.notReportedValue');
  return (
    <article className="strike-details" aria-labelledby={`strike-${strike.id}`}>
      <h4 id={`strike-${strike.id}`}>
        {formatDate(strike.date, lang, strike.datePrecision)} · {t(`map.sea.${strike.sea}`)}
        {strike.trackerNumber === null ? '' : ` · #${strike.trackerNumber}`}
      </h4>
      <p>{text(strike.summary)}</p>
      <dl className="facts">
        <dt>{t('map.field.location')}</dt>
        <dd>{strike.locationText}</dd>
        <dt>{t('map.field.counts')}</dt>
        <dd>
          {t('map.field.countsValue', {
            boats: n(strike.boats, nr),
            killed: n(strike.killed, nr),
            survivors: n(strike.survivors, nr),
            presumedDead: n(strike.presumedDead, nr),
          })}
        </dd>
        <dt>{t('map.field.claim')}</dt>
        <dd>
          {t('map.field.claimValue', {
            who: strike.claimant.who,
            channel: strike.claimant.channel,
            affiliation: strike.allegedAffiliation,
          })}
        </dd>
        <dt>{t('map.field.evidence')}</dt>
        <dd>
          <span className={`evidence evidence--${strike.evidenceStatus}`}>
            {t(`map.evidence.${strike.evidenceStatus}`)}
          </span>{' '}
          — {text(strike.evidenceNote)}
        </dd>
        <dt>{t('map.field.nationality')}</dt>
        <dd>{strike.victimsNationality ?? nr}</dd>
        {strike.revisions.length === 0 ? null : (
          <>
            <dt>{t('map.field.revisions')}</dt>
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
        <dt>{t('map.field.verification')}</dt>
        <dd>{t(`map.verification.${strike.verification}`)}</dd>
        <dt>{t('map.field.sources')}</dt>
        <dd>
          <ul className="source-links">
            {strike.sourceIds.map((id) => {
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
        </dd>
      </dl>
    </article>
  );
}
