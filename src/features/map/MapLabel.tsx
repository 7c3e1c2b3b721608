import { divIcon, type LatLngTuple } from 'leaflet';
import { memo, useMemo } from 'react';
import { Marker } from 'react-leaflet';

export type LabelPlacement = 'center' | 'right' | 'below';

interface Props {
  at: LatLngTuple;
  text: string;
  /** A second line under a bold first one (the aid label's status). */
  detail?: string | null;
  className: string;
  placement: LabelPlacement;
}

/**
 * A permanent text label on the map. Leaflet's permanent tooltips measure themselves (a forced page layout)
 * each time they open or their text changes, which made every filter change lay the page out several times;
 * a DivIcon is placed by a CSS transform and never measured. The text is set with textContent, never as HTML.
 */
export const MapLabel = memo(function MapLabel({ at, text, detail = null, className, placement }: Props) {
  const icon = useMemo(() => {
    const box = document.createElement('span');
    box.className = `map-label__box map-label__box--${placement} ${className}`;
    const head = document.createElement(detail === null ? 'span' : 'strong');
    head.textContent = text;
    box.append(head);
    if (detail !== null) {
      const rest = document.createElement('span');
      rest.className = `${className}__status`;
      rest.textContent = detail;
      box.append(rest);
    }
    // No iconSize: the marker's box is a point at `at`, and CSS places the text around it.
    return divIcon({ html: box, className: 'map-label', iconSize: undefined });
  }, [text, detail, className, placement]);
  return <Marker position={at} icon={icon} interactive={false} keyboard={false} />;
});
