import type { Lang } from '../state/viewState';
import { en, type TranslationKey } from './en';
import { es } from './es';

const dictionaries = { en, es } as const;

export type Params = Record<string, string | number>;
export type Translate = (key: TranslationKey, params?: Params) => string;

/** Pure translation: look the key up and fill {placeholders}; numbers are formatted for the locale. */
export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  const numberFormat = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  const lookup = dict as Record<string, string>;
  return (key, params) => {
    // "{count} records" has a singular form "key.one" where the language needs one.
    const count = params?.count;
    const plural = typeof count === 'number' ? lookup[`${key}.${plurals.select(count)}`] : undefined;
    const template = plural ?? dict[key];
    if (params === undefined) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? numberFormat.format(value) : value;
    });
  };
}

/** The browser's preferred language when the URL does not say: the first of English or Spanish it lists. */
export function browserLang(): Lang {
  const langs = typeof navigator === 'undefined' ? [] : navigator.languages;
  const first = langs.map((l) => l.slice(0, 2).toLowerCase()).find((l) => l === 'en' || l === 'es');
  return first === 'es' ? 'es' : 'en';
}
