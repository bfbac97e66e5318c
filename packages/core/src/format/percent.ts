import type { Lang } from '../errors/pantau-error.ts';
import { digitOptions, type DigitOptions } from './digits.ts';
import { cached, numberFormat } from './intl-cache.ts';
import { isMissing, isNotComputable, missingLabel, notComputableLabel } from './missing.ts';

/** A fraction as a percentage: 0.8856 -> `88,6%` (id) / `88.6%` (en); up to 1 decimal unless told. */
export function formatPercent(
  fraction: number | bigint | null | undefined,
  lang: Lang,
  options: DigitOptions = {},
): string {
  if (isMissing(fraction)) return missingLabel(lang);
  if (isNotComputable(fraction)) return notComputableLabel(lang);
  return percentFormatter(lang, options)(fraction);
}

const resolved = new Map<string, (fraction: number | bigint) => string>();

/** formatPercent's formatting, resolved once for a language and digits (see numberFormatter). */
export function percentFormatter(
  lang: Lang,
  options: DigitOptions = {},
): (fraction: number | bigint) => string {
  return cached(resolved, `${lang} ${options.decimals} ${options.minDecimals}`, () => {
    const format = numberFormat(lang, { style: 'percent', ...digitOptions(options, 1) });
    return (fraction) => format.format(fraction);
  });
}
