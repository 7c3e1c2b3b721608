import { useEffect, useLayoutEffect, useRef } from 'react';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { readUrl, setViewState } from '../../state/urlStore';
import type { Deck } from './deckCodec';
import { DeckNotice } from './DeckNotice';
import { FullscreenButton } from './FullscreenButton';
import { focusAfterPresenting, goToSlide } from './slideNavigation';
import { slideRegion } from './slideRegion';

/**
 * Presenting: only the slide is shown — its title and note here, its region of the page below; the header, the
 * footer and the other regions are hidden by present.css while <html data-presenting> names the region (issue 16).
 * → or Space next, ← previous, Esc leaves.
 */
export function PresenterBar({ deck, encoded, slide }: { deck: Deck; encoded: string; slide: number }) {
  const lang = useLang();
  const barRef = useRef<HTMLElement>(null);
  const current = deck.slides[slide - 1];
  const region = current === undefined ? null : slideRegion(current);
  const count = deck.slides.length;
  const leave = () => {
    // Some browsers (iPhone Safari) have no Fullscreen API at all: fullscreenElement is then undefined.
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    setViewState({ slide: null });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // An open dialog spends Escape on closing itself (ui/useDialog marks it handled).
      if (e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target !== null && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      if ((e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown') && slide < count)
        goToSlide(deck, encoded, slide + 1);
      else if ((e.key === 'ArrowLeft' || e.key === 'PageUp') && slide > 1) goToSlide(deck, encoded, slide - 1);
      else if (e.key === 'Escape') leave();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // The page shows only this slide's region. Set before paint, so the page never flashes whole.
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (region === null) delete root.dataset.presenting;
    else root.dataset.presenting = region;
  }, [region]);
  // Leaving (Esc, Exit, Back) shows the page again and gives focus back to what started presenting.
  useEffect(
    () => () => {
      // Still presenting (StrictMode's rehearsal of an unmount in development): nothing to give back yet.
      if (readUrl().state.slide !== null) return;
      delete document.documentElement.dataset.presenting;
      focusAfterPresenting();
    },
    [],
  );
  // Each slide opens at its region, after the slide's view has drawn: scrolling before (as goToSlide did) went to
  // where the region was before the sections above it mounted and grew (issue 16: slides 1 and 6 opened elsewhere).
  useEffect(() => {
    barRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [slide]);

  if (current === undefined) return <DeckNotice reason="slide" />;
  return (
    <section
      ref={barRef}
      tabIndex={-1}
      className="presenter-bar"
      aria-label={m.present_bar_label({}, { locale: lang })}
      aria-live="polite"
    >
      <div className="presenter-bar__text">
        <p className="presenter-bar__count">
          {m.present_slide_of({ n: slide, count }, { locale: lang })}
          {deck.title === '' ? '' : ` · ${deck.title}`}
        </p>
        <h2>{current.title}</h2>
        {current.note === '' ? null : <p>{current.note}</p>}
      </div>
      <div className="presenter-bar__buttons">
        <button type="button" disabled={slide <= 1} onClick={() => goToSlide(deck, encoded, slide - 1)}>
          {m.present_prev({}, { locale: lang })}
        </button>
        <button type="button" disabled={slide >= count} onClick={() => goToSlide(deck, encoded, slide + 1)}>
          {m.present_next({}, { locale: lang })}
        </button>
        <FullscreenButton />
        <button type="button" onClick={leave}>
          {m.present_exit({}, { locale: lang })}
        </button>
      </div>
    </section>
  );
}
