import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/** The page's regions a slide can show, by their element ids. */
export const SLIDE_REGIONS = ['map', 'aid', 'precedents', 'timeline'] as const;
export type SlideRegion = (typeof SLIDE_REGIONS)[number];
const isSlideRegion = (v: unknown): v is SlideRegion => SLIDE_REGIONS.some((r) => r === v);

/** A slide is a saved view: its canonical query string (the URL codec's output), a title and a note. */
export interface Slide {
  title: string;
  note: string;
  view: string;
  /** The region to bring into view when the slide opens (map, aid, precedents, timeline). */
  region?: SlideRegion;
}

export interface Deck {
  title: string;
  slides: Slide[];
}

/** Version of the deck format inside the link; bump with a migration in decodeDeck when it changes. */
export const DECK_VERSION = 1;
const MAX_SLIDES = 40;
const MAX_TEXT = 300;

export function encodeDeck(deck: Deck): string {
  return compressToEncodedURIComponent(JSON.stringify({ v: DECK_VERSION, title: deck.title, slides: deck.slides }));
}

export type DeckResult = { ok: true; deck: Deck } | { ok: false; reason: 'corrupt' | 'version' | 'empty' };

const clean = (v: unknown) => (typeof v === 'string' ? v.replace(/\p{Cc}/gu, '').slice(0, MAX_TEXT) : '');

/** Decodes a deck from the link defensively: a truncated or hostile value gives a reason, never an exception. */
export function decodeDeck(encoded: string): DeckResult {
  let json: unknown;
  try {
    const text = decompressFromEncodedURIComponent(encoded);
    if (text === null || text === '') return { ok: false, reason: 'corrupt' };
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (typeof json !== 'object' || json === null) return { ok: false, reason: 'corrupt' };
  const { v, title, slides } = json as { v?: unknown; title?: unknown; slides?: unknown };
  if (v !== DECK_VERSION) return { ok: false, reason: 'version' };
  if (!Array.isArray(slides)) return { ok: false, reason: 'corrupt' };
  const parsed = slides.slice(0, MAX_SLIDES).flatMap((s: unknown) => {
    if (typeof s !== 'object' || s === null) return [];
    const { title: st, note, view, region } = s as Record<string, unknown>;
    if (typeof view !== 'string' || view.length >= 4000) return [];
    const slide: Slide = { title: clean(st), note: clean(note), view };
    if (isSlideRegion(region)) slide.region = region;
    return [slide];
  });
  return parsed.length === 0
    ? { ok: false, reason: 'empty' }
    : { ok: true, deck: { title: clean(title), slides: parsed } };
}
