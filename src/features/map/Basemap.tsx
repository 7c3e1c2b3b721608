import type { Layer, PathOptions } from 'leaflet';
import type { Feature, Geometry } from 'geojson';
import { useEffect, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { GeoJSON as LeafletGeoJSON } from 'leaflet';
import { setViewState } from '../../state/urlStore';
import { alpha3ForShape } from './countryCodes';
import { leaderFill } from './mapStyle';
import type { Countries } from './useBasemap';

interface Props {
  countries: Countries;
  leaderYears: Map<string, number> | null;
  selectedCountry: string | null;
}

type CountryFeature = Feature<Geometry, { name: string }>;

/** Country shapes; with the leaders layer on, designated countries are shaded by designation year. */
export function Basemap({ countries, leaderYears, selectedCountry }: Props) {
  const ref = useRef<LeafletGeoJSON>(null);
  // SVG attributes cannot read CSS variables: resolve the theme's land colours once per render.
  const css = getComputedStyle(document.documentElement);
  const land = css.getPropertyValue('--land').trim() || '#f1efe8';
  const border = css.getPropertyValue('--land-border').trim() || '#9aa3ab';
  const style = (feature?: CountryFeature): PathOptions => {
    const iso = alpha3ForShape(feature?.id);
    const year = iso === null ? undefined : leaderYears?.get(iso);
    const selected = iso !== null && iso === selectedCountry;
    const colombia = iso === 'COL';
    return {
      color: selected ? css.getPropertyValue('--text').trim() || '#000000' : colombia ? '#e69f00' : border,
      weight: selected ? 3 : colombia ? 2.5 : 0.6,
      fillColor: year === undefined ? land : leaderFill(year),
      fillOpacity: year === undefined ? 1 : 0.85,
    };
  };
  // GeoJSON data and style are fixed at mount in react-leaflet; restyle in place instead of remounting 200 shapes.
  const theme = document.documentElement.dataset.theme ?? '';
  useEffect(() => {
    ref.current?.setStyle((f) => style(f as CountryFeature));
    // style() reads only these inputs; restyling 200 shapes on every render would cost more than the render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [leaderYears, selectedCountry, theme, land, border]);
  const onEach = (feature: CountryFeature, layer: Layer) => {
    layer.on('click', () => {
      const iso = alpha3ForShape(feature.id);
      if (iso !== null) setViewState({ country: iso });
    });
  };
  return <GeoJSON ref={ref} data={countries} style={style} onEachFeature={onEach} />;
}
