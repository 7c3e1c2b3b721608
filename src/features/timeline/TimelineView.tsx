import { DatasetGate } from '../../data/DatasetGate';
import { TimelineBody } from './TimelineBody';
import './timeline.css';

/** The crisis on a time axis; its window filters every other view. */
export default function TimelineView() {
  return (
    <DatasetGate datasets={['events', 'sources', 'precedents']}>
      {(d) => <TimelineBody events={d.events} sources={d.sources} precedents={d.precedents} />}
    </DatasetGate>
  );
}
