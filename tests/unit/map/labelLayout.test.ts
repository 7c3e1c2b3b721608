import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_GAP, LABEL_PRIORITY, layoutLabels, type LabelBox } from '../../../src/features/map/labelLayout';

const box = (id: string, x: number, y: number, priority = 0, extra: Partial<LabelBox> = {}): LabelBox => ({
  id,
  x,
  y,
  width: 100,
  height: 20,
  priority,
  ...extra,
});

const placed = (boxes: readonly LabelBox[], result: ReturnType<typeof layoutLabels>) =>
  boxes.flatMap((b) => {
    const p = result.get(b.id);
    return p?.visible === true ? [{ ...b, x: b.x + p.dx, y: b.y + p.dy }] : [];
  });

const overlap = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('label layout', () => {
  it('leaves apart labels where they are', () => {
    const r = layoutLabels([box('a', 0, 0), box('b', 300, 0)]);
    expect(r.get('a')).toEqual({ visible: true, dx: 0, dy: 0 });
    expect(r.get('b')).toEqual({ visible: true, dx: 0, dy: 0 });
  });

  it('moves the lower-priority label of a clash a line up, then down, then hides it', () => {
    const r = layoutLabels([box('low', 10, 0, 1), box('high', 0, 0, 5)]);
    expect(r.get('high')).toEqual({ visible: true, dx: 0, dy: 0 });
    expect(r.get('low')).toEqual({ visible: true, dx: 0, dy: -(20 + LABEL_GAP) });
    const crowded = layoutLabels([
      box('high', 0, 0, 5),
      box('above', 0, -22, 4),
      box('below', 0, 22, 4),
      box('low', 10, 0, 1),
    ]);
    expect(crowded.get('low')?.visible).toBe(false);
  });

  it('never moves or hides a fixed box (a badge), and keeps labels off it', () => {
    const r = layoutLabels([box('label', 0, 0, 99), box('badge', 50, 5, 0, { fixed: true, width: 30 })]);
    expect(r.get('badge')).toEqual({ visible: true, dx: 0, dy: 0 });
    expect(r.get('label')?.dy).not.toBe(0);
  });

  it('tries the given alternatives in order', () => {
    const r = layoutLabels([
      box('first', 0, 0, 9),
      box('second', 0, 0, 1, {
        alternatives: [
          { dx: 0, dy: 5 },
          { dx: 200, dy: 0 },
        ],
      }),
    ]);
    expect(r.get('second')).toEqual({ visible: true, dx: 200, dy: 0 });
  });

  it('slides a label the edge cuts inside the bounds, and leaves one wholly outside where it is', () => {
    const bounds = { left: 0, top: 0, right: 300, bottom: 200 };
    const r = layoutLabels([box('cut', 250, 50), box('out', 500, 50)], bounds);
    expect(r.get('cut')).toEqual({ visible: true, dx: -50, dy: 0 });
    expect(r.get('out')).toEqual({ visible: true, dx: 0, dy: 0 });
  });

  it('ignores empty boxes (hidden elements)', () => {
    const r = layoutLabels([box('a', 0, 0, 1, { width: 0 }), box('b', 0, 0)]);
    expect(r.get('a')?.visible).toBe(false);
    expect(r.get('b')?.visible).toBe(true);
  });

  it('does not depend on the order it is given', () => {
    const boxes = [box('a', 0, 0, 1), box('b', 10, 5, 1), box('c', 20, 10, 1)];
    expect(layoutLabels(boxes)).toEqual(layoutLabels([...boxes].reverse()));
  });

  it('property: shown labels never overlap each other or a fixed box', () => {
    const arb = fc.array(
      fc.record({
        x: fc.integer({ min: 0, max: 400 }),
        y: fc.integer({ min: 0, max: 300 }),
        width: fc.integer({ min: 1, max: 200 }),
        height: fc.integer({ min: 1, max: 40 }),
        priority: fc.integer({ min: 0, max: 5 }),
        fixed: fc.boolean(),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        // Fixed boxes may overlap each other (the caller's badges do not); keep them apart here.
        const boxes = raw.map((b, i) => ({
          ...b,
          id: `b${i}`,
          fixed: b.fixed && i % 5 === 0,
          x: b.x + i * 1000 * Number(b.fixed && i % 5 === 0),
        }));
        const shown = placed(boxes, layoutLabels(boxes, { left: 0, top: 0, right: 400, bottom: 300 }));
        for (let i = 0; i < shown.length; i++)
          for (let j = i + 1; j < shown.length; j++) expect(overlap(shown[i]!, shown[j]!)).toBe(false);
      }),
    );
  });

  it('ranks zones over sea markers over aid over places', () => {
    expect(LABEL_PRIORITY.zone(1)).toBeGreaterThan(LABEL_PRIORITY.sea(1000 - 1));
    expect(LABEL_PRIORITY.sea(0)).toBeGreaterThan(LABEL_PRIORITY.aid);
    expect(LABEL_PRIORITY.aid).toBeGreaterThan(LABEL_PRIORITY.place);
  });
});
