import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { gradeOrder } from '../../data/strikeGrades';
import { GradeBadge } from './GradeBadge';
import { LEADER_BINS, SEA_STYLE } from './mapStyle';

/** How many strikes each kind of mark shows (they add up to every strike the filters show). */
export interface StrikeKinds {
  zone: number;
  sea: number;
  offMap: number;
}

/** The map's legend, in words as well as swatches. */
export function Legend({ unplacedCountries, kinds }: { unplacedCountries: readonly string[]; kinds: StrikeKinds }) {
  const lang = useLang();
  return (
    <div className="map-legend" aria-label={m.map_legend({}, { locale: lang })} role="group">
      <p className="map-legend__heading">{m.map_legend_kinds({}, { locale: lang })}</p>
      <ul className="map-legend__kinds">
        <li data-kind="point" data-count={0}>
          <span className="swatch swatch--point" aria-hidden="true" />
          {m.map_legend_kind_point({}, { locale: lang })}
        </li>
        <li data-kind="zone" data-count={kinds.zone}>
          <span className="swatch" style={{ borderStyle: 'dashed' }} aria-hidden="true" />
          {m.map_legend_kind_zone({ strikes: kinds.zone }, { locale: lang })}
        </li>
        <li data-kind="sea" data-count={kinds.sea}>
          <span className="swatch swatch--badge" aria-hidden="true">
            N
          </span>
          {m.map_legend_kind_sea({ strikes: kinds.sea }, { locale: lang })}
        </li>
        {kinds.offMap === 0 ? null : (
          <li data-kind="off-map" data-count={kinds.offMap}>
            <span className="swatch swatch--badge" aria-hidden="true">
              ?
            </span>
            {m.map_legend_kind_offmap({ strikes: kinds.offMap }, { locale: lang })}
          </li>
        )}
      </ul>
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
