import type { ViewState } from '../../state/viewState';
import { defaultViewState, parse } from '../../state/viewStateCodec';
import type { Slide, SlideRegion } from './deckCodec';

// Which fields a view sets, told apart by the region that draws them; the first region whose fields the slide
// changes is the one it is about. A record or a precedents filter says more than a country, which every view reads.
const FIELDS: readonly [SlideRegion, readonly (keyof ViewState)[]][] = [
  ['timeline', ['event', 'sanction']],
  ['precedents', ['precedent', 'compare', 'authority', 'relation', 'multilateral', 'decade', 'q', 'sort']],
  ['aid', ['measure', 'scope', 'breakdown', 'year']],
  ['map', ['strike', 'area', 'sea', 'grades', 'layers', 'map']],
];

const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** The region a view is about, when it sets a field only one region reads (a country alone says nothing). */
export function inferRegion(view: string): SlideRegion | undefined {
  const { state } = parse(view);
  const base = defaultViewState();
  return FIELDS.find(([, keys]) => keys.some((k) => differs(state[k], base[k])))?.[0];
}

/**
 * The region a slide shows: the one saved with it, else the one its view is about (decks made before slides kept
 * their region, issue 16: they opened at the top of the page), else the map.
 */
export function slideRegion(slide: Slide): SlideRegion {
  return slide.region ?? inferRegion(slide.view) ?? 'map';
}

/** The region most in sight (by visible height) in the page, if any: what "Add this view" means by "this view". */
export function regionInView(): SlideRegion | undefined {
  let best: SlideRegion | undefined;
  let bestHeight = 0;
  for (const id of ['map', 'aid', 'precedents', 'timeline'] as const) {
    const box = document.getElementById(id)?.getBoundingClientRect();
    if (box === undefined) continue;
    const seen = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
    if (seen > bestHeight) [best, bestHeight] = [id, seen];
  }
  return best;
}
