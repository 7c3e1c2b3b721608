import { parse } from '../../state/viewStateCodec';
import { setViewState } from '../../state/urlStore';
import type { Deck } from './deckCodec';

/**
 * Opens slide n (1-based): the slide's saved view becomes the view, with the deck and slide number kept in the URL.
 * The presenter bar brings the slide's region into sight once the view has drawn (PresenterBar.tsx).
 */
export function goToSlide(deck: Deck, encoded: string, n: number): void {
  const slide = deck.slides[n - 1];
  if (slide === undefined) return;
  const { state } = parse(slide.view);
  // The reader's language and theme stay theirs; everything else comes from the slide.
  setViewState(
    (current) => ({
      ...state,
      lang: current.lang,
      theme: current.theme,
      deck: encoded,
      slide: n,
      panel: null,
      embed: false,
      static: false,
    }),
    'push',
  );
}

// What started presenting (the header's Present button, via the deck editor): focus goes back there on leaving.
let returnFocusTo: HTMLElement | null = null;

/** Starts presenting a deck at its first slide; `from` gets focus back when the presenter leaves. */
export function startPresenting(deck: Deck, encoded: string, from: HTMLElement | null): void {
  returnFocusTo = from;
  goToSlide(deck, encoded, 1);
}

/** Focus after presenting: what started it if it is still in the page, else the main content. */
export function focusAfterPresenting(): void {
  const target = returnFocusTo?.isConnected === true ? returnFocusTo : document.getElementById('main');
  returnFocusTo = null;
  target?.focus();
}
