import { browserLang } from '../i18n/browserLang';
import type { Lang } from '../lib/lang';
import { useViewStateField } from '../state/useViewState';
import type { ViewState } from '../state/viewState';

const selectLang = (s: ViewState) => s.lang;

/** The language, read from the URL once, by the shell, which hands it down to the views in LangProvider. */
export function useUrlLang(): Lang {
  return useViewStateField(selectLang) ?? browserLang();
}
