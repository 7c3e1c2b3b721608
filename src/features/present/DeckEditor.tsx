import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { serialize } from '../../state/viewStateCodec';
import { setViewState } from '../../state/urlStore';
import type { ViewState } from '../../state/viewState';
import { builtInDeck } from './builtInDeck';
import { encodeDeck, SLIDE_REGIONS, type Deck, type Slide } from './deckCodec';
import { inferRegion, regionInView, slideRegion } from './slideRegion';
import { startPresenting } from './slideNavigation';
import { useDialog } from '../../ui/useDialog';

/** The view without presentation fields: what a slide saves. */
const slideView = (state: ViewState) =>
  serialize({ ...state, deck: null, slide: null, panel: null, lang: null, theme: null, embed: false, static: false });

/** Builds a talk from saved views; the deck lives in the link itself (compressed), so sharing the URL shares it. */
export function DeckEditor({ deck, state }: { deck: Deck | null; state: ViewState }) {
  const lang = useLang();
  const { headingRef, openerRef } = useDialog<HTMLHeadingElement>(() => setViewState({ panel: null }));
  const slides = deck?.slides ?? [];
  const save = (next: Slide[], title = deck?.title ?? m.present_untitled({}, { locale: lang })) =>
    setViewState({ deck: next.length === 0 ? null : encodeDeck({ title, slides: next }) }, 'replace');
  const move = (i: number, by: number) => {
    const next = [...slides];
    const [item] = next.splice(i, 1);
    if (item === undefined) return;
    next.splice(i + by, 0, item);
    save(next);
  };
  const edit = (i: number, patch: Partial<Slide>) => save(slides.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  // Full screen is the presenter's choice (a button on the presenter bar), not a side effect of starting.
  const present = (d: Deck) => startPresenting(d, encodeDeck(d), openerRef.current);
  // A slide opens at its region (issue 16: a presenter's own slides opened at the top): the one its view is about,
  // else the one in sight; the presenter can change it below.
  const newSlide = (): Slide => {
    const view = slideView(state);
    const title = m.present_slide_n({ n: slides.length + 1 }, { locale: lang });
    return { title, note: '', view, region: inferRegion(view) ?? regionInView() ?? 'map' };
  };
  return (
    <aside className="side-panel deck-editor" role="dialog" aria-modal="false" aria-labelledby="deck-title">
      <div className="side-panel__head">
        <h2 id="deck-title" ref={headingRef} tabIndex={-1}>
          {m.present_deck_title({}, { locale: lang })}
        </h2>
        <button type="button" onClick={() => setViewState({ panel: null })}>
          {m.sources_close({}, { locale: lang })}
        </button>
      </div>
      <p className="muted">{m.present_deck_help({}, { locale: lang })}</p>
      <div className="deck-actions">
        <button
          type="button"
          onClick={() =>
            setViewState({
              deck: encodeDeck({
                title: deck?.title ?? m.present_untitled({}, { locale: lang }),
                slides: [...slides, newSlide()],
              }),
            })
          }
        >
          {m.present_add_view({}, { locale: lang })}
        </button>
        <button type="button" onClick={() => present(builtInDeck(lang))}>
          {m.present_play_built_in({}, { locale: lang })}
        </button>
        {deck === null ? null : (
          <button type="button" onClick={() => present(deck)}>
            {m.present_present({}, { locale: lang })}
          </button>
        )}
      </div>
      {slides.length === 0 ? <p>{m.present_empty({}, { locale: lang })}</p> : null}
      <ol className="deck-slides">
        {slides.map((s, i) => (
          <li key={`${i}:${s.title}:${s.note}:${s.view}`}>
            <label className="field">
              {m.present_slide_title({ n: i + 1 }, { locale: lang })}
              <input
                defaultValue={s.title}
                onBlur={(e) => e.target.value !== s.title && edit(i, { title: e.target.value })}
              />
            </label>
            <label className="field">
              {m.present_slide_note({}, { locale: lang })}
              <input
                defaultValue={s.note}
                onBlur={(e) => e.target.value !== s.note && edit(i, { note: e.target.value })}
              />
            </label>
            <label className="field">
              {m.present_slide_region({ n: i + 1 }, { locale: lang })}
              <select
                value={slideRegion(s)}
                onChange={(e) => edit(i, { region: SLIDE_REGIONS.find((r) => r === e.target.value) ?? 'map' })}
              >
                {SLIDE_REGIONS.map((r) => (
                  <option key={r} value={r}>
                    {m.present_region({ region: r }, { locale: lang })}
                  </option>
                ))}
              </select>
            </label>
            <div className="deck-slide-buttons">
              <button
                type="button"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={m.present_move_up({ n: i + 1 }, { locale: lang })}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={i === slides.length - 1}
                onClick={() => move(i, 1)}
                aria-label={m.present_move_down({ n: i + 1 }, { locale: lang })}
              >
                ↓
              </button>
              <button type="button" onClick={() => save(slides.filter((_, j) => j !== i))}>
                {m.present_delete({}, { locale: lang })}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </aside>
  );
}
