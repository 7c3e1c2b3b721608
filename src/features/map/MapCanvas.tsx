import 'leaflet/dist/leaflet.css';
import { useState } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import { useAfterPaint } from '../../lib/useAfterPaint';
import type { MapLayer, MapView } from './urlFields';
import { AidLabel } from './AidLabel';
import type { AidForMap } from './aidSelectors';
import { Basemap } from './Basemap';
import { ContextLayer } from './ContextLayer';
import { DEFAULT_MAP_VIEW, MapSync } from './MapSync';
import type { Zone } from './strikeSelectors';
import { StrikeZones } from './StrikeZones';
import type { Countries } from './useBasemap';

interface Props {
  label: string;
  countries: Countries;
  layers: readonly MapLayer[];
  zones: readonly Zone[];
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
  // The basemap is drawn over several tasks: busy until it is complete (tests and the benchmark wait for it too).
  const [drawnFor, setDrawnFor] = useState<Countries | null>(null);
  const countries = p.countries;
  const onDrawn = () => setDrawnFor(countries);
  const painted = useAfterPaint();
  return (
    <div className="map-canvas" role="region" aria-label={p.label} aria-busy={drawnFor !== countries}>
      {/* The map is built once its empty box has been painted: kept from 4356ed0 ("the page's longest task on a
          slow phone"), not yet re-measured by the bench (see the report of the React Compiler change). */}
      {painted ? (
        <MapContainer
          center={[start.lat, start.lon]}
          zoom={start.zoom}
          minZoom={2}
          maxZoom={9}
          attributionControl={TILE_URL !== undefined}
          worldCopyJump
        >
          {TILE_URL === undefined ? null : <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
          <Basemap
            countries={p.countries}
            leaderYears={on('leaders') ? p.leaderYears : null}
            selectedCountry={p.selectedCountry}
            onDrawn={onDrawn}
          />
          {on('context') ? <ContextLayer /> : null}
          {on('strikes') ? <StrikeZones zones={p.zones} selectedArea={p.selectedArea} /> : null}
          {on('aid') && p.aid !== null ? <AidLabel aid={p.aid} /> : null}
          <MapSync view={p.view} />
        </MapContainer>
      ) : null}
    </div>
  );
}
