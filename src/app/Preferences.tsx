import { m } from '../i18n/messages';
import { useLang } from '../i18n/useLang';
import { setViewState } from '../state/urlStore';
import { useSystemDark } from '../lib/useSystemDark';
import { useViewStateField } from '../state/useViewState';
import { LANGS, type Lang } from '../lib/lang';
import type { ViewState } from '../state/viewState';

const selectTheme = (s: ViewState) => s.theme;

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

/** Language and theme: both live in the URL so a shared link opens in the same language and colours. */
export function Preferences() {
  const lang = useLang();
  const theme = useViewStateField(selectTheme);
  const systemDark = useSystemDark();
  const dark = theme === null ? systemDark : theme === 'dark';
  return (
    <div className="preferences">
      <label className="inline-field">
        <span>{m.app_language({}, { locale: lang })}</span>
        <select value={lang} onChange={(e) => setViewState({ lang: e.target.value as Lang }, 'replace')}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        aria-pressed={dark}
        onClick={() => setViewState({ theme: dark ? 'light' : 'dark' }, 'replace')}
      >
        {m.app_dark_mode({}, { locale: lang })}
      </button>
    </div>
  );
}
