import type { Circle as LeafletCircle, LatLngTuple, PathOptions } from 'leaflet';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Circle, Tooltip } from 'react-leaflet';
import type { Sea } from '../../data/schema/strikes';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import { MapLabel } from './MapLabel';
import { SEA_STYLE, zoneOpacity } from './mapStyle';
import type { Zone } from './strikeSelectors';

interface Props {
  zones: readonly Zone[];
  selectedArea: string | null;
}

/**
 * Each approximate area as a dashed zone (never a point: no coordinates were published), shaded by deaths.
 * Memoised: the map re-renders for changes (the selected country) that leave the zones as they are.
 */
export const StrikeZones = memo(function StrikeZones({ zones, selectedArea }: Props) {
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
        />
      ))}
    </>
  );
});

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
}

/**
 * One zone, with primitive props only, so an unchanged zone does not re-render. Its sea's colours are set once;
 * what a filter changes (the shade by deaths, the selection's outline) is written as two CSS properties on the
 * shape, which override Leaflet's attributes: restyling through Leaflet rewrote ten attributes per zone.
 */
const ZoneShape = memo(function ZoneShape({
  id,
  sea,
  centroid,
  radiusKm,
  selected,
  opacity,
  label,
  tooltip,
  labelShown,
}: ShapeProps) {
  const style = SEA_STYLE[sea];
  // The first shade only: later ones are written by the effect below.
  const [firstOpacity] = useState(opacity);
  const pathOptions = useMemo<PathOptions>(
    () => ({
      color: style.color,
      dashArray: style.dashArray,
      weight: 2,
      fillColor: style.color,
      fillOpacity: firstOpacity,
    }),
    [style, firstOpacity],
  );
  const circle = useRef<LeafletCircle>(null);
  useEffect(() => {
    const shape = circle.current?.getElement();
    if (!(shape instanceof SVGElement)) return;
    shape.style.fillOpacity = String(opacity);
    shape.style.strokeWidth = selected ? '4' : '';
  }, [opacity, selected]);
  const eventHandlers = useMemo(() => ({ click: () => setViewState({ area: id }) }), [id]);
  return (
    <>
      <Circle
        ref={circle}
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
      <MapLabel at={centroid} text={label} className="zone-label" placement="center" hidden={!labelShown} />
    </>
  );
});
