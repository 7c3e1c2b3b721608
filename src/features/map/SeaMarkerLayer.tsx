import { divIcon, type LatLngTuple, type LeafletKeyboardEvent } from 'leaflet';
import { Marker } from 'react-leaflet';
import type { Sea } from '../../data/schema/strikes';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import { LABEL_PRIORITY } from './labelLayout';
import { MapLabel } from './MapLabel';
import { SEA_STYLE } from './mapStyle';
import type { SeaMarker } from './seaMarkers';
import { seaMarkerLabel } from './seaMarkerLabel';

/** The sea-level markers that have a place on the water (the "sea not stated" one is beside the map). */
export function SeaMarkerLayer({
  markers,
  selectedArea,
}: {
  markers: readonly SeaMarker[];
  selectedArea: string | null;
}) {
  const lang = useLang();
  return (
    <>
      {markers.map((mk) =>
        mk.at === null ? null : (
          <SeaBadge
            key={mk.id}
            id={mk.id}
            sea={mk.sea}
            lat={mk.at[0]}
            lon={mk.at[1]}
            count={mk.tally.strikes}
            selected={selectedArea === mk.id}
            label={seaMarkerLabel(mk.sea, mk.tally.strikes, lang)}
            head={m.map_sea({ sea: mk.sea }, { locale: lang })}
            detail={m.map_sea_marker_detail({ strikes: mk.tally.strikes }, { locale: lang })}
          />
        ),
      )}
    </>
  );
}

/** "Eastern Pacific, location not published: 34 strikes" (also the badge's accessible name and the zone list's). */
interface BadgeProps {
  id: string;
  sea: Sea;
  lat: number;
  lon: number;
  count: number;
  selected: boolean;
  /** The whole sentence: the badge's accessible name. */
  label: string;
  /** The same on two short lines on the map (the sea; "location not published: N strikes"). */
  head: string;
  detail: string;
}

/**
 * A round badge with the number of strikes: a Leaflet marker, so it is a button in the tab order and Enter opens
 * it like a click. Primitive props: the React Compiler rebuilds the icon only when what it shows changes.
 */
function SeaBadge({ id, sea, lat, lon, count, selected, label, head, detail }: BadgeProps) {
  const at: LatLngTuple = [lat, lon];
  const icon = badgeIcon(sea, count, selected, label);
  const toggle = () => setViewState({ area: selected ? null : id });
  const eventHandlers = {
    click: toggle,
    // Leaflet puts the badge in the tab order (role="button") but does not press it: Enter and Space do here.
    keydown: (e: LeafletKeyboardEvent) => {
      if (e.originalEvent.key !== 'Enter' && e.originalEvent.key !== ' ') return;
      e.originalEvent.preventDefault();
      toggle();
    },
  };
  return (
    <>
      <Marker position={at} icon={icon} keyboard eventHandlers={eventHandlers} />
      <MapLabel
        at={at}
        text={head}
        detail={detail}
        className="sea-marker-label"
        placement="below-badge"
        priority={LABEL_PRIORITY.sea(count)}
      />
    </>
  );
}

const BADGE_PX = 32;

/** The seas' colours, darkened where white numbers on them would fall short of 4.5:1 (the Pacific's orange). */
const BADGE_COLOR: Record<Sea, string> = {
  caribbean: SEA_STYLE.caribbean.color,
  'eastern-pacific': '#a04400',
  unspecified: SEA_STYLE.unspecified.color,
};

function badgeIcon(sea: Sea, count: number, selected: boolean, label: string) {
  const box = document.createElement('span');
  box.className = `sea-marker sea-marker--${sea}${selected ? ' sea-marker--selected' : ''}`;
  box.style.setProperty('--sea', BADGE_COLOR[sea]);
  const shown = document.createElement('span');
  shown.textContent = String(count);
  shown.setAttribute('aria-hidden', 'true');
  // The badge shows only the number; its name says what the number counts.
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = label;
  box.append(shown, name);
  // A real size (not a zero-size point like the labels'): the badge is what a pointer or a finger hits.
  return divIcon({ html: box, className: 'sea-marker-icon', iconSize: [BADGE_PX, BADGE_PX] });
}
