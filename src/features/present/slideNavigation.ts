import { parse } from '../../state/viewStateCodec';
import { setViewState } from '../../state/urlStore';
import type { Deck } from './deckCodec';

/** Opens slide n (1-based): the slide's saved view becomes the view, with the deck and slide number kept in the URL. */
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
  if (slide.region !== undefined) document.getElementById(slide.region)?.scrollIntoView({ block: 'start' });
}
