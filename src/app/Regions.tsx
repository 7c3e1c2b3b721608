import { memo } from 'react';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { lazyView } from '../lib/lazyView';
import { Region } from './Region';
import { whenNear } from './whenNear';

// Each view is its own chunk: the shell paints first, the heavy libraries (Leaflet, Recharts) follow. Every view
// renders at once (the build prerenders their text and tables, so find-in-page and printing work right after
// load); what is heavy inside them, the map and the charts, mounts when it comes near the viewport. On the
// prerendered page, the two views below the fold stay prerendered HTML until the reader comes near them or
// the browser is first idle after load (whenNear).
const MapView = lazyView(() => import('../features/map/MapView'));
const AidView = lazyView(
  () => import('../features/aid/AidView'),
  () => whenNear('aid'),
);
const PrecedentsView = lazyView(
  () => import('../features/precedents/PrecedentsView'),
  () => whenNear('precedents'),
);
const TimelineView = lazyView(() => import('../features/timeline/TimelineView'));

type RegionId = 'map' | 'aid' | 'precedents' | 'timeline';

// Memoised: App re-renders on every change of the view; this reads what it needs itself.
/** Every view; `only` (a one-chart embed) renders just the region that draws the chart, loading nothing else. */
export const Regions = memo(function Regions({ only = null }: { only?: RegionId | null }) {
  const lang = useLang();
  const shown = (id: RegionId) => only === null || only === id;
  return (
    <div className="regions">
      {shown('map') ? (
        <Region id="map" title={m.app_region_map({}, { locale: lang })}>
          <MapView />
        </Region>
      ) : null}
      {shown('aid') ? (
        <Region id="aid" title={m.app_region_aid({}, { locale: lang })}>
          <AidView />
        </Region>
      ) : null}
      {shown('precedents') ? (
        <Region id="precedents" title={m.app_region_precedents({}, { locale: lang })}>
          <PrecedentsView />
        </Region>
      ) : null}
      {shown('timeline') ? (
        <Region id="timeline" title={m.app_region_timeline({}, { locale: lang })}>
          <TimelineView />
        </Region>
      ) : null}
    </div>
  );
});
