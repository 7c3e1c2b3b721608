import type { StrikeTotal } from '../../data/schema/strikes';
import { m } from '../../i18n/messages';
import { localized, useLang } from '../../i18n/useLang';
import { formatDate, formatNumber } from '../../i18n/format';
import type { StrikeTally } from './strikeSelectors';

interface Props {
  tally: StrikeTally;
  trackers: readonly StrikeTotal[];
}

/** Figures for the current window, computed from the strike records, beside the trackers' own running totals. */
export function Counters({ tally, trackers }: Props) {
  const lang = useLang();
  const items = [
    ['strikes', m.map_count_strikes, tally.strikes],
    ['boats', m.map_count_boats, tally.boats],
    ['killed', m.map_count_killed, tally.killed],
    ['survivors', m.map_count_survivors, tally.survivors],
    ['presumedDead', m.map_count_presumed_dead, tally.presumedDead],
  ] as const;
  return (
    <div className="map-counters">
      <dl className="counters" aria-label={m.map_counters_label({}, { locale: lang })}>
        {items.map(([key, label, value]) => (
          <div key={key} className="counter">
            <dt>{label({}, { locale: lang })}</dt>
            <dd data-counter={key}>{formatNumber(value, lang)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted counters-note">{m.map_counters_note({}, { locale: lang })}</p>
      {trackers.length === 0 ? null : (
        <ul className="tracker-totals" aria-label={m.map_trackers_label({}, { locale: lang })}>
          {/* Keyed by position: a new window changes which total each tracker shows, and the line is rewritten. */}
          {trackers.map((tr, slot) => (
            <li key={slot}>
              {tr.strikes === null
                ? m.map_tracker_no_count(
                    {
                      reporter: localized(tr.reporter, lang),
                      date: formatDate(tr.asOf, lang, tr.asOfPrecision ?? 'day'),
                      killed: tr.killed ?? '—',
                    },
                    { locale: lang },
                  )
                : m.map_tracker(
                    {
                      reporter: localized(tr.reporter, lang),
                      date: formatDate(tr.asOf, lang, tr.asOfPrecision ?? 'day'),
                      killed: tr.killed ?? '—',
                      strikes: tr.strikes,
                    },
                    { locale: lang },
                  )}{' '}
              <span className="muted">({m.map_method({ method: tr.method }, { locale: lang })})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
