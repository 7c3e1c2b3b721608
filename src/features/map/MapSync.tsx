import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { setViewState } from '../../state/urlStore';
import type { Frame } from './seaMarkers';
import type { MapView } from './urlFields';

/** Used only when the data has no zone or marker to frame. */
export const DEFAULT_MAP_VIEW: MapView = { lat: 9, lon: -78, zoom: 4 };

/** Room around the framed zones, in px, so their edges and labels are not cut by the map's border. */
export const FRAME_PADDING: [number, number] = [16, 16];

const round2 = (n: number) => Math.round(n * 100) / 100;
const same = (a: MapView, b: MapView) =>
  Math.abs(a.lat - b.lat) < 0.01 && Math.abs(a.lon - b.lon) < 0.01 && a.zoom === b.zoom;

export const frameBounds = (f: Frame): [[number, number], [number, number]] => [
  [f.south, f.west],
  [f.north, f.east],
];

/**
 * Keeps the Leaflet map and the URL in step. MapContainer's props only apply at mount, so a URL change
 * (Back, Forward, a shared link) moves the map with setView; a pan or zoom by the user rewrites the URL
 * (replace, not push: one history entry per drag would make Back useless). With no view in the URL the map
 * frames every zone (fitBounds): the default view depends on the map's size, so it is never written to the URL.
 */
export function MapSync({ view, south, west, north, east }: { view: MapView | null } & Frame) {
  const map = useMap();
  // The view fitBounds gave, and whether a fit is under way (its own moveend is not the reader's move).
  const fitted = useRef<MapView | null>(null);
  const fitting = useRef(false);
  useEffect(() => {
    const c = map.getCenter();
    const current = { lat: c.lat, lon: c.lng, zoom: map.getZoom() };
    if (view !== null) {
      if (!same(current, view)) map.setView([view.lat, view.lon], view.zoom);
      return;
    }
    fitting.current = true;
    map.fitBounds(
      [
        [south, west],
        [north, east],
      ],
      { padding: FRAME_PADDING, animate: false },
    );
    fitting.current = false;
    const f = map.getCenter();
    fitted.current = { lat: f.lat, lon: f.lng, zoom: map.getZoom() };
  }, [map, view, south, west, north, east]);
  // react-leaflet re-binds handlers to the map whenever they are new: the compiler keeps them while the view is the same.
  const handlers = {
    moveend: () => {
      if (fitting.current) return;
      const c = map.getCenter();
      const current = { lat: round2(c.lat), lon: round2(c.lng), zoom: map.getZoom() };
      const framed = fitted.current !== null && same(current, fitted.current);
      if (view === null ? framed : same(current, view)) return;
      setViewState({ map: framed ? null : current }, 'replace');
    },
  };
  useMapEvents(handlers);
  return null;
}
