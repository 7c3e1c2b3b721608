import { DatasetGate } from '../../ui/DatasetGate';
import { useT } from '../../i18n/useT';

/** Placeholder until the timeline issue lands: shows that the view's datasets load. */
export default function TimelineView() {
  const t = useT();
  return (
    <DatasetGate datasets={['events','sources']}>
      {() => <p className="placeholder">{t('app.placeholder')}</p>}
    </DatasetGate>
  );
}
