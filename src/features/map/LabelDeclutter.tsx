import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { layoutLabels, type LabelBox, type Offset } from './labelLayout';

const LABEL = '.map-label__box';
const BADGE = '.sea-marker';
const UNDER_BADGE = 'map-label__box--below-badge';
/** How far under its badge's centre a badge's label starts (map.css, .map-label__box--below-badge). */
const BADGE_OFFSET = 20;

/** A sea marker's label, first under its badge, may go above it, or to its right or left. */
function aroundBadge(box: LabelBox): Offset[] {
  const level = -(BADGE_OFFSET + box.height / 2);
  const side = box.width / 2 + BADGE_OFFSET + 2;
  return [
    { dx: 0, dy: -(box.height + 2 * BADGE_OFFSET) },
    { dx: side, dy: level },
    { dx: -side, dy: level },
  ];
}

/**
 * Measures every label and badge on screen and hides or shifts labels so that none overlaps another and none is
 * cut by the map's edge.
 */
function declutter(root: HTMLElement): void {
  const labels = [...root.querySelectorAll<HTMLElement>(LABEL)];
  // Measured where the label's own CSS puts it: a shift from the last layout would be counted twice.
  for (const el of labels) el.style.translate = '';
  const boxes: LabelBox[] = [
    ...[...root.querySelectorAll<HTMLElement>(BADGE)].map((el, i) => measure(el, `badge-${i}`, Infinity, true)),
    ...labels.map((el, i) => {
      const box = measure(el, `label-${i}`, Number(el.dataset.priority ?? 0), false);
      return el.classList.contains(UNDER_BADGE) ? { ...box, alternatives: aroundBadge(box) } : box;
    }),
  ];
  const r = root.getBoundingClientRect();
  const placements = layoutLabels(boxes, { left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  labels.forEach((el, i) => {
    const p = placements.get(`label-${i}`);
    const shown = p?.visible ?? true;
    el.classList.toggle('map-label__box--clash', !shown);
    el.style.translate = shown && p !== undefined && (p.dx !== 0 || p.dy !== 0) ? `${p.dx}px ${p.dy}px` : '';
  });
}

function measure(el: HTMLElement, id: string, priority: number, fixed: boolean): LabelBox {
  const r = el.getBoundingClientRect();
  return { id, x: r.left, y: r.top, width: r.width, height: r.height, priority, fixed };
}

/**
 * Keeps the map's labels apart: after a zoom (labels move apart or together on screen) and whenever a label is
 * added, replaced or removed (a filter changes a zone's figures, a layer is toggled). A pan moves every label
 * together, so it changes nothing. One layout per animation frame at most.
 */
export function LabelDeclutter() {
  const map = useMap();
  useEffect(() => {
    const root = map.getContainer();
    let frame = 0;
    const schedule = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        declutter(root);
      });
    };
    const pane = map.getPane('markerPane');
    const observer = new MutationObserver(schedule);
    if (pane !== undefined) observer.observe(pane, { childList: true, subtree: true, attributeFilter: ['hidden'] });
    map.on('zoomend resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      map.off('zoomend resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [map]);
  return null;
}
