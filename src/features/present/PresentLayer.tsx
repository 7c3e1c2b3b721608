import { useViewState } from '../../state/useViewState';
import { decodeDeck } from './deckCodec';
import { DeckEditor } from './DeckEditor';
import { DeckNotice } from './DeckNotice';
import { PresenterBar } from './PresenterBar';
import { ShareDialog } from './ShareDialog';
import './present.css';

/** Sharing, the deck editor and the presenter bar: loaded only when the URL asks for one of them. */
export default function PresentLayer() {
  const state = useViewState();
  const decoded = state.deck === null ? null : decodeDeck(state.deck);
  const deck = decoded?.ok === true ? decoded.deck : null;
  return (
    <>
      {decoded !== null && !decoded.ok ? <DeckNotice reason={decoded.reason} /> : null}
      {state.panel === 'share' ? <ShareDialog state={state} /> : null}
      {state.panel === 'deck' ? <DeckEditor deck={deck} state={state} /> : null}
      {state.slide !== null && deck !== null && state.deck !== null ? (
        <PresenterBar deck={deck} encoded={state.deck} slide={state.slide} />
      ) : null}
      {state.slide !== null && deck === null && decoded?.ok !== false ? <DeckNotice reason="no-deck" /> : null}
    </>
  );
}
