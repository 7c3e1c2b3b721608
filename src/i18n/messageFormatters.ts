/**
 * Stands in for Paraglide's generated `registry.js` (scripts/vite-plugin-message-formatters.ts points the compiled
 * messages here). Paraglide 2.25 builds a new Intl.NumberFormat or Intl.PluralRules on every call of a message
 * with a count: hundreds per render of a list, and on a slow phone most of the cost of drawing the map's zones.
 * These keep one formatter per language and options, as src/i18n/format.ts does for the app's own formatting.
 * The signatures and results are Paraglide's.
 */
type RelativeTimeOptions = Intl.RelativeTimeFormatOptions & { unit: Intl.RelativeTimeFormatUnit };

/** One formatter per locale and options, the options compared by value (each message call passes a new literal). */
function perOptions<O, F>(make: (locale: string, options?: O) => F): (locale: string, options?: O) => F {
  const known = new Map<string, F>();
  return (locale, options) => {
    const key = `${locale} ${JSON.stringify(options ?? {})}`;
    let formatter = known.get(key);
    if (formatter === undefined) {
      formatter = make(locale, options);
      known.set(key, formatter);
    }
    return formatter;
  };
}

const pluralRules = perOptions((locale, options?: Intl.PluralRulesOptions) => new Intl.PluralRules(locale, options));
const numberFormat = perOptions((locale, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
const dateTimeFormat = perOptions(
  (locale, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);
const relativeTimeFormat = perOptions(
  (locale, options?: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options),
);

export function plural(locale: string, input: unknown, options?: Intl.PluralRulesOptions): string {
  return pluralRules(locale, options).select(Number(input));
}

export function number(locale: string, input: unknown, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(Number(input));
}

export function datetime(locale: string, input: unknown, options?: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(locale, options).format(new Date(input as string | number | Date));
}

export function relativetime(locale: string, input: unknown, options: RelativeTimeOptions): string {
  const { unit, ...intlOptions } = options;
  return relativeTimeFormat(locale, intlOptions).format(Number(input), unit);
}
