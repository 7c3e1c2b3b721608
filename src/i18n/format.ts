import type { Lang } from '../lib/lang';
import { memoise } from '../lib/memoise';

/**
 * The one place dates, numbers and money are written for readers, over Intl. Intl formatters are costly to
 * build (tens of microseconds each, far more on a slow phone) and the views format hundreds of values per
 * render: each one is built once per language and option set.
 */
function cached<T>(make: (lang: Lang, variant: string) => T): (lang: Lang, variant: string) => T {
  const perLang = memoise((lang: Lang) => memoise((variant: string) => make(lang, variant)));
  return (lang, variant) => perLang(lang)(variant);
}

export type DatePrecision = 'day' | 'month' | 'approximate';

const dateFormat = cached(
  (lang, precision) =>
    new Intl.DateTimeFormat(lang, {
      timeZone: 'UTC',
      year: 'numeric',
      month: precision === 'month' ? 'long' : 'short',
      ...(precision === 'month' ? {} : { day: 'numeric' }),
    }),
);

const numberFormat = cached((lang, digits) => new Intl.NumberFormat(lang, { maximumFractionDigits: Number(digits) }));

const pluralRules = cached((lang) => new Intl.PluralRules(lang));

/** A calendar date (YYYY-MM-DD) for reading, in the chosen language; month precision drops the day. */
export function formatDate(iso: string, lang: Lang, precision: DatePrecision = 'day'): string {
  return dateText(lang, precision)(iso);
}

// The datasets hold a few hundred distinct dates, and lists of sources format the same ones on every render.
const dateText = cached((lang, precision) =>
  memoise((iso: string) => {
    const text = dateFormat(lang, precision).format(new Date(`${iso}T00:00:00Z`));
    return precision === 'approximate' ? `~${text}` : text;
  }),
);

export function formatNumber(n: number, lang: Lang, maximumFractionDigits = 0): string {
  return numberFormat(lang, String(maximumFractionDigits)).format(n);
}

/**
 * An amount in US$ millions, as each language writes it: "$413.2 million", "413,2 millones US$" (Intl's
 * compact notation has no long form for currencies, so the unit word follows CLDR plural rules here).
 */
export function formatUsdMillions(n: number, lang: Lang): string {
  const amount = formatNumber(n, lang, 1);
  const one = pluralRules(lang, '').select(n) === 'one';
  return lang === 'es' ? `${amount} ${one ? 'millón' : 'millones'} US$` : `$${amount} million`;
}

const longDateFormat = cached(
  (lang) => new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }),
);

/** A calendar date in full ("22 June 2026", "22 de junio de 2026"), for a date that stands on its own. */
export function formatLongDate(iso: string, lang: Lang): string {
  return longDateFormat(lang, '').format(new Date(`${iso}T00:00:00Z`));
}

const relativeFormat = cached((lang) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));

/**
 * How long ago a calendar date was, on the reader's clock, in the largest whole calendar unit ("5 months ago",
 * "hace 5 meses", "yesterday"). A date after the reader's today (a clock set back) reads as today.
 */
export function formatAge(iso: string, now: Date, lang: Lang): string {
  const [y = 0, mo = 1, d = 1] = iso.split('-').map(Number);
  const months = (now.getFullYear() - y) * 12 + (now.getMonth() + 1 - mo) - (now.getDate() < d ? 1 : 0);
  const rtf = relativeFormat(lang, '');
  if (months >= 12) return rtf.format(-Math.floor(months / 12), 'year');
  if (months >= 1) return rtf.format(-months, 'month');
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((today - Date.UTC(y, mo - 1, d)) / 86_400_000);
  return rtf.format(-Math.max(0, days), 'day');
}
