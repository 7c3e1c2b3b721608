import { captureMap } from './captureMap';
import { captureSvg, largestSvg } from './captureSvg';
import { composeExportSvg, FONT_FAMILY, type CapturedFigure, type ExportText, type MeasureText } from './composeSvg';
import { withLightTheme } from './lightTheme';
import { svgToPng } from './rasterise';
import { saveBlob } from './saveBlob';

export type ImageKind = 'png' | 'svg';

function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, bold) => {
    if (ctx === null) return text.length * size * 0.55;
    ctx.font = `${bold ? '700 ' : ''}${size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

/** The figure inside `container`: a web map (Leaflet) or the largest chart <svg>; null when nothing is drawn. */
function capture(container: HTMLElement): CapturedFigure | null {
  return withLightTheme((swap) => {
    const map = container.querySelector<HTMLElement>('.leaflet-container');
    if (map !== null) return captureMap(map, swap);
    const svg = largestSvg(container);
    return svg === null ? null : captureSvg(svg, swap);
  });
}

/**
 * Downloads the figure in `container` as a publishable SVG (vector) or PNG (2×), with its words around it.
 * Resolves false when the container draws no figure.
 */
export async function exportFigure(
  container: HTMLElement,
  text: ExportText,
  kind: ImageKind,
  fileName: string,
): Promise<boolean> {
  const figure = capture(container);
  if (figure === null) return false;
  const { svg, width, height } = composeExportSvg(figure, text, canvasMeasure());
  if (kind === 'svg') {
    saveBlob(`${fileName}.svg`, new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    return true;
  }
  saveBlob(`${fileName}.png`, await svgToPng(svg, width, height));
  return true;
}
