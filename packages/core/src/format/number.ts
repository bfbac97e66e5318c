import type { Lang } from '../errors/pantau-error.ts';
import { digitOptions, type DigitOptions } from './digits.ts';
import { numberFormat } from './intl-cache.ts';
import { isMissing, missingLabel } from './missing.ts';

/** `1.234.567,89` (id) / `1,234,567.89` (en); up to 2 decimals unless told. */
export function formatNumber(
  value: number | null | undefined,
  lang: Lang,
  options: DigitOptions = {},
): string {
  if (isMissing(value)) return missingLabel(lang);
  return numberFormat(lang, digitOptions(options, 2)).format(value);
}
