// Builds public/geo/countries.json, the offline basemap: Natural Earth country shapes from `world-atlas`,
// at 1:50m where the crisis happens (the Caribbean, Central and South America: coastlines and islands stay
// legible at the map's default zoom) and at 1:110m elsewhere (enough for the sanctioned-leader layer).
// Coordinates are rounded to ~1 km. Run `node scripts/build-basemap.mjs` after upgrading world-atlas.
import { readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const load = (res) => {
  const topo = JSON.parse(readFileSync(`node_modules/world-atlas/countries-${res}.json`, 'utf8'));
  return feature(topo, topo.objects.countries).features;
};
const REGION = { west: -125, east: -25, south: -30, north: 35 };

const ringsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const bbox = (g) => {
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const poly of ringsOf(g))
    for (const ring of poly)
      for (const [x, y] of ring) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
  return { w, s, e, n };
};
const inRegion = (g) => {
  const b = bbox(g);
  return b.e >= REGION.west && b.w <= REGION.east && b.n >= REGION.south && b.s <= REGION.north;
};
const round = (digits) => (g) => {
  const f = 10 ** digits;
  const r = (ring) => {
    const out = ring.map(([x, y]) => [Math.round(x * f) / f, Math.round(y * f) / f]);
    return out.filter((p, i) => i === 0 || p[0] !== out[i - 1][0] || p[1] !== out[i - 1][1]);
  };
  const polys = ringsOf(g)
    .map((poly) => poly.map(r))
    .filter((poly) => poly[0].length >= 4);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
};

const fine = new Map(
  load('50m')
    .filter((f) => f.geometry && f.id !== undefined)
    .map((f) => [f.id, f]),
);
const features = load('110m')
  .filter((f) => f.geometry)
  .map((coarse) => {
    const detailed = fine.get(coarse.id);
    const useFine = detailed !== undefined && inRegion(detailed.geometry);
    return {
      type: 'Feature',
      id: coarse.id ?? coarse.properties.name,
      properties: { name: coarse.properties.name },
      geometry: useFine ? round(2)(detailed.geometry) : round(1)(coarse.geometry),
    };
  });
// Small island states in the region exist only at 1:50m (Trinidad and Tobago, Grenada, Barbados…).
const have = new Set(features.map((f) => f.id));
for (const [id, f] of fine) {
  if (!have.has(id) && inRegion(f.geometry)) {
    features.push({ type: 'Feature', id, properties: { name: f.properties.name }, geometry: round(2)(f.geometry) });
  }
}
writeFileSync('public/geo/countries.json', JSON.stringify({ type: 'FeatureCollection', features }));
console.log(`public/geo/countries.json: ${features.length} countries`);
