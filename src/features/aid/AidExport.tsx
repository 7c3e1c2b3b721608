import type { RefObject } from 'react';
import type { AidSeries } from '../../data/schema/aid';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import type { SeriesTable } from './aidSelectors';

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// html-to-image (a kept library) rasterises the figure with its text; loaded only when asked for.
const loadHtmlToImage = () => import('html-to-image');

/** Decodes a data: URL without fetch(), which the Content-Security-Policy (connect-src 'self') forbids for data:. */
function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(5, comma);
  const body = dataUrl.slice(comma + 1);
  const type = header.split(';')[0] ?? 'application/octet-stream';
  if (!header.endsWith(';base64')) return new Blob([decodeURIComponent(body)], { type });
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}

/**
 * PNG and SVG of the figure, whose title, source line and as-of date are part of it. (The displayed rows as CSV
 * are in the view's Download panel, AidDownload.)
 */
export function AidExport({
  figureRef,
  series,
  title,
}: {
  figureRef: RefObject<HTMLElement | null>;
  table: SeriesTable;
  series: AidSeries;
  title: string;
}) {
  const lang = useLang();
  const slug = `us-aid-colombia-${series.id}`;
  const image = async (kind: 'png' | 'svg') => {
    const node = figureRef.current;
    if (node === null) return;
    const { toPng, toSvg } = await loadHtmlToImage();
    const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
    const dataUrl = await (kind === 'png'
      ? toPng(node, { backgroundColor: background, pixelRatio: 2 })
      : toSvg(node, { backgroundColor: background }));
    download(`${slug}.${kind}`, dataUrlToBlob(dataUrl));
  };
  return (
    <div className="aid-export" role="group" aria-label={m.aid_export({ title }, { locale: lang })}>
      <button type="button" onClick={() => void image('png')}>
        {m.aid_export_png({}, { locale: lang })}
      </button>
      <button type="button" onClick={() => void image('svg')}>
        {m.aid_export_svg({}, { locale: lang })}
      </button>
    </div>
  );
}
