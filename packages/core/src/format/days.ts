import type { Lang } from '../errors/pantau-error.ts';
import { digitOptions, type DigitOptions } from './digits.ts';
import { cached, numberFormat } from './intl-cache.ts';
import { isMissing, isNotComputable, missingLabel, notComputableLabel } from './missing.ts';

/** A duration in days: `3,5 hari` (id) / `3.5 days`, `1 day` (en); up to 1 decimal unless told. */
export function formatDays(
  days: number | bigint | null | undefined,
  lang: Lang,
  options: DigitOptions = {},
): string {
  if (isMissing(days)) return missingLabel(lang);
  if (isNotComputable(days)) return notComputableLabel(lang);
  return daysFormatter(lang, options)(days);
}

const resolved = new Map<string, (days: number | bigint) => string>();

/** formatDays' formatting, resolved once for a language and digits (see numberFormatter). */
export function daysFormatter(
  lang: Lang,
  options: DigitOptions = {},
): (days: number | bigint) => string {
  return cached(resolved, `${lang} ${options.decimals} ${options.minDecimals}`, () => {
    const format = numberFormat(lang, digitOptions(options, 1));
    return (days) => {
      const number = format.format(days);
      if (lang === 'id') return `${number} hari`;
      // Singular on what the reader sees: 0.96 shows as "1", so "1 day".
      return number === '1' || number === '-1' ? `${number} day` : `${number} days`;
    };
  });
}
