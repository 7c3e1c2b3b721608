import type { Source } from '../../data/schema/sources';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import { StrikeDetails } from './StrikeDetails';
import { seaOfAreaId, type SeaMarker } from './seaMarkers';
import type { Strike } from '../../data/schema/strikes';
import type { ZoneGroups } from './strikeSelectors';
import { NOT_REPORTED_AREA } from './ZoneList';

/**
 * The strikes of the selected zone, of a sea-level marker, or (older links) of the whole "area not reported"
 * bucket, newest first.
 */
export function AreaPanel({
  area,
  groups,
  seaMarkers,
  sources,
}: {
  area: string;
  groups: ZoneGroups;
  seaMarkers: readonly SeaMarker[];
  sources: Map<string, Source>;
}) {
  const lang = useLang();
  const text = useLocalized();
  const zone = groups.zones.find((z) => z.area.id === area);
  // A sea's marker with no strike in the current window is still a valid selection: it says so.
  const sea = seaOfAreaId(area);
  const marker = seaMarkers.find((mk) => mk.id === area);
  if (zone === undefined && sea === null && area !== NOT_REPORTED_AREA) {
    return (
      <section className="area-panel" role="status">
        <p>{m.map_unknown_selected_area({ id: area }, { locale: lang })}</p>
        <button type="button" onClick={() => setViewState({ area: null })}>
          {m.map_close_area({}, { locale: lang })}
        </button>
      </section>
    );
  }
  const strikes: readonly Strike[] = zone?.strikes ?? marker?.strikes ?? (sea === null ? groups.unplaced : []);
  const title =
    zone !== undefined
      ? text(zone.area.name)
      : sea !== null
        ? m.map_sea_not_published({ sea: m.map_sea({ sea }, { locale: lang }) }, { locale: lang })
        : m.map_not_reported({}, { locale: lang });
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
