import { Circle, CircleMarker, Tooltip } from 'react-leaflet';
import { useLocalized, useT } from '../../i18n/useT';
import { BUILDUP_AREA, CONTEXT_PLACES } from './places';

/** Orientation: the places the timeline names, and the broad area of the US naval build-up. */
export function ContextLayer() {
  const t = useT();
  const text = useLocalized();
  return (
    <>
      <Circle
        center={[BUILDUP_AREA.lat, BUILDUP_AREA.lon]}
        radius={BUILDUP_AREA.radiusKm * 1000}
        className="buildup-area"
        pathOptions={{ color: '#009e73', weight: 1, dashArray: '10 6', fillOpacity: 0.04 }}
      >
        <Tooltip direction="top">{t('map.buildup')}</Tooltip>
      </Circle>
      {CONTEXT_PLACES.map((p) => (
        <CircleMarker key={p.id} center={[p.lat, p.lon]} radius={3} className="place-marker" pathOptions={{ color: '#000000', weight: 1, fillColor: '#ffffff', fillOpacity: 1 }}>
          <Tooltip direction="right" permanent className="place-label">
            {text(p.name)}
          </Tooltip>
        </CircleMarker>
      ))}
    </>
  );
}
