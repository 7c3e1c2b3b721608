import { DatasetGate } from '../../data/DatasetGate';
import { MapBody } from './MapBody';
import './map.css';

/**
 * The map region: strikes at sea, sanctioned-leader countries, aid to Colombia, over an offline basemap. Only the
 * strikes (and the sources they cite) hold the map back; the leaders and aid layers load inside (MapBody).
 */
export default function MapView() {
  return <DatasetGate datasets={['strikes', 'sources']}>{(d) => <MapBody {...d} />}</DatasetGate>;
}
