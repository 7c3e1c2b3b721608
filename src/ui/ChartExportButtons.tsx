import { useState } from 'react';
import './chartExport.css';
import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { formatLongDate } from '../i18n/format';
import type { LegendItem } from '../lib/export/composeSvg';
import { interactiveViewUrl } from '../lib/viewUrl';

export type { LegendItem };

/** What a chart's export says around the figure, under its title. */
export interface ChartExportText {
  /** The filters, by name, in the reader's language. */
  subtitle: readonly string[];
  /** Empty: the figure's own legend (Recharts' legend items) is read instead, if it has one. */
  legend: readonly LegendItem[];
  /** Every publisher the figure's records cite. */
  publishers: readonly string[];
  /** The data's as-of date (ISO). */
  asOf: string;
}

// The exporter loads only when a reader asks for an image: none of it is in the page's first scripts.
const loadExporter = () => import('../lib/export/exportFigure');

/** Recharts draws its legend as HTML beside the <svg>: its keys, read as swatch colour and words. */
function figureLegend(container: HTMLElement): LegendItem[] {
  return [...container.querySelectorAll('.recharts-legend-item')].map((item) => {
    const icon = item.querySelector('path, rect, line, circle');
    const colour = icon === null ? '#000000' : getComputedStyle(icon).fill || getComputedStyle(icon).stroke;
    return { label: item.textContent?.trim() ?? '', colour };
  });
}

/**
 * PNG and SVG of one chart, found by its `data-chart` name (so these buttons can sit anywhere: next to the
 * chart or in a download panel). The image carries title, filters, legend, sources, licence, date and link.
 * `text` is asked for when the reader saves: it walks every shown record for its publishers, work a slow phone
 * would otherwise do on each render of the view, while it loads and after each change of filter. It may load its
 * code then too, which keeps that code out of the first screen's scripts.
 */
export function ChartExportButtons({
  chart,
  fileName,
  title,
  text,
}: {
  chart: string;
  fileName: string;
  /** The figure's title: heads the image and names the buttons' group. */
  title: string;
  text: () => ChartExportText | Promise<ChartExportText>;
}) {
  const lang = useLang();
  const [status, setStatus] = useState('');
  const save = async (kind: 'png' | 'svg') => {
    const container = document.querySelector<HTMLElement>(`[data-chart="${chart}"]`);
    const t = await text();
    const ok =
      container !== null &&
      (await loadExporter().then(({ exportFigure }) =>
        exportFigure(
          container,
          {
            title,
            subtitle: t.subtitle,
            legend: t.legend.length > 0 ? t.legend : figureLegend(container),
            footer: [
              m.export_source({ publishers: t.publishers.join('; ') }, { locale: lang }),
              m.export_licence({}, { locale: lang }),
              m.export_credit({ date: formatLongDate(t.asOf, lang) }, { locale: lang }),
              interactiveViewUrl(window.location.href),
            ],
          },
          kind,
          fileName,
        ),
      ));
    setStatus(ok ? '' : m.export_nothing({}, { locale: lang }));
  };
  const run = (kind: 'png' | 'svg') => void save(kind).catch(() => setStatus(m.export_failed({}, { locale: lang })));
  return (
    <div className="chart-export" role="group" aria-label={m.export_image_group({ title }, { locale: lang })}>
      <button type="button" onClick={() => run('png')}>
        {m.export_png({}, { locale: lang })}
      </button>
      <button type="button" onClick={() => run('svg')}>
        {m.export_svg({}, { locale: lang })}
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
