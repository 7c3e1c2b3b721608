import { useMemo } from 'react';
import { useViewState } from '../state/useViewState';
import type { Lang } from '../state/viewState';
import { browserLang, translator, type Translate } from './translate';

export function useLang(): Lang {
  return useViewState().lang ?? browserLang();
}

/** The translate function for the current language. */
export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}

/** Picks the current language's text from a dataset's {en, es} field. */
export function useLocalized(): (text: { en: string; es: string }) => string {
  const lang = useLang();
  return useMemo(() => (text) => text[lang], [lang]);
}
