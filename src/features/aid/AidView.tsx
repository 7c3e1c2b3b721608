import { DatasetGate } from '../../data/DatasetGate';
import { AidBody } from './AidBody';
import './aid.css';

/** US assistance to Colombia by fiscal year, the flow for one year, and the 2025 turning points. */
export default function AidView() {
  return <DatasetGate datasets={['aid', 'sources']}>{(d) => <AidBody aid={d.aid} sources={d.sources} />}</DatasetGate>;
}
