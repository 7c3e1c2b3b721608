import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { gradeOrder } from '../../data/strikeGrades';
import { GradeBadge } from './GradeBadge';
import { LEADER_BINS, SEA_STYLE } from './mapStyle';

/** The map's legend, in words as well as swatches. */
export function Legend({ unplacedCountries }: { unplacedCountries: readonly string[] }) {
  const lang = useLang();
  return (
    <div className="map-legend" aria-label={m.map_legend({}, { locale: lang })} role="group">
      <ul>
        <li>
          <span
            className="swatch"
            style={{ borderColor: SEA_STYLE.caribbean.color, borderStyle: 'dashed' }}
            aria-hidden="true"
          />
          {m.map_legend_caribbean({}, { locale: lang })}
        </li>
        <li>
          <span
            className="swatch"
            style={{ borderColor: SEA_STYLE['eastern-pacific'].color, borderStyle: 'dotted' }}
            aria-hidden="true"
          />
          {m.map_legend_pacific({}, { locale: lang })}
        </li>
        {LEADER_BINS.map((b) => (
          <li key={b.from}>
            <span className="swatch swatch--fill" style={{ background: b.fill }} aria-hidden="true" />
            {m.map_legend_leaders({ from: String(b.from), to: String(Math.min(b.to, 2025)) }, { locale: lang })}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ borderColor: '#e69f00', borderStyle: 'solid' }} aria-hidden="true" />
          {m.map_legend_colombia({}, { locale: lang })}
        </li>
      </ul>
      <p className="muted">{m.map_legend_approximate({}, { locale: lang })}</p>
      <p className="map-legend__heading">{m.map_grade_legend({}, { locale: lang })}</p>
      <ul className="grade-legend">
        {gradeOrder.map((grade) => (
          <li key={grade}>
            <GradeBadge grade={grade} /> {m.map_grade_meaning({ grade }, { locale: lang })}
          </li>
        ))}
      </ul>
      {unplacedCountries.length === 0 ? null : (
        <p className="muted">{m.map_could_not_place({ codes: unplacedCountries.join(', ') }, { locale: lang })}</p>
      )}
    </div>
  );
}
