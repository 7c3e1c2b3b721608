import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { formatUsdMillions } from '../../i18n/format';
import type { SplitSegment } from './aidSelectors';
import { amountText } from './splitText';

/** The chart's numbers as a table: the text alternative to the strip and bars, with the year's total. */
export function AidSplitTable({ split, year, breakdown }: { split: SplitSegment[]; year: number; breakdown: string }) {
  const lang = useLang();
  const total = split.reduce((s, x) => s + x.value, 0);
  return (
    <div className="table-scroll">
      <table className="aid-split-table">
        <caption>{m.aid_split_caption({ year: String(year), breakdown }, { locale: lang })}</caption>
        <thead>
          <tr>
            <th scope="col">{m.aid_col_category({}, { locale: lang })}</th>
            <th scope="col">{m.aid_col_amount_money({}, { locale: lang })}</th>
          </tr>
        </thead>
        <tbody>
          {split.map((s) => (
            <tr key={s.category}>
              <th scope="row">{s.label}</th>
              <td>{amountText(s, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m.aid_total({}, { locale: lang })}</th>
            <td>
              {split.some((s) => s.approximate) ? '~' : ''}
              {formatUsdMillions(total, lang)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
