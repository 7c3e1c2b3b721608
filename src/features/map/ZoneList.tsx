import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import type { Sea } from '../../data/schema/strikes';
import { SEA_STYLE } from './mapStyle';
import type { SeaMarker } from './seaMarkers';
import type { ZoneGroups } from './strikeSelectors';

export const NOT_REPORTED_AREA = 'not-reported';

/**
 * The zones and the sea-level markers as a list of buttons: the keyboard path to every mark on the map.
 * (NOT_REPORTED_AREA, every unplaced strike at once, is still opened by older links and the table.)
 */
export function ZoneList({
  groups,
  seaMarkers,
  selectedArea,
}: {
  groups: ZoneGroups;
  seaMarkers: readonly SeaMarker[];
  selectedArea: string | null;
}) {
  const lang = useLang();
  const text = useLocalized();
  return (
    <div className="zone-list">
      <h3>{m.map_zones({}, { locale: lang })}</h3>
      <p className="muted">{m.map_zones_note({}, { locale: lang })}</p>
      <ul>
        {groups.zones.map(({ area, tally: z }) => (
          <ZoneButton
            key={area.id}
            id={area.id}
            sea={area.sea}
            pressed={selectedArea === area.id}
            label={`${text(area.name)} — ${m.map_zone_label({ strikes: z.strikes, killed: z.killed }, { locale: lang })}`}
          />
        ))}
        {seaMarkers.map((mk) => (
          <ZoneButton
            key={mk.id}
            id={mk.id}
            sea={null}
            pressed={selectedArea === mk.id}
            label={`${m.map_sea_not_published({ sea: m.map_sea({ sea: mk.sea }, { locale: lang }) }, { locale: lang })} — ${m.map_zone_label({ strikes: mk.tally.strikes, killed: mk.tally.killed }, { locale: lang })}`}
          />
        ))}
      </ul>
      {groups.unknownArea.length === 0 ? null : (
        <p role="status" className="notice-inline">
          {m.map_unknown_area(
            {
              count: groups.unknownArea.length,
              ids: [...new Set(groups.unknownArea.map((s) => s.areaId))].join(', '),
            },
            { locale: lang },
          )}
        </p>
      )}
    </div>
  );
}

/** One zone's button, with primitive props: a new window redraws the zones whose figures changed, not the list. */
function ZoneButton({ id, sea, pressed, label }: { id: string; sea: Sea | null; pressed: boolean; label: string }) {
  return (
    <li>
      <button type="button" aria-pressed={pressed} onClick={() => setViewState({ area: pressed ? null : id })}>
        {sea === null ? null : (
          <span
            className="swatch"
            style={{ borderColor: SEA_STYLE[sea].color, borderStyle: sea === 'caribbean' ? 'dashed' : 'dotted' }}
            aria-hidden="true"
          />
        )}
        {label}
      </button>
    </li>
  );
}
