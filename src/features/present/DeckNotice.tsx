import { m } from '../../i18n/messages';
import { useLang } from '../../i18n/useLang';
import { setViewState } from '../../state/urlStore';

/** The link's presentation could not be used: say why; the rest of the view stays as the link set it. */
export function DeckNotice({ reason }: { reason: 'corrupt' | 'version' | 'empty' | 'no-deck' | 'slide' }) {
  const lang = useLang();
  return (
    <div className="notice deck-notice" role="status">
      <p>{m.present_notice({ reason: reason }, { locale: lang })}</p>
      <button type="button" onClick={() => setViewState({ deck: null, slide: null }, 'replace')}>
        {m.present_notice_dismiss({}, { locale: lang })}
      </button>
    </div>
  );
}
