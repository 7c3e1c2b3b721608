import type { Lang } from '../state/viewState';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) for reading, in the chosen language; month precision drops the day. */
export function formatDate(iso: string, lang: Lang, precision: 'day' | 'month' | 'approximate' = 'day'): string {
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang, {
      timeZone: 'UTC',
      year: 'numeric',
      month: precision === 'month' ? 'long' : 'short',
      ...(precision === 'month' ? {} : { day: 'numeric' }),
    });
    dateFormats.set(key, format);
  }
  const text = format.format(new Date(`${iso}T00:00:00Z`));
  return precision === 'approximate' ? `~${text}` : text;
}

export function formatNumber(n: number, lang: Lang, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits }).format(n);
}

/** US$ millions, written for the reader ("US$413.2 million"). */
export function formatUsdMillions(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 1 }).format(n) + (lang === 'es' ? ' millones' : ' million');
}
