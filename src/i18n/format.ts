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
