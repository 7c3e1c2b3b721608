import { DatasetGate } from '../../ui/DatasetGate';
import { useT } from '../../i18n/useT';

/** Placeholder until the aid issue lands: shows that the view's datasets load. */
export default function AidView() {
  const t = useT();
  return (
    <DatasetGate datasets={['aid','sources']}>
      {() => <p className="placeholder">{t('app.placeholder')}</p>}
    </DatasetGate>
  );
}
