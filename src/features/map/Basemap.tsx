import { geoJSON, type Layer, type Path, type PathOptions } from 'leaflet';
import type { Feature, Geometry, Position } from 'geojson';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { GeoJSON as LeafletGeoJSON } from 'leaflet';
import { useLang } from '../../i18n/useLang';
import type { Lang } from '../../lib/lang';
import { useSystemDark } from '../../lib/useSystemDark';
import { setViewState } from '../../state/urlStore';
import { useViewStateField } from '../../state/useViewState';
import type { ViewState } from '../../state/viewState';
import { alpha3ForShape } from './countryCodes';
import { countryName } from './countryNames';
import { leaderFill } from './mapStyle';
import type { Countries } from './useBasemap';

type CountryFeature = Feature<Geometry, { name: string }>;

interface Palette {
  land: string;
  border: string;
  selected: string;
}

/** SVG attributes cannot read CSS variables: resolve the theme's land colours (a style recalculation). */
function readPalette(): Palette {
  const css = getComputedStyle(document.documentElement);
  return {
    land: css.getPropertyValue('--land').trim() || '#f1efe8',
    border: css.getPropertyValue('--land-border').trim() || '#9aa3ab',
    selected: css.getPropertyValue('--text').trim() || '#000000',
  };
}

function countryStyle(
  feature: CountryFeature | undefined,
  leaderYears: Map<string, number> | null,
  selectedCountry: string | null,
  palette: Palette,
): PathOptions {
  const iso = alpha3ForShape(feature?.id);
  const year = iso === null ? undefined : leaderYears?.get(iso);
  const selected = iso !== null && iso === selectedCountry;
  const colombia = iso === 'COL';
  return {
    color: selected ? palette.selected : colombia ? '#e69f00' : palette.border,
    weight: selected ? 3 : colombia ? 2.5 : 0.6,
    fillColor: year === undefined ? palette.land : leaderFill(year),
    fillOpacity: year === undefined ? 1 : 0.85,
    className: 'country-shape',
  };
}

const nameOf = (feature: CountryFeature | undefined, lang: Lang) =>
  feature === undefined ? '' : countryName(feature.id, feature.properties.name, lang);

