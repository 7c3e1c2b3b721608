import type { Lang } from '../lib/lang';
import { memoise } from '../lib/memoise';
import { en, type Dictionary, type TranslationKey } from './en';

/**
 * English ships in the entry chunk; Spanish is fetched the first time it is needed (it would add ~9 KB gzip
 * to every visitor's first load). Until it arrives, text falls back to English.
 */
let spanish: Dictionary | null = null;
let spanishLoading: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function loadDictionary(lang: Lang): Promise<void> {
  if (lang === 'en' || spanish !== null) return Promise.resolve();
  spanishLoading ??= import('./es').then((m) => {
    spanish = m.es;
    listeners.forEach((l) => l());
  });
  return spanishLoading;
}

export function subscribeDictionaries(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const isDictionaryLoaded = (lang: Lang) => lang === 'en' || spanish !== null;

const dictionaryFor = (lang: Lang): Dictionary => (lang === 'es' && spanish !== null ? spanish : en);

export type Params = Record<string, string | number>;
export type Translate = (key: TranslationKey, params?: Params) => string;

// One translator per dictionary: every component calls useT, and each would otherwise build its own Intl objects.
const translators = new Map<Dictionary, Translate>();

/** Pure translation: look the key up and fill {placeholders}; numbers are formatted for the locale. */
export function translator(lang: Lang): Translate {
  const dict = dictionaryFor(lang);
  const known = translators.get(dict);
  if (known !== undefined) return known;
  const translate = buildTranslator(dict === en ? 'en' : lang, dict);
  translators.set(dict, translate);
  return translate;
}

function buildTranslator(lang: Lang, dict: Dictionary): Translate {
  // Built on first use, not with the translator: the shell's own text has no numbers, and the first Intl
  // formatter a page builds is slow (see datasetWorker.ts), so the first paint does not wait for one.
  let formats: { number: Intl.NumberFormat; plurals: Intl.PluralRules } | null = null;
  const intl = () => (formats ??= { number: new Intl.NumberFormat(lang), plurals: new Intl.PluralRules(lang) });
  // Every filter change re-labels dozens of counts: plural categories, formatted numbers and split templates
  // are each worked out once per value, not on every call.
  const plurals = memoise((n: number) => intl().plurals.select(n));
  const numbers = memoise((n: number) => intl().number.format(n));
  const templates = memoise(splitTemplate);
  const lookup = dict as Record<string, string>;
  return (key, params) => {
    // "{count} records" has a singular form "key.one" where the language needs one.
    const count = params?.count;
    const plural = typeof count === 'number' ? lookup[`${key}.${plurals(count)}`] : undefined;
    const template = plural ?? dict[key];
    if (params === undefined) return template;
    let text = '';
    for (const part of templates(template)) {
      if (typeof part === 'string') text += part;
      else {
        const value = params[part.name];
        text += value === undefined ? `{${part.name}}` : typeof value === 'number' ? numbers(value) : value;
      }
    }
    return text;
  };
}

/** "{count} records" → ["", {name: "count"}, " records"]. */
function splitTemplate(template: string): (string | { name: string })[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 1 ? { name: piece } : piece));
}

/** The browser's preferred language when the URL does not say: the first of English or Spanish it lists. */
export function browserLang(): Lang {
  // Read once per page: App asks for it on every render, and a change of the browser's languages mid-visit
  // would not re-render the page anyway.
  preferred ??= readBrowserLang();
  return preferred;
}

let preferred: Lang | null = null;

function readBrowserLang(): Lang {
  const langs = typeof navigator === 'undefined' ? [] : navigator.languages;
  const first = langs.map((l) => l.slice(0, 2).toLowerCase()).find((l) => l === 'en' || l === 'es');
  return first === 'es' ? 'es' : 'en';
}
