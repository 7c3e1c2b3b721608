import type { LatLngTuple, PathOptions } from 'leaflet';
import { Circle, Tooltip } from 'react-leaflet';
import type { Sea } from '../../data/schema/strikes';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import { MapLabel } from './MapLabel';
import { LABEL_PRIORITY } from './labelLayout';
import { SEA_STYLE, zoneOpacity } from './mapStyle';
import type { Zone } from './strikeSelectors';

interface Props {
  zones: readonly Zone[];
  selectedArea: string | null;
}

/** Each approximate area as a dashed zone (never a point: no coordinates were published), shaded by deaths. */
export function StrikeZones({ zones, selectedArea }: Props) {
  const lang = useLang();
  const text = useLocalized();
  const maxKilled = Math.max(0, ...zones.map((z) => z.tally.killed));
  return (
    <>
      {zones.map(({ area, tally }) => (
        <ZoneShape
          key={area.id}
          id={area.id}
          sea={area.sea}
          centroid={area.centroid}
          radiusKm={area.radiusKm}
          selected={area.id === selectedArea}
          opacity={zoneOpacity(tally.killed, maxKilled)}
          label={m.map_zone_short({ strikes: tally.strikes, killed: tally.killed }, { locale: lang })}
          tooltip={`${text(area.name)} — ${m.map_zone_label({ strikes: tally.strikes, killed: tally.killed }, { locale: lang })}`}
          labelShown={tally.strikes > 0}
          priority={LABEL_PRIORITY.zone(tally.strikes)}
        />
      ))}
    </>
  );
}

interface ShapeProps {
  id: string;
  sea: Sea;
  centroid: LatLngTuple;
  radiusKm: number;
  selected: boolean;
  opacity: number;
  label: string;
  /** Shown on hover: the zone's name with its figures (an empty zone has no permanent label). */
  tooltip: string;
  labelShown: boolean;
  priority: number;
}

/** One zone; its style is rebuilt, and Leaflet restyles it, only when its shade or selection changes. */
function ZoneShape(p: ShapeProps) {
  const { id, sea, centroid, radiusKm, selected, opacity, label, tooltip, labelShown, priority } = p;
  const style = SEA_STYLE[sea];
  const pathOptions: PathOptions = {
    color: style.color,
    dashArray: style.dashArray,
    weight: selected ? 4 : 2,
    fillColor: style.color,
    fillOpacity: opacity,
  };
  const eventHandlers = { click: () => setViewState({ area: id }) };
  return (
    <>
      <Circle
        center={centroid}
        radius={radiusKm * 1000}
        className={`strike-zone strike-zone--${sea}`}
        pathOptions={pathOptions}
        eventHandlers={eventHandlers}
      >
        {/* Always bound: binding and unbinding it as a zone empties and fills was a large part of a filter change. */}
        <Tooltip direction="center">{tooltip}</Tooltip>
      </Circle>
      {/* The short permanent label keeps the map readable; an empty zone has none, so the map is not crowded with zeros. */}
      <MapLabel
        at={centroid}
        text={label}
        className="zone-label"
        placement="center"
        hidden={!labelShown}
        priority={priority}
      />
    </>
  );
}
