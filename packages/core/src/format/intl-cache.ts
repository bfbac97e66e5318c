import type { Lang } from '../errors/pantau-error.ts';

/**
 * Intl formatters are costly to build and formatting runs per axis tick and per table cell, so
 * each (language, options) pair is built once and kept.
 */

/** Numbers: `en` follows en-US, whose compact forms (12K, 1.2M, 1.2B) English readers expect. */
const NUMBER_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };
/** Dates: `en` follows en-GB, day before month like Indonesian ("17 Aug 2024"). */
const DATE_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  return cached(numberFormats, key, () => new Intl.NumberFormat(NUMBER_LOCALE[lang], options));
}

export function dateTimeFormat(
  lang: Lang,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  return cached(dateFormats, key, () => new Intl.DateTimeFormat(DATE_LOCALE[lang], options));
}

/**
 * The value under `key` in `cache`, built once. For format functions called per value
 * (formatNumber(v, 'id', { decimals: 1 })): a short key of language and digits finds the
 * resolved formatter without building an options object and its JSON key on every call.
 */
export function cached<T>(cache: Map<string, T>, key: string, build: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

/** How many formatters are cached; for tests that check formatters are reused. */
export function cachedFormatterCount(): number {
  return numberFormats.size + dateFormats.size;
}
