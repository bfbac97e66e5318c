/**
 * Intl.NumberFormat objects, built once per language and option set. Building one costs tens of
 * microseconds to a millisecond (locale data is resolved each time); the donut's shares and every
 * summary's counts asked for a new one per value on every draw (issue 13's profile: about 3 ms
 * of a cross-filter's drawing). charts cannot import @pantau/core's cache, so it keeps its own.
 */

import type { ChartLang } from './types.ts';

const formats = new Map<string, Intl.NumberFormat>();

/** The shared formatter for `lang` and `options` (options are compared by their JSON). */
export function numberFormat(
  lang: ChartLang,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', options);
    formats.set(key, format);
  }
  return format;
}

/** A share as a percentage in the chart's language: 0.545 -> "54,5%" / "54.5%". */
export function formatShare(fraction: number, lang: ChartLang, digits = 1): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}
