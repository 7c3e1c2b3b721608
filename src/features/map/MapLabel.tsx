import { divIcon, type LatLngTuple } from 'leaflet';
import { Marker } from 'react-leaflet';

/** 'below-badge': centred under a sea marker's badge, clear of it. */
export type LabelPlacement = 'center' | 'right' | 'below-badge' | 'below';

interface Props {
  at: LatLngTuple;
  text: string;
  /** A second line under a bold first one (the aid label's status). */
  detail?: string | null;
  className: string;
  placement: LabelPlacement;
  /** Kept on the map but not shown (an empty strike zone's label). */
  hidden?: boolean;
  /** Which label stays when two would overlap (LabelDeclutter): the higher. */
  priority: number;
}

/**
 * A permanent text label on the map. Leaflet's permanent tooltips measure themselves (a forced page layout)
 * each time they open or their text changes, which made every filter change lay the page out several times;
 * a DivIcon is placed by a CSS transform and never measured. The text is set with textContent, never as HTML.
 * The icon is rebuilt only when what it shows changes (the React Compiler memoises labelIcon's result).
 */
export function MapLabel({ at, text, detail = null, className, placement, hidden = false, priority }: Props) {
  const icon = labelIcon(text, detail, className, placement, hidden, priority);
  return <Marker position={at} icon={icon} interactive={false} keyboard={false} />;
}

function labelIcon(
  text: string,
  detail: string | null,
  className: string,
  placement: LabelPlacement,
  hidden: boolean,
  priority: number,
) {
  const box = document.createElement('span');
  box.className = `map-label__box map-label__box--${placement} ${className}`;
  box.hidden = hidden;
  box.dataset.priority = String(priority);
  const head = document.createElement('span');
  head.textContent = text;
  box.append(head);
  // A second line makes the first one bold, as a heading for it.
  if (detail !== null) {
    head.className = 'map-label__head';
    const rest = document.createElement('span');
    rest.className = `${className}__status`;
    rest.textContent = detail;
    box.append(rest);
  }
  // No iconSize: the marker's box is a point at `at`, and CSS places the text around it.
  return divIcon({ html: box, className: 'map-label', iconSize: undefined });
}
