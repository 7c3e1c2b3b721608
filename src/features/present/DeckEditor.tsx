import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { serialize } from '../../state/viewStateCodec';
import { setViewState } from '../../state/urlStore';
import type { ViewState } from '../../state/viewState';
import { builtInDeck } from './builtInDeck';
import { encodeDeck, type Deck, type Slide } from './deckCodec';
import { goToSlide } from './slideNavigation';

/** The view without presentation fields: what a slide saves. */
const slideView = (state: ViewState) =>
  serialize({ ...state, deck: null, slide: null, panel: null, lang: null, theme: null, embed: false, static: false });

/** Builds a talk from saved views; the deck lives in the link itself (compressed), so sharing the URL shares it. */
export function DeckEditor({ deck, state }: { deck: Deck | null; state: ViewState }) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening the panel moves focus into it, so keyboard users land on what they opened.
  useEffect(() => headingRef.current?.focus(), []);
  const slides = deck?.slides ?? [];
  const save = (next: Slide[], title?: string) =>
    setViewState(
      {
        deck:
          next.length === 0 ? null : encodeDeck({ title: title ?? deck?.title ?? t('present.untitled'), slides: next }),
      },
      'replace',
    );
  const move = (i: number, by: number) => {
    const next = [...slides];
    const [item] = next.splice(i, 1);
    if (item === undefined) return;
    next.splice(i + by, 0, item);
    save(next);
  };
  const edit = (i: number, patch: Partial<Slide>) => save(slides.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const present = (d: Deck) => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    goToSlide(d, encodeDeck(d), 1);
  };
  return (
    <aside className="side-panel deck-editor" role="dialog" aria-modal="false" aria-labelledby="deck-title">
      <div className="side-panel__head">
        <h2 id="deck-title" ref={headingRef} tabIndex={-1}>
          {t('present.deckTitle')}
        </h2>
        <button type="button" onClick={() => setViewState({ panel: null })}>
          {t('sources.close')}
        </button>
      </div>
      <p className="muted">{t('present.deckHelp')}</p>
      <div className="deck-actions">
        <button
          type="button"
          onClick={() =>
            setViewState({
              deck: encodeDeck({
                title: deck?.title ?? t('present.untitled'),
                slides: [
                  ...slides,
                  { title: t('present.slideN', { n: slides.length + 1 }), note: '', view: slideView(state) },
                ],
              }),
            })
          }
        >
          {t('present.addView')}
        </button>
        <button type="button" onClick={() => present(builtInDeck(t))}>
          {t('present.playBuiltIn')}
        </button>
        {deck === null ? null : (
          <button type="button" onClick={() => present(deck)}>
            {t('present.present')}
          </button>
        )}
      </div>
      {slides.length === 0 ? <p>{t('present.empty')}</p> : null}
      <ol className="deck-slides">
        {slides.map((s, i) => (
          <li key={`${i}:${s.title}:${s.note}:${s.view}`}>
            <label className="field">
              {t('present.slideTitle', { n: i + 1 })}
              <input
                defaultValue={s.title}
                onBlur={(e) => e.target.value !== s.title && edit(i, { title: e.target.value })}
              />
            </label>
            <label className="field">
              {t('present.slideNote')}
              <input
                defaultValue={s.note}
                onBlur={(e) => e.target.value !== s.note && edit(i, { note: e.target.value })}
              />
            </label>
            <div className="deck-slide-buttons">
              <button
                type="button"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={t('present.moveUp', { n: i + 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={i === slides.length - 1}
                onClick={() => move(i, 1)}
                aria-label={t('present.moveDown', { n: i + 1 })}
              >
                ↓
              </button>
              <button type="button" onClick={() => save(slides.filter((_, j) => j !== i))}>
                {t('present.delete')}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </aside>
  );
}
