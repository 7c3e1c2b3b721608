import { DatasetGate } from '../../ui/DatasetGate';
import { useT } from '../../i18n/useT';

/** Placeholder until the map issue lands: shows that the view's datasets load. */
export default function MapView() {
  const t = useT();
  return (
    <DatasetGate datasets={['strikes','sources']}>
      {() => <p className="placeholder">{t('app.placeholder')}</p>}
    </DatasetGate>
  );
}
