import type { CapturedFigure } from './composeSvg';
import { FONT_FAMILY } from './composeSvg';
import type { ColourSwap } from './lightTheme';

// What the stylesheet decides about an SVG element's look, copied onto the copy as presentation attributes.
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
] as const;
const FONT = ['font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline'] as const;
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);
// Never in a vector export: HTML (foreignObject) or bitmaps (image).
const DROPPED_TAGS = new Set(['foreignObject', 'image', 'script', 'style']);

/** The chart to export inside a container: its largest <svg> (a legend's icons are small ones). */
export function largestSvg(container: Element): SVGSVGElement | null {
  const all = container instanceof SVGSVGElement ? [container] : [...container.querySelectorAll('svg')];
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of all) {
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > bestArea) {
      best = svg;
      bestArea = r.width * r.height;
    }
  }
  return best;
}

/**
 * A self-contained copy of a drawn <svg>: computed styles (CSS classes, variables, currentColor) become
 * attributes, hidden parts and anything non-vector are left out, and it is placed at (x, y) at its drawn size.
 */
export function captureSvg(svg: SVGSVGElement, swap: ColourSwap, x = 0, y = 0): CapturedFigure {
  const rect = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  // From the last, so removing an element never shifts one still to visit.
  for (let i = originals.length - 1; i >= 0; i--) {
    const original = originals[i];
    const target = copies[i];
    if (original === undefined || target === undefined) continue;
    const style = getComputedStyle(original);
    if (i > 0 && (DROPPED_TAGS.has(original.localName) || style.display === 'none' || style.visibility === 'hidden')) {
      target.remove();
      continue;
    }
    for (const p of PAINT) {
      const value = style.getPropertyValue(p);
      if (value !== '') target.setAttribute(p, p === 'fill' || p === 'stroke' ? swap(value) : value);
    }
    if (TEXT_TAGS.has(original.localName)) {
      for (const p of FONT) {
        const value = style.getPropertyValue(p);
        if (value !== '' && value !== 'auto') target.setAttribute(p, value);
      }
      target.setAttribute('font-family', FONT_FAMILY);
    }
    for (const a of ['class', 'style', 'tabindex', 'focusable']) target.removeAttribute(a);
  }
  copy.removeAttribute('role');
  copy.setAttribute('x', String(round(x)));
  copy.setAttribute('y', String(round(y)));
  copy.setAttribute('width', String(round(rect.width)));
  copy.setAttribute('height', String(round(rect.height)));
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${round(rect.width)} ${round(rect.height)}`);
  copy.setAttribute('overflow', 'hidden');
  return { markup: new XMLSerializer().serializeToString(copy), width: rect.width, height: rect.height };
}

const round = (n: number) => Math.round(n * 100) / 100;
