/** A label's box on screen, in CSS pixels, as measured (getBoundingClientRect) before any offset. */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher wins a clash. */
  priority: number;
  /** Drawn where it is whatever happens (a marker's badge): others keep clear of it. */
  fixed?: boolean;
  /** Where else it may go, in px from where it is, in order of preference; default: a line above, a line below. */
  alternatives?: readonly Offset[];
}

export interface Offset {
  dx: number;
  dy: number;
}

export interface LabelPlacement {
  visible: boolean;
  /** Shift in px applied to a shown label (0, 0 when it fits where it is). */
  dx: number;
  dy: number;
}

/** The map's box on screen: a label is slid inside it rather than cut by its edge. */
export interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Slides a box that the bounds' edge cuts inside them (to their left or top edge when it is larger than them).
 * A box wholly outside stays there: its place is off the map, and bringing it in would put it somewhere false.
 */
function inside(box: LabelBox, bounds: Bounds | null): LabelBox {
  if (bounds === null) return box;
  const cut =
    box.x < bounds.right && box.x + box.width > bounds.left && box.y < bounds.bottom && box.y + box.height > bounds.top;
  if (!cut) return box;
  const x = Math.max(bounds.left, Math.min(box.x, bounds.right - box.width));
  const y = Math.max(bounds.top, Math.min(box.y, bounds.bottom - box.height));
  return { ...box, x, y };
}

/** Space kept between two labels, in px. */
export const LABEL_GAP = 2;

const overlaps = (a: LabelBox, b: LabelBox, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * Screen-space decluttering: fixed boxes first, then labels by priority (ties by id, so the result never depends
 * on the order the DOM happened to list them). Each label is tried where it is, then at its alternatives (by
 * default one line above, then one below), each slid inside `bounds` if the edge cuts it; a label that fits nowhere is hidden, never drawn over another. An
 * empty box (a hidden element) is ignored.
 */
export function layoutLabels(
  boxes: readonly LabelBox[],
  bounds: Bounds | null = null,
  gap = LABEL_GAP,
): Map<string, LabelPlacement> {
  const order = [...boxes].sort(
    (a, b) =>
      Number(b.fixed ?? false) - Number(a.fixed ?? false) ||
      b.priority - a.priority ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const placed: LabelBox[] = [];
  const result = new Map<string, LabelPlacement>();
  for (const box of order) {
    if (box.width <= 0 || box.height <= 0) {
      result.set(box.id, { visible: false, dx: 0, dy: 0 });
      continue;
    }
    if (box.fixed === true) {
      placed.push(box);
      result.set(box.id, { visible: true, dx: 0, dy: 0 });
      continue;
    }
    const others = box.alternatives ?? [
      { dx: 0, dy: -(box.height + gap) },
      { dx: 0, dy: box.height + gap },
    ];
    const candidates = [{ dx: 0, dy: 0 }, ...others].map((o) =>
      inside({ ...box, x: box.x + o.dx, y: box.y + o.dy }, bounds),
    );
    const spot = candidates.find((c) => placed.every((p) => !overlaps(c, p, gap)));
    if (spot === undefined) {
      result.set(box.id, { visible: false, dx: 0, dy: 0 });
      continue;
    }
    placed.push(spot);
    result.set(box.id, { visible: true, dx: spot.x - box.x, dy: spot.y - box.y });
  }
  return result;
}

/**
 * Who wins a clash: the strikes first (zones, the most precise place there is, then a sea marker's label, whose
 * badge shows its count anyway; each by its number of strikes), the aid label next, place names last: they only
 * orient the reader.
 */
export const LABEL_PRIORITY = {
  zone: (strikes: number) => 2000 + strikes,
  sea: (strikes: number) => 1000 + strikes,
  aid: 500,
  place: 100,
} as const;
