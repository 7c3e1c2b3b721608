import { DatasetGate } from '../../data/DatasetGate';
import { PrecedentsBody } from './PrecedentsBody';
import './precedents.css';

/** Sanctioning a head of state: the verified precedents, compared with Petro. */
export default function PrecedentsView() {
  return (
    <DatasetGate datasets={['precedents', 'sources']}>
      {(d) => <PrecedentsBody precedents={d.precedents} sources={d.sources} />}
    </DatasetGate>
  );
}
