import type { Lang } from '../lib/lang';

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
