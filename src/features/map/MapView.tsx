import { DatasetGate } from '../../data/DatasetGate';
import { MapBody } from './MapBody';
import './map.css';

/** The map region: strikes at sea, sanctioned-leader countries, aid to Colombia, over an offline basemap. */
export default function MapView() {
  return <DatasetGate datasets={['strikes', 'precedents', 'aid', 'sources']}>{(d) => <MapBody {...d} />}</DatasetGate>;
}
