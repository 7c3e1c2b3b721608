import type { StrikeTotal } from '../../data/schema/strikes';
import { useLang, useT } from '../../i18n/useT';
import { formatDate, formatNumber } from '../../lib/format';
import type { StrikeTally } from './strikeSelectors';

interface Props {
  tally: StrikeTally;
  trackers: readonly StrikeTotal[];
}

/** Figures for the current window, computed from the strike records, beside the trackers' own running totals. */
export function Counters({ tally, trackers }: Props) {
  const t = useT();
  const lang = useLang();
  const items = [
    ['map.count.strikes', tally.strikes],
    ['map.count.boats', tally.boats],
    ['map.count.killed', tally.killed],
    ['map.count.survivors', tally.survivors],
    ['map.count.presumedDead', tally.presumedDead],
  ] as const;
  return (
    <div className="map-counters">
      <dl className="counters" aria-label={t('map.countersLabel')}>
        {items.map(([key, value]) => (
          <div key={key} className="counter">
            <dt>{t(key)}</dt>
            <dd data-counter={key.slice('map.count.'.length)}>{formatNumber(value, lang)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted counters-note">{t('map.countersNote')}</p>
      {trackers.length === 0 ? null : (
        <ul className="tracker-totals" aria-label={t('map.trackersLabel')}>
          {/* Keyed by position: a new window changes which total each tracker shows, and the line is rewritten. */}
          {trackers.map((tr, slot) => (
            <li key={slot}>
              {t(tr.strikes === null ? 'map.trackerNoCount' : 'map.tracker', {
                reporter: tr.reporter,
                date: formatDate(tr.asOf, lang, tr.asOfPrecision ?? 'day'),
                killed: tr.killed ?? '—',
                strikes: tr.strikes ?? '—',
              })}{' '}
              <span className="muted">({t(`map.method.${tr.method}`)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
