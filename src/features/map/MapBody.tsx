import { lazy, Suspense } from 'react';
import { ChartExportButtons } from '../../ui/ChartExportButtons';
import { useSourceIndex } from '../../ui/useSourceIndex';
import { useAid, usePrecedents } from '../../data/queries';
import { useDatasetsBeforeAdopting } from '../../data/useDatasetsBeforeAdopting';
import { headlineDeaths, reconcile } from '../../data/reconciliation';
import { gradeHeadline, withGrades } from '../../data/strikeGrades';
import type { AllDatasets } from '../../data/schema/registry';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { useViewStateFields } from '../../state/useViewStateFields';
import { aidForMap } from './aidSelectors';
import { alpha3ForShape, NUMERIC_TO_ALPHA3 } from './countryCodes';
import { Counters } from './Counters';
import { Headline } from './Headline';
import { LayerControls } from './LayerControls';
import { LayerFailures } from './LayerFailures';
import { Legend } from './Legend';
import { OffMapMarkers } from './OffMapMarkers';
import { designationYearByCountry } from './mapStyle';
import { defaultFrame, seaMarkers } from './seaMarkers';
import { countedByDate, groupByArea, latestTotals, windowOfCounted } from './strikeSelectors';
import { StrikesDownload } from './StrikesDownload';
import { StrikesTable } from './StrikesTable';
import { useBasemap } from './useBasemap';
import { ZoneList } from './ZoneList';
import { AreaPanel } from './AreaPanel';

// Leaflet needs a window to import: the canvas is a chunk of its own, so the build-time prerender can render the
// rest of the view (headline, counters, zone list, strikes table) into the page. In the browser it starts
// loading with this module, not after the first render.
const loadCanvas = () => import('./MapCanvas').then((mod) => ({ default: mod.MapCanvas }));
if (typeof window !== 'undefined') void loadCanvas();
const MapCanvas = lazy(loadCanvas);
// A strike's details show only once the reader picks one: a chunk of its own, with its source lists and
// their expanders. (A zone's panel stays in: keyboard focus moves on from the zone button to it.)
// The export's words (filters, legend, every cited publisher) load and are worked out when a reader saves an image.
const loadMapExportText = () => import('./mapExportText');
const StrikePanel = lazy(() => import('./StrikePanel').then((mod) => ({ default: mod.StrikePanel })));

type Props = Pick<AllDatasets, 'strikes' | 'sources'>;

const NO_LEADERS = new Map<string, number>();

/** Countries the basemap can draw; a designated country outside it is named under the legend. */
const PLACED = new Set(Object.values(NUMERIC_TO_ALPHA3));

// Drawn when they arrive, not gated: while the prerendered page is adopted, they are waited for (its HTML has them).
const LAYER_DATASETS = ['precedents', 'aid'] as const;

// The fields this view shows: a change of any other leaves it as it is.
const MAP_BODY_FIELDS = ['from', 'to', 'sea', 'grades', 'year', 'layers', 'area', 'strike', 'country', 'map'] as const;

