import { memo } from 'react';
import { useT } from '../i18n/useT';
import { lazyView } from '../lib/lazyView';
import { WhenVisible } from '../ui/WhenVisible';
import { Region } from './Region';

// Each view is its own chunk: the shell paints first, the heavy libraries (Leaflet, Recharts) follow.
const MapView = lazyView(() => import('../features/map/MapView'));
const AidView = lazyView(() => import('../features/aid/AidView'));
const PrecedentsView = lazyView(() => import('../features/precedents/PrecedentsView'));
const TimelineView = lazyView(() => import('../features/timeline/TimelineView'));

// Memoised: App re-renders on every change of the view; this reads what it needs itself.
export const Regions = memo(function Regions() {
  const t = useT();
  return (
    <div className="regions">
      <Region id="map" title={t('app.region.map')}>
        <MapView />
      </Region>
      <Region id="aid" title={t('app.region.aid')}>
        <WhenVisible minHeight="480px">
          <AidView />
        </WhenVisible>
      </Region>
      <Region id="precedents" title={t('app.region.precedents')}>
        <WhenVisible minHeight="480px">
          <PrecedentsView />
        </WhenVisible>
      </Region>
      <Region id="timeline" title={t('app.region.timeline')}>
        <TimelineView />
      </Region>
    </div>
  );
});
