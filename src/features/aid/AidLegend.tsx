import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';

export interface AidLegendItem {
  label: string;
  colour: string;
}

/**
 * The key to a chart's colours, in the page (HTML) and inside the chart's `data-chart` wrapper, so an embed of
 * one chart keeps it. Kept out of the Recharts chart: a legend there shrinks the plot by its wrapped height,
 * which the window band over the series chart cannot know. The image exports draw the same items.
 */
export function AidLegend({ items }: { items: readonly AidLegendItem[] }) {
  const lang = useLang();
  return (
    <ul className="aid-legend" aria-label={m.aid_legend({}, { locale: lang })}>
      {items.map((item) => (
        <li key={item.label}>
          <svg className="aid-swatch" width="12" height="12" aria-hidden="true" focusable="false">
            <rect width="12" height="12" rx="2" fill={item.colour} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
