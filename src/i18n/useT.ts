import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useViewStateField } from '../state/useViewState';
import type { Lang, ViewState } from '../state/viewState';
import {
  browserLang,
  isDictionaryLoaded,
  loadDictionary,
  subscribeDictionaries,
  translator,
  type Translate,
} from './translate';

const selectLang = (s: ViewState) => s.lang;

/**
 * The language, read from the URL once, by App, which hands it down in LangContext: with a URL subscription in
 * every component that shows text (a few hundred), each filter change had to check them all.
 */
export function useUrlLang(): Lang {
  return useViewStateField(selectLang) ?? browserLang();
}

const LangContext = createContext<Lang>('en');
export const LangProvider = LangContext;

/** The language; a component re-renders when it changes, not on every other change of the view. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** The translate function for the current language. */
export function useT(): Translate {
  const lang = useLang();
  const isLoaded = () => isDictionaryLoaded(lang);
  const loaded = useSyncExternalStore(subscribeDictionaries, isLoaded, isLoaded);
  useEffect(() => {
    void loadDictionary(lang);
  }, [lang]);
  // `loaded` is a dependency on purpose: the translator is rebuilt once the Spanish dictionary arrives.
  return useMemo(() => (loaded ? translator(lang) : translator('en')), [lang, loaded]);
}

/** Picks the current language's text from a dataset's {en, es} field. */
export function useLocalized(): (text: { en: string; es: string }) => string {
  const lang = useLang();
  return useMemo(() => (text) => text[lang], [lang]);
}