/** The tooltip's text as a node, never as HTML (Leaflet would set a string as innerHTML). */
function textNode(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

/**
 * A country the data names can be reached with the keyboard as well as the mouse: a button in the tab order,
 * named in the reader's language, that Enter or Space selects; focusing it shows the same tooltip as hovering.
 */
function makeFocusable(shape: Path, feature: CountryFeature, iso: string, lang: Lang): void {
  const el = shape.getElement();
  if (el === undefined) return;
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', nameOf(feature, lang));
  el.addEventListener('keydown', (e) => {
    if (!(e instanceof KeyboardEvent) || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    setViewState({ country: iso });
  });
}

const styleKey = (s: PathOptions) => `${s.color}|${s.weight}|${s.fillColor}|${s.fillOpacity}`;

const selectTheme = (s: ViewState) => s.theme;

/** Shapes nearest the crisis first, so the part of the map a reader looks at is drawn first. */
function nearestFirst(countries: Countries): CountryFeature[] {
  const distance = (f: CountryFeature) => {
    const point = firstPoint(f.geometry);
    return ((point?.[0] ?? 180) - FOCUS.lon) ** 2 + ((point?.[1] ?? 90) - FOCUS.lat) ** 2;
  };
  return [...countries.features].sort((a, b) => distance(a) - distance(b));
}

const FOCUS = { lon: -75, lat: 8 };

function firstPoint(g: Geometry): Position | undefined {
  if (g.type === 'Polygon') return g.coordinates[0]?.[0];
  if (g.type === 'MultiPolygon') return g.coordinates[0]?.[0]?.[0];
  return undefined;
}

/**
 * Shapes are added for a few milliseconds at a time, one task each, starting after the map's own first
 * task: building two hundred SVG paths in one go blocked a slow phone's main thread for a quarter of a second,
 * so the page could not respond while the map appeared. A time budget rather than a count, because one
 * country's outline can cost fifty times another's. Kept from 4356ed0 with that figure, which the bench has not
 * re-measured yet: a quarter of a second would be most of the Lighthouse mobile TBT budget (150 ms).
 */
const MS_PER_TASK = 4;
const BASEMAP_PANE = 'basemap';

interface Props {
  countries: Countries;
  leaderYears: Map<string, number> | null;
  selectedCountry: string | null;
  /** Told once every shape is on the map (the canvas is aria-busy until then). */
  onDrawn: () => void;
}

/** Country shapes; with the leaders layer on, designated countries are shaded by designation year. */
export function Basemap({ countries, leaderYears, selectedCountry, onDrawn }: Props) {
  const map = useMap();
  // The land colours follow the theme: the chosen one, else the system's.
  const scheme = `${useViewStateField(selectTheme) ?? 'system'}:${useSystemDark() ? 'dark' : 'light'}`;
  const lang = useLang();
  const layer = useRef<LeafletGeoJSON | null>(null);
  // What shapes are styled from, read when a shape is created or restyled (never during render).
  const inputs = useRef({ leaderYears, selectedCountry, scheme, lang, colours: null as Palette | null });
  // What each shape was last given, so a new selection restyles two shapes rather than two hundred.
  const applied = useRef(new WeakMap<Layer, string>());
  // Shapes by country, so a change of the selected country restyles its two shapes without visiting the rest.
  const byIso = useRef(new Map<string, Layer[]>());
  const ordered = nearestFirst(countries);

  useEffect(() => {
    const styleOf = (feature: CountryFeature | undefined) => {
      const now = inputs.current;
      const colours = now.colours ?? readPalette();
      now.colours = colours;
      return countryStyle(feature, now.leaderYears, now.selectedCountry, colours);
    };
    const shapesByIso = byIso.current;
    // Its own pane under the overlays: shapes added after the strike zones must still be drawn beneath them.
    if (map.getPane(BASEMAP_PANE) === undefined) map.createPane(BASEMAP_PANE).style.zIndex = '350';
    const geo = geoJSON<{ name: string }>(undefined, {
      pane: BASEMAP_PANE,
      style: styleOf,
      onEachFeature: (feature: CountryFeature, shape: Layer) => {
        applied.current.set(shape, styleKey(styleOf(feature)));
        // Hovering (or focusing) any country names it; the name is read when the tooltip opens, in today's language.
        shape.bindTooltip(() => textNode(nameOf(feature, inputs.current.lang)), {
          sticky: true,
          direction: 'top',
          className: 'country-tooltip',
        });
        const iso = alpha3ForShape(feature.id);
        if (iso === null) return;
        shapesByIso.set(iso, [...(shapesByIso.get(iso) ?? []), shape]);
        shape.on('click', () => setViewState({ country: iso }));
        // Not in the tab order yet: an off-view country's SVG box spreads over the controls above the map, and axe
        // then fails their target size (see the report). makeFocusable is kept for a roving-tabindex follow-up.
        void makeFocusable;
        shape.once('add', () => (shape as Path).getElement()?.setAttribute('data-iso', iso));
      },
    }).addTo(map);
    layer.current = geo;
    let next = 0;
    const addSome = () => {
      const until = performance.now() + MS_PER_TASK;
      while (next < ordered.length && performance.now() < until) {
        const shape = ordered[next];
        next += 1;
        if (shape !== undefined) geo.addData(shape);
      }
      if (next < ordered.length) timer = window.setTimeout(addSome, 0);
      else onDrawn();
    };
    let timer = window.setTimeout(addSome, 0);
    return () => {
      window.clearTimeout(timer);
      geo.remove();
      layer.current = null;
      shapesByIso.clear();
    };
  }, [map, ordered, onDrawn]);

  // Later changes restyle in place. This runs after App's layout effect has applied the theme to <html>, so the
  // CSS read here is the new theme's; shapes still to be added read the same inputs.
  useEffect(() => {
    const now = inputs.current;
    const selectionOnly = now.colours !== null && now.scheme === scheme && now.leaderYears === leaderYears;
    const previouslySelected = now.selectedCountry;
    if (now.colours === null || now.scheme !== scheme) now.colours = readPalette();
    Object.assign(now, { leaderYears, selectedCountry, scheme });
    const colours = now.colours;
    const restyle = (shape: Layer) => {
      const style = countryStyle(
        (shape as Layer & { feature?: CountryFeature }).feature,
        leaderYears,
        selectedCountry,
        colours,
      );
      const key = styleKey(style);
      if (applied.current.get(shape) === key) return;
      (shape as Path).setStyle(style);
      applied.current.set(shape, key);
    };
    if (!selectionOnly) layer.current?.eachLayer(restyle);
    else
      for (const iso of [previouslySelected, selectedCountry])
        if (iso !== null) byIso.current.get(iso)?.forEach(restyle);
  }, [leaderYears, selectedCountry, scheme]);

  // A new language renames the focusable countries (tooltips read the language when they open).
  useEffect(() => {
    if (inputs.current.lang === lang) return;
    inputs.current.lang = lang;
    for (const shapes of byIso.current.values())
      for (const shape of shapes) {
        const feature = (shape as Layer & { feature?: CountryFeature }).feature;
        (shape as Path).getElement()?.setAttribute('aria-label', nameOf(feature, lang));
      }
  }, [lang]);

  return null;
}
