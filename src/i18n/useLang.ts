import { createContext, useContext } from 'react';
import type { Lang } from '../lib/lang';

/**
 * The language, handed down by the app shell (which reads it from the URL): with a URL subscription in every
 * component that shows text (a few hundred), each filter change had to check them all.
 */
const LangContext = createContext<Lang>('en');
export const LangProvider = LangContext.Provider;

/** The language; a component re-renders when it changes, not on every other change of the view. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** A dataset's {en, es} text in the given language. */
export const localized = (text: { en: string; es: string }, lang: Lang): string => text[lang];

/** Picks the current language's text from a dataset's {en, es} field. */
export function useLocalized(): (text: { en: string; es: string }) => string {
  const lang = useLang();
  return (text) => localized(text, lang);
}
