import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import { StrikeDetails } from './StrikeDetails';
import type { ZoneGroups } from './strikeSelectors';
import { NOT_REPORTED_AREA } from './ZoneList';

/** The strikes of the selected zone (or of the "area not reported" bucket), newest first. */
export function AreaPanel({
  area,
  groups,
  sources,
}: {
  area: string;
  groups: ZoneGroups;
  sources: Map<string, Source>;
}) {
  const lang = useLang();
  const text = useLocalized();
  const zone = groups.zones.find((z) => z.area.id === area);
  if (zone === undefined && area !== NOT_REPORTED_AREA) {
    return (
      <section className="area-panel" role="status">
        <p>{m.map_unknown_selected_area({ id: area }, { locale: lang })}</p>
        <button type="button" onClick={() => setViewState({ area: null })}>
          {m.map_close_area({}, { locale: lang })}
        </button>
      </section>
    );
  }
  const strikes = zone === undefined ? groups.unplaced : zone.strikes;
  const title = zone === undefined ? m.map_not_reported({}, { locale: lang }) : text(zone.area.name);
  return (
    <section className="area-panel" aria-labelledby="area-panel-title">
      <div className="area-panel__head">
        <h3 id="area-panel-title">{title}</h3>
        <button type="button" onClick={() => setViewState({ area: null })}>
          {m.map_close_area({}, { locale: lang })}
        </button>
      </div>
      {zone === undefined ? null : <p className="muted">{text(zone.area.basis)}</p>}
      {strikes.length === 0 ? <p>{m.map_no_strikes_in_window({}, { locale: lang })}</p> : null}
      {[...strikes]
        .sort((a, b) => b.date.localeCompare(a.date))
        .map((s) => (
          <StrikeDetails key={s.id} strike={s} sources={sources} />
        ))}
    </section>
  );
}
