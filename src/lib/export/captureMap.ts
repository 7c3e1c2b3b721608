import { captureSvg } from './captureSvg';
import type { CapturedFigure } from './composeSvg';
import { FONT_FAMILY } from './composeSvg';
import { escapeXml } from './escapeXml';
import type { ColourSwap } from './lightTheme';
import { wrapText } from './wrapText';

const transparent = (c: string) => c === '' || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);

/**
 * A web map (Leaflet's SVG panes plus its HTML labels) redrawn as one SVG at its on-screen size: each pane's
 * <svg> copied where it sits, each visible label box as a <rect> with its text as <text>, clipped to the map.
 */
export function captureMap(container: HTMLElement, swap: ColourSwap, labels = '.leaflet-marker-icon'): CapturedFigure {
  const box = container.getBoundingClientRect();
  const width = round(box.width);
  const height = round(box.height);
  const parts: string[] = [];
  const background = getComputedStyle(container).backgroundColor;
  if (!transparent(background))
    parts.push(`<rect width="${width}" height="${height}" fill="${escapeXml(swap(background))}"/>`);
  for (const svg of container.querySelectorAll('svg')) {
    const r = svg.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    parts.push(captureSvg(svg, swap, r.left - box.left, r.top - box.top).markup);
  }
  for (const label of container.querySelectorAll<HTMLElement>(labels)) parts.push(...htmlBoxes(label, box, swap));
  return {
    markup: `<svg x="0" y="0" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">${parts.join('')}</svg>`,
    width: box.width,
    height: box.height,
  };
}

/** Boxes (background, border) and lines of text of the visible elements inside an HTML label. */
function htmlBoxes(root: HTMLElement, origin: DOMRect, swap: ColourSwap): string[] {
  const out: string[] = [];
  const ctx = document.createElement('canvas').getContext('2d');
  for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (style.display === 'none' || style.visibility === 'hidden' || r.width === 0 || r.height === 0) continue;
    const x = r.left - origin.left;
    const y = r.top - origin.top;
    const border = parseFloat(style.borderTopWidth) || 0;
    if (!transparent(style.backgroundColor) || border > 0)
      out.push(
        `<rect x="${round(x)}" y="${round(y)}" width="${round(r.width)}" height="${round(r.height)}" rx="${parseFloat(style.borderTopLeftRadius) || 0}" fill="${transparent(style.backgroundColor) ? 'none' : escapeXml(swap(style.backgroundColor))}"${border > 0 ? ` stroke="${escapeXml(swap(style.borderTopColor))}" stroke-width="${border}"` : ''}/>`,
      );
    const own = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (own === '') continue;
    const size = parseFloat(style.fontSize) || 12;
    const bold = Number(style.fontWeight) >= 600;
    const lineHeight = parseFloat(style.lineHeight) || size * 1.3;
    const left = parseFloat(style.paddingLeft) || 0;
    const font = `${bold ? '700 ' : ''}${size}px ${FONT_FAMILY}`;
    const measure = (t: string) => {
      if (ctx === null) return t.length * size * 0.55;
      ctx.font = font;
      return ctx.measureText(t).width;
    };
    const lines = style.whiteSpace === 'nowrap' ? [own] : wrapText(own, r.width - 2 * left, measure);
    lines.forEach((line, i) =>
      out.push(
        `<text x="${round(x + left)}" y="${round(y + (parseFloat(style.paddingTop) || 0) + i * lineHeight + (lineHeight + size * 0.7) / 2)}" font-size="${size}"${bold ? ' font-weight="700"' : ''} font-family="${escapeXml(FONT_FAMILY)}" fill="${escapeXml(swap(style.color))}">${escapeXml(line)}</text>`,
      ),
    );
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;
