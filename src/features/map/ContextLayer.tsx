import type { LatLngTuple, PathOptions } from 'leaflet';
import { Fragment } from 'react';
import { Circle, CircleMarker, Tooltip } from 'react-leaflet';
import { m } from '../../i18n/messages';
import { useLang, useLocalized } from '../../i18n/useLang';
import { MapLabel } from './MapLabel';
import { LABEL_PRIORITY } from './labelLayout';
import { BUILDUP_AREA, CONTEXT_PLACES } from './places';

// Module constants, not literals in render: react-leaflet moves or restyles a layer whenever `center` or
// `pathOptions` is a new object.
const BUILDUP_CENTER: LatLngTuple = [BUILDUP_AREA.lat, BUILDUP_AREA.lon];
const BUILDUP_STYLE: PathOptions = { color: '#009e73', weight: 1, dashArray: '10 6', fillOpacity: 0.04 };
const PLACE_STYLE: PathOptions = { color: '#000000', weight: 1, fillColor: '#ffffff', fillOpacity: 1 };
const PLACES = CONTEXT_PLACES.map((p) => ({ ...p, center: [p.lat, p.lon] as LatLngTuple }));

/** Orientation: the places the timeline names, and the broad area of the US naval build-up. */
export function ContextLayer() {
  const lang = useLang();
  const text = useLocalized();
  return (
    <>
      <Circle
        center={BUILDUP_CENTER}
        radius={BUILDUP_AREA.radiusKm * 1000}
        className="buildup-area"
        pathOptions={BUILDUP_STYLE}
      >
        <Tooltip direction="top">{m.map_buildup({}, { locale: lang })}</Tooltip>
      </Circle>
      {PLACES.map((p) => (
        <Fragment key={p.id}>
          <CircleMarker center={p.center} radius={3} className="place-marker" pathOptions={PLACE_STYLE} />
          <MapLabel
            at={p.center}
            text={text(p.name)}
            className="place-label"
            placement="right"
            priority={LABEL_PRIORITY.place}
          />
        </Fragment>
      ))}
    </>
  );
}
