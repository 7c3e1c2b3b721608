import { Circle, Tooltip } from 'react-leaflet';
import { useT } from '../../i18n/useT';
import { setViewState } from '../../state/urlStore';
import { SEA_STYLE, zoneOpacity } from './mapStyle';
import type { Zone } from './strikeSelectors';

interface Props {
  zones: readonly Zone[];
  selectedArea: string | null;
}

/** Each approximate area as a dashed zone (never a point: no coordinates were published), shaded by deaths. */
export function StrikeZones({ zones, selectedArea }: Props) {
  const t = useT();
  const maxKilled = Math.max(0, ...zones.map((z) => z.tally.killed));
  return (
    <>
      {zones.map(({ area, tally }) => {
        const sea = SEA_STYLE[area.sea];
        const selected = area.id === selectedArea;
        return (
          <Circle
            key={area.id}
            center={area.centroid}
            radius={area.radiusKm * 1000}
            className={`strike-zone strike-zone--${area.sea}`}
            pathOptions={{
              color: sea.color,
              dashArray: sea.dashArray,
              weight: selected ? 4 : 2,
              fillColor: sea.color,
              fillOpacity: zoneOpacity(tally.killed, maxKilled),
            }}
            eventHandlers={{ click: () => setViewState({ area: area.id }) }}
          >
            {/* The short permanent label keeps the map readable; the zone's name is in the list beside it. */}
            <Tooltip direction="center" permanent={tally.strikes > 0} className="zone-label">
              {t('map.zoneShort', { count: tally.strikes, strikes: tally.strikes, killed: tally.killed })}
            </Tooltip>
          </Circle>
        );
      })}
    </>
  );
}
