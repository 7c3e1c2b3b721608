import type { HeadlineDeaths, ReconciliationGap } from '../../data/reconciliation';
import { m } from '../../i18n/messages';
import { formatDate, formatNumber } from '../../i18n/format';
import { localized, useLang } from '../../i18n/useLang';

interface Props {
  /** Counted strikes shown, and how many of them are graded weak or contested. */
  grades: { strikes: number; weakOrContested: number };
  deaths: HeadlineDeaths;
  /** The latest published total above the per-strike sum (over every strike, whatever the filter). */
  gap: ReconciliationGap | null;
  unverifiedGap: ReconciliationGap | null;
}

const totalDate = (gap: ReconciliationGap, lang: 'en' | 'es') =>
  formatDate(gap.total.asOf, lang, gap.total.asOfPrecision ?? 'day');

/**
 * The map's headline: strikes and how well each is evidenced, deaths as the per-strike sum (killed outright +
 * presumed dead), and, on its own line, what published totals hold beyond the listed strikes.
 */
export function Headline({ grades, deaths, gap, unverifiedGap }: Props) {
  const lang = useLang();
  return (
    <div className="map-headline">
      <p className="map-headline__strikes">
        {m.map_grade_headline({ strikes: grades.strikes, weak: grades.weakOrContested }, { locale: lang })}
      </p>
      <p className="map-headline__deaths">
        <strong>{m.map_deaths_headline({ deaths: deaths.deaths }, { locale: lang })}</strong>{' '}
        <span className="muted">
          ({m.map_deaths_parts({ killed: deaths.killedOutright, presumed: deaths.presumedDead }, { locale: lang })})
        </span>
      </p>
      {gap === null ? null : (
        <p className="map-headline__gap" data-total={gap.total.id}>
          {m.map_unattributed(
            {
              count: gap.unattributed,
              reporter: localized(gap.total.reporter, lang),
              label: m.map_method({ method: gap.total.method }, { locale: lang }),
              date: totalDate(gap, lang),
            },
            { locale: lang },
          )}
        </p>
      )}
      {/* A higher total that rests only on weak sources is named as unverified, never added to the headline. */}
      {unverifiedGap === null ? null : (
        <p className="muted map-headline__gap" data-total={unverifiedGap.total.id}>
          {m.map_unattributed_unverified(
            {
              count: formatNumber(unverifiedGap.unattributed, lang),
              reporter: localized(unverifiedGap.total.reporter, lang),
              date: totalDate(unverifiedGap, lang),
            },
            { locale: lang },
          )}
        </p>
      )}
    </div>
  );
}
