import 'leaflet/dist/leaflet.css';
import { type ReactNode, useEffect, useState } from 'react';
import { TileLayer } from 'react-leaflet';
import { useAfterPaint } from '../../lib/useAfterPaint';
import type { MapLayer, MapView } from './urlFields';
import { AidLabel } from './AidLabel';
import type { AidForMap } from './aidSelectors';
import { Basemap } from './Basemap';
import { ContextLayer } from './ContextLayer';
import { LabelDeclutter } from './LabelDeclutter';
import { DEFAULT_MAP_VIEW, FRAME_PADDING, frameBounds, MapSync } from './MapSync';
import type { Frame, SeaMarker } from './seaMarkers';
import { SeaMarkerLayer } from './SeaMarkerLayer';
import type { Zone } from './strikeSelectors';
import { type MapOpening, StagedMapContainer } from './StagedMapContainer';
import { StrikeZones } from './StrikeZones';
import type { Countries } from './useBasemap';

interface Props {
  label: string;
  countries: Countries;
  layers: readonly MapLayer[];
  zones: readonly Zone[];
  /** Strikes placed only by their sea (those whose sea is not stated either are listed under the map). */
  seaMarkers: readonly SeaMarker[];
  /** What the default view shows (every zone and marker); null when the data has none. */
  frame: Frame | null;
  leaderYears: Map<string, number>;
  /** Null until the aid data has loaded (or when it failed): the label is not drawn. */
  aid: AidForMap | null;
  selectedArea: string | null;
  selectedCountry: string | null;
  view: MapView | null;
}

// Off by default: the atlas never needs a tile server. A deployment may opt in at build time.
const TILE_URL: string | undefined = import.meta.env.VITE_TILE_URL;
const TILE_ATTRIBUTION: string = import.meta.env.VITE_TILE_ATTRIBUTION ?? '';

export function MapCanvas(p: Props) {
  const on = (layer: MapLayer) => p.layers.includes(layer);
  const start = p.view ?? DEFAULT_MAP_VIEW;
  // Without a view in the link, the map opens on every zone and marker (fitBounds), at any width.
  const frame = p.frame ?? boundsOfView(DEFAULT_MAP_VIEW);
  const opening: MapOpening =
    p.view === null && p.frame !== null
      ? { bounds: frameBounds(frame), boundsOptions: { padding: FRAME_PADDING } }
      : { center: [start.lat, start.lon], zoom: start.zoom };
  // The basemap is drawn over several tasks, the overlays a frame after the map: busy until both are there (tests
  // and the benchmark wait for it too).
  const [drawnFor, setDrawnFor] = useState<Countries | null>(null);
  const countries = p.countries;
  const onDrawn = () => setDrawnFor(countries);
  const [overlaysShown, setOverlaysShown] = useState(false);
  const painted = useAfterPaint();
  return (
    <div className="map-canvas" role="region" aria-label={p.label} aria-busy={drawnFor !== countries || !overlaysShown}>
      {/* The map is built once its empty box has been painted: kept from 4356ed0 ("the page's longest task on a
          slow phone"), not yet re-measured by the bench (see the report of the React Compiler change). */}
      {painted ? (
        <StagedMapContainer
          opening={opening}
          options={{ minZoom: 2, maxZoom: 9, attributionControl: TILE_URL !== undefined, worldCopyJump: true }}
        >
          {TILE_URL === undefined ? null : <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
          <Basemap
            countries={p.countries}
            leaderYears={on('leaders') ? p.leaderYears : null}
            selectedCountry={p.selectedCountry}
            onDrawn={onDrawn}
          />
          <MapSync view={p.view} {...frame} />
          <AfterMapPainted onShown={() => setOverlaysShown(true)}>
            {on('context') ? <ContextLayer /> : null}
            {on('strikes') ? <StrikeZones zones={p.zones} selectedArea={p.selectedArea} /> : null}
            {on('strikes') ? <SeaMarkerLayer markers={p.seaMarkers} selectedArea={p.selectedArea} /> : null}
            {on('aid') && p.aid !== null ? <AidLabel aid={p.aid} /> : null}
            <LabelDeclutter />
          </AfterMapPainted>
        </StagedMapContainer>
      ) : null}
    </div>
  );
}

/**
 * The overlays (zones, sea markers, places, labels) join the map a frame after it is built: building the map,
 * framing it and adding every overlay in one task was the longest task of a slow phone's first seconds.
 */
function AfterMapPainted({ children, onShown }: { children: ReactNode; onShown: () => void }) {
  const painted = useAfterPaint();
  useEffect(() => {
    if (painted) onShown();
  }, [painted, onShown]);
  return painted ? children : null;
}

/** The fixed fallback view as a frame (a degenerate one: fitBounds of a point keeps the zoom it is given). */
function boundsOfView(v: MapView): Frame {
  return { south: v.lat - 8, west: v.lon - 16, north: v.lat + 8, east: v.lon + 16 };
}
