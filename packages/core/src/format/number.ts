import type { Lang } from '../errors/pantau-error.ts';
import { digitOptions, type DigitOptions } from './digits.ts';
import { cached, numberFormat } from './intl-cache.ts';
import { isMissing, isNotComputable, missingLabel, notComputableLabel } from './missing.ts';

/**
 * `1.234.567,89` (id) / `1,234,567.89` (en); up to 2 decimals unless told. A bigint (an exact
 * total beyond 2^53) is written with every digit.
 */
export function formatNumber(
  value: number | bigint | null | undefined,
  lang: Lang,
  options: DigitOptions = {},
): string {
  if (isMissing(value)) return missingLabel(lang);
  if (isNotComputable(value)) return notComputableLabel(lang);
  return numberFormatter(lang, options)(value);
}

const resolved = new Map<string, (value: number | bigint) => string>();

/**
 * formatNumber's formatting, resolved once for a language and digits: what a column or an axis
 * formatting thousands of values calls, without looking the Intl formatter up each time.
 */
export function numberFormatter(
  lang: Lang,
  options: DigitOptions = {},
): (value: number | bigint) => string {
  return cached(resolved, `${lang} ${options.decimals} ${options.minDecimals}`, () => {
    const format = numberFormat(lang, digitOptions(options, 2));
    return (value) => format.format(value);
  });
}
