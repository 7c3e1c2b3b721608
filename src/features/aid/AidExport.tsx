import type { AidSeries } from '../../data/schema/aid';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { saveBlob } from '../../lib/export/saveBlob';
import { aidCsvTable, type SeriesTable } from './aidSelectors';

// The CSV writer (papaparse) loads only when asked: only a reader who downloads pays for it.
const loadCsv = () => import('../../lib/csv');

/** CSV of exactly the displayed rows. (The chart's images: ChartExportButtons, with the words a publisher needs.) */
export function AidExport({ table, series, title }: { table: SeriesTable; series: AidSeries; title: string }) {
  const lang = useLang();
  const slug = `us-aid-colombia-${series.id}`;
  return (
    <div className="aid-export" role="group" aria-label={m.aid_export({ title }, { locale: lang })}>
      <button
        type="button"
        onClick={() =>
          void loadCsv().then(({ toCsv }) =>
            saveBlob(
              `${slug}.csv`,
              new Blob([toCsv(aidCsvTable(table, series, m.aid_unit_csv({}, { locale: lang })))], {
                type: 'text/csv;charset=utf-8',
              }),
            ),
          )
        }
      >
        {m.aid_export_csv({}, { locale: lang })}
      </button>
    </div>
  );
}
