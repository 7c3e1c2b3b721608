import { DatasetGate } from '../../ui/DatasetGate';
import { useT } from '../../i18n/useT';

/** Placeholder until the precedents issue lands: shows that the view's datasets load. */
export default function PrecedentsView() {
  const t = useT();
  return (
    <DatasetGate datasets={['precedents','sources']}>
      {() => <p className="placeholder">{t('app.placeholder')}</p>}
    </DatasetGate>
  );
}