/** Strikes and sources are gated (MapView); the leaders and aid layers draw when their data arrives, or say why not. */
export function MapBody({ strikes, sources }: Props) {
  const lang = useLang();
  const state = useViewStateFields(MAP_BODY_FIELDS);
  const basemap = useBasemap();
  const counted = countedByDate(strikes.records);
  const inWindow = withGrades(
    windowOfCounted(counted, { from: state.from, to: state.to, sea: state.sea }),
    state.grades,
  );
  // Published totals are compared with every listed strike up to their own date, whatever the filter shows.
  const { gap, unverifiedGap } = reconcile(strikes.records, strikes.totals);
  const groups = groupByArea(strikes.areas, inWindow);
  // Every strike is on the map at the precision it has: a zone, else a marker for its sea (or beside the map).
  const markers = seaMarkers(groups, strikes.areas);
  const kinds = {
    zone: groups.zones.reduce((n, z) => n + z.tally.strikes, 0),
    sea: markers.filter((mk) => mk.at !== null).reduce((n, mk) => n + mk.tally.strikes, 0),
    offMap: markers.filter((mk) => mk.at === null).reduce((n, mk) => n + mk.tally.strikes, 0),
  };
  const frame = defaultFrame(strikes.areas);
  const sourceIndex = useSourceIndex(sources.records);
  useDatasetsBeforeAdopting(LAYER_DATASETS);
  const precedents = usePrecedents();
  const aid = useAid();
  const leaderYears = precedents.data === undefined ? NO_LEADERS : designationYearByCountry(precedents.data.cases);
  const aidLabel = aid.data === undefined ? null : aidForMap(aid.data, state.year, state.to);
  const unplacedCountries = [...leaderYears.keys()].filter((iso) => !PLACED.has(iso));
  const shapesWithIso = basemap.data?.features.filter((f) => alpha3ForShape(f.id) !== null).length ?? 0;
  const trackers = latestTotals(strikes.totals, state.to);

  return (
    <div className="map-view">
      <Headline
        grades={gradeHeadline(inWindow)}
        deaths={headlineDeaths(inWindow)}
        gap={gap}
        unverifiedGap={unverifiedGap}
      />
      <Counters tally={groups.total} trackers={trackers} />
      <LayerControls layers={state.layers} sea={state.sea} grades={state.grades} />
      <LayerFailures
        layers={[
          { layer: 'leaders', dataset: 'precedents', result: precedents },
          { layer: 'aid', dataset: 'aid', result: aid },
        ]}
      />
      {inWindow.length === 0 ? (
        <p role="status" className="notice-inline">
          {m.map_empty_window({}, { locale: lang })}
        </p>
      ) : null}
      <div className="map-layout">
        <div className="map-main" data-chart="map">
          {basemap.data === undefined ? (
            <div className="map-canvas map-canvas--loading" role="status">
              {basemap.isError
                ? m.map_basemap_error({}, { locale: lang })
                : m.map_basemap_loading({}, { locale: lang })}
            </div>
          ) : (
            <Suspense
              fallback={
                <div className="map-canvas map-canvas--loading" role="status">
                  {m.map_basemap_loading({}, { locale: lang })}
                </div>
              }
            >
              <MapCanvas
                label={m.map_canvas_label({ countries: shapesWithIso }, { locale: lang })}
                countries={basemap.data}
                layers={state.layers}
                zones={groups.zones}
                seaMarkers={markers}
                frame={frame}
                leaderYears={leaderYears}
                aid={aidLabel}
                selectedArea={state.area}
                selectedCountry={state.country}
                view={state.map}
              />
            </Suspense>
          )}
          {state.layers.includes('strikes') ? <OffMapMarkers markers={markers} selectedArea={state.area} /> : null}
          <Legend unplacedCountries={unplacedCountries} kinds={kinds} />
          <ChartExportButtons
            chart="map"
            fileName="sanctions-atlas-map"
            title={m.map_export_title({}, { locale: lang })}
            text={() =>
              loadMapExportText().then(({ mapExportText }) =>
                mapExportText(strikes, inWindow, state, sourceIndex, lang),
              )
            }
          />
        </div>
        <div className="map-side">
          <Suspense fallback={<p className="loading">…</p>}>
            {state.strike !== null ? (
              <StrikePanel id={state.strike} strikes={strikes.records} shown={inWindow} sources={sourceIndex} />
            ) : state.area === null ? (
              <ZoneList groups={groups} seaMarkers={markers} selectedArea={state.area} />
            ) : (
              <AreaPanel area={state.area} groups={groups} seaMarkers={markers} sources={sourceIndex} />
            )}
          </Suspense>
        </div>
      </div>
      <StrikesTable strikes={inWindow} total={groups.total} areas={strikes.areas} />
      <StrikesDownload
        strikes={inWindow}
        areas={strikes.areas}
        filters={{ from: state.from, to: state.to, sea: state.sea, grades: state.grades }}
        asOf={strikes.asOf}
      />
    </div>
  );
}
