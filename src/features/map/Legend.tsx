import { useT } from '../../i18n/useT';
import { LEADER_BINS, SEA_STYLE } from './mapStyle';

/** The map's legend, in words as well as swatches. */
export function Legend({ unplacedCountries }: { unplacedCountries: readonly string[] }) {
  const t = useT();
  return (
    <div className="map-legend" aria-label={t('map.legend')} role="group">
      <ul>
        <li>
          <span
            className="swatch"
            style={{ borderColor: SEA_STYLE.caribbean.color, borderStyle: 'dashed' }}
            aria-hidden="true"
          />
          {t('map.legend.caribbean')}
        </li>
        <li>
          <span
            className="swatch"
            style={{ borderColor: SEA_STYLE['eastern-pacific'].color, borderStyle: 'dotted' }}
            aria-hidden="true"
          />
          {t('map.legend.pacific')}
        </li>
        {LEADER_BINS.map((b) => (
          <li key={b.from}>
            <span className="swatch swatch--fill" style={{ background: b.fill }} aria-hidden="true" />
            {t('map.legend.leaders', { from: String(b.from), to: String(Math.min(b.to, 2025)) })}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ borderColor: '#e69f00', borderStyle: 'solid' }} aria-hidden="true" />
          {t('map.legend.colombia')}
        </li>
      </ul>
      <p className="muted">{t('map.legend.approximate')}</p>
      {unplacedCountries.length === 0 ? null : (
        <p className="muted">{t('map.couldNotPlace', { codes: unplacedCountries.join(', ') })}</p>
      )}
    </div>
  );
}
