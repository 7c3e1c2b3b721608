import { divIcon, type LatLngTuple } from 'leaflet';
import { memo, useEffect, useMemo } from 'react';
import { Marker } from 'react-leaflet';

export type LabelPlacement = 'center' | 'right' | 'below';

interface Props {
  at: LatLngTuple;
  text: string;
  /** A second line under a bold first one (the aid label's status). */
  detail?: string | null;
  className: string;
  placement: LabelPlacement;
  /** Kept on the map but not shown: cheaper than removing and re-adding the marker as filters change. */
  hidden?: boolean;
}

/**
 * A permanent text label on the map. Leaflet's permanent tooltips measure themselves (a forced page layout)
 * each time they open or their text changes, which made every filter change lay the page out several times;
 * a DivIcon is placed by a CSS transform and never measured. The icon's element is built once and its text
 * updated in place (a new icon would make Leaflet tear down and rebuild the marker's element); the text is set
 * with textContent, never as HTML.
 */
export const MapLabel = memo(function MapLabel({
  at,
  text,
  detail = null,
  className,
  placement,
  hidden = false,
}: Props) {
  const parts = useMemo(() => {
    const box = document.createElement('span');
    box.className = `map-label__box map-label__box--${placement} ${className}`;
    const head = document.createElement('span');
    const rest = document.createElement('span');
    rest.className = `${className}__status`;
    box.append(head, rest);
    // No iconSize: the marker's box is a point at `at`, and CSS places the text around it.
    return { box, head, rest, icon: divIcon({ html: box, className: 'map-label', iconSize: undefined }) };
  }, [className, placement]);
  useEffect(() => {
    // Only what changed is written: each write makes the browser restyle the label.
    if (parts.head.textContent !== text) parts.head.textContent = text;
    // A second line makes the first one bold, as a heading for it.
    parts.head.classList.toggle('map-label__head', detail !== null);
    if (parts.rest.textContent !== (detail ?? '')) parts.rest.textContent = detail ?? '';
    parts.rest.hidden = detail === null;
    parts.box.hidden = hidden;
  }, [parts, text, detail, hidden]);
  return <Marker position={at} icon={parts.icon} interactive={false} keyboard={false} />;
});
