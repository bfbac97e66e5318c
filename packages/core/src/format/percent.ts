import type { Lang } from '../errors/pantau-error.ts';
import { digitOptions, type DigitOptions } from './digits.ts';
import { numberFormat } from './intl-cache.ts';
import { isMissing, missingLabel } from './missing.ts';

/** A fraction as a percentage: 0.8856 -> `88,6%` (id) / `88.6%` (en); up to 1 decimal unless told. */
export function formatPercent(
  fraction: number | null | undefined,
  lang: Lang,
  options: DigitOptions = {},
): string {
  if (isMissing(fraction)) return missingLabel(lang);
  return numberFormat(lang, { style: 'percent', ...digitOptions(options, 1) }).format(fraction);
}
