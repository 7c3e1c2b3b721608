import { escapeXml } from './escapeXml';
import { wrapText } from './wrapText';

/** One key of the legend: a swatch (filled, or outlined and dashed) and its words. */
export interface LegendItem {
  label: string;
  colour: string;
  dashed?: boolean;
}

/** The words around the figure: everything a reader needs when the image travels without the page. */
export interface ExportText {
  title: string;
  /** What is shown: the filters, by name. One paragraph per entry. */
  subtitle: readonly string[];
  legend: readonly LegendItem[];
  /** Source line, licence, credit with the as-of date, the view's URL: each wrapped, never cut. */
  footer: readonly string[];
}

/** A figure as SVG markup (one element drawn from 0,0) and its size in px. */
export interface CapturedFigure {
  markup: string;
  width: number;
  height: number;
}

/** Width in px of text at a size and weight, in FONT_FAMILY. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";
const PAD = 24;
const MIN_WIDTH = 560;
const INK = '#1a1f24';
const MUTED = '#4a5560';
const SWATCH = 12;

interface Line {
  text: string;
  size: number;
  bold: boolean;
  fill: string;
  gapBefore: number;
}

/**
 * The published image: title, filters, legend, the figure, then source, licence, credit and URL, all as SVG
 * elements (text is <text>, never HTML in a foreignObject, never a bitmap), in light colours on white.
 */
export function composeExportSvg(
  figure: CapturedFigure,
  text: ExportText,
  measure: MeasureText,
): { svg: string; width: number; height: number } {
  const width = Math.ceil(Math.max(MIN_WIDTH, figure.width + 2 * PAD));
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  const paragraph = (lines: Line[]) => {
    for (const l of lines) {
      y += l.gapBefore + l.size * 1.3;
      parts.push(
        `<text x="${PAD}" y="${round(y)}" font-size="${l.size}"${l.bold ? ' font-weight="700"' : ''} fill="${l.fill}">${escapeXml(l.text)}</text>`,
      );
    }
  };
  const wrapped = (s: string, size: number, bold: boolean, fill: string, gap: number): Line[] =>
    wrapText(s, inner, (t) => measure(t, size, bold)).map((t, i) => ({
      text: t,
      size,
      bold,
      fill,
      gapBefore: i === 0 ? gap : 0,
    }));

  paragraph(wrapped(text.title, 20, true, INK, 0));
  for (const s of text.subtitle) paragraph(wrapped(s, 13, false, MUTED, 4));
  y += legend(text.legend, y + 10, inner, measure, parts) + 10;
  y += 8;
  parts.push(`<g transform="translate(${PAD} ${round(y)})">${figure.markup}</g>`);
  y += figure.height + 8;
  text.footer.forEach((s, i) =>
    paragraph(wrapped(s, 11.5, false, i === text.footer.length - 1 ? '#005a8c' : MUTED, 4)),
  );
  const height = Math.ceil(y + PAD);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** Legend keys flowing in rows; a key too long for a row wraps under its swatch. Returns the height used. */
function legend(items: readonly LegendItem[], top: number, inner: number, measure: MeasureText, parts: string[]) {
  if (items.length === 0) return 0;
  const size = 12;
  const row = 18;
  let x = 0;
  let y = 0;
  let rowHeight = row;
  const out: string[] = [];
  for (const item of items) {
    const labelWidth = inner - SWATCH - 6;
    const lines = wrapText(item.label, labelWidth, (t) => measure(t, size, false));
    const itemWidth = SWATCH + 6 + Math.max(...lines.map((l) => measure(l, size, false)));
    if (x > 0 && x + itemWidth > inner) {
      x = 0;
      y += rowHeight;
      rowHeight = row;
    }
    const swatch = item.dashed
      ? `<rect x="${round(x + 1)}" y="${round(y + 2)}" width="${SWATCH - 2}" height="${SWATCH - 2}" fill="${escapeXml(item.colour)}" fill-opacity="0.35" stroke="${escapeXml(item.colour)}" stroke-width="1.5" stroke-dasharray="3 2"/>`
      : `<rect x="${round(x)}" y="${round(y + 1)}" width="${SWATCH}" height="${SWATCH}" fill="${escapeXml(item.colour)}"/>`;
    out.push(swatch);
    lines.forEach((l, i) =>
      out.push(
        `<text x="${round(x + SWATCH + 6)}" y="${round(y + 11 + i * row)}" font-size="${size}" fill="${INK}">${escapeXml(l)}</text>`,
      ),
    );
    rowHeight = Math.max(rowHeight, lines.length * row);
    x += itemWidth + 16;
  }
  parts.push(`<g class="legend" transform="translate(${PAD} ${round(top)})">${out.join('')}</g>`);
  return y + rowHeight;
}

const round = (n: number) => Math.round(n * 10) / 10;
