import { useT } from '../../i18n/useT';
import { setViewState } from '../../state/urlStore';

/** The link's presentation could not be used: say why; the rest of the view stays as the link set it. */
export function DeckNotice({ reason }: { reason: 'corrupt' | 'version' | 'empty' | 'no-deck' | 'slide' }) {
  const t = useT();
  return (
    <div className="notice deck-notice" role="status">
      <p>{t(`present.notice.${reason}`)}</p>
      <button type="button" onClick={() => setViewState({ deck: null, slide: null }, 'replace')}>
        {t('present.notice.dismiss')}
      </button>
    </div>
  );
}
