import { setViewState } from '../../state/urlStore';
import { useLang } from '../../i18n/useLang';
import type { SeaMarker } from './seaMarkers';
import { seaMarkerLabel } from './seaMarkerLabel';

/**
 * Strikes whose sea is not stated have no place on the water at all: a button under the map counts them
 * and opens them like a marker, so none is left off the map and none is drawn where it was not.
 */
export function OffMapMarkers({
  markers,
  selectedArea,
}: {
  markers: readonly SeaMarker[];
  selectedArea: string | null;
}) {
  const lang = useLang();
  const off = markers.filter((mk) => mk.at === null);
  if (off.length === 0) return null;
  return (
    <div className="off-map-markers">
      {off.map((mk) => {
        const pressed = selectedArea === mk.id;
        return (
          <button
            key={mk.id}
            type="button"
            className="off-map-marker"
            aria-pressed={pressed}
            onClick={() => setViewState({ area: pressed ? null : mk.id })}
          >
            <span className="sea-marker sea-marker--unspecified" aria-hidden="true">
              {mk.tally.strikes}
            </span>
            {seaMarkerLabel(mk.sea, mk.tally.strikes, lang)}
          </button>
        );
      })}
    </div>
  );
}
