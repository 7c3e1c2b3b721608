import { useEffect, useRef } from 'react';
import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';
import type { Deck } from './deckCodec';
import { DeckNotice } from './DeckNotice';
import { goToSlide } from './slideNavigation';

/** Presenting: the slide's title and note over the live views; → or Space next, ← previous, Esc leaves. */
export function PresenterBar({ deck, encoded, slide }: { deck: Deck; encoded: string; slide: number }) {
  const lang = useLang();
  const barRef = useRef<HTMLElement>(null);
  const current = deck.slides[slide - 1];
  const count = deck.slides.length;
  const leave = () => {
    // Some browsers (iPhone Safari) have no Fullscreen API at all: fullscreenElement is then undefined.
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    setViewState({ slide: null });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
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
  useEffect(() => barRef.current?.focus(), [slide]);

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
        <button type="button" onClick={leave}>
          {m.present_exit({}, { locale: lang })}
        </button>
      </div>
    </section>
  );
}
