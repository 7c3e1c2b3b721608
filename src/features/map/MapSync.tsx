import { useEffect } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { setViewState } from '../../state/urlStore';
import type { MapView } from './urlFields';

export const DEFAULT_MAP_VIEW: MapView = { lat: 9, lon: -78, zoom: 4 };

const round2 = (n: number) => Math.round(n * 100) / 100;
const same = (a: MapView, b: MapView) =>
  Math.abs(a.lat - b.lat) < 0.01 && Math.abs(a.lon - b.lon) < 0.01 && a.zoom === b.zoom;

/**
 * Keeps the Leaflet map and the URL in step. MapContainer's props only apply at mount, so a URL change
 * (Back, Forward, a shared link) moves the map with setView; a pan or zoom by the user rewrites the URL
 * (replace, not push: one history entry per drag would make Back useless).
 */
export function MapSync({ view }: { view: MapView | null }) {
  const map = useMap();
  const target = view ?? DEFAULT_MAP_VIEW;
  useEffect(() => {
    const c = map.getCenter();
    if (!same({ lat: c.lat, lon: c.lng, zoom: map.getZoom() }, target))
      map.setView([target.lat, target.lon], target.zoom);
  }, [map, target]);
  // react-leaflet re-binds handlers to the map whenever they are new: the compiler keeps them while the view is the same.
  const handlers = {
    moveend: () => {
      const c = map.getCenter();
      const current = { lat: round2(c.lat), lon: round2(c.lng), zoom: map.getZoom() };
      if (same(current, target)) return;
      setViewState({ map: same(current, DEFAULT_MAP_VIEW) ? null : current }, 'replace');
    },
  };
  useMapEvents(handlers);
  return null;
}
