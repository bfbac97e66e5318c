import type { Lang } from '../errors/pantau-error.ts';
import { digitOptions, type DigitOptions } from './digits.ts';
import { numberFormat } from './intl-cache.ts';
import { isMissing, missingLabel } from './missing.ts';

/** A duration in days: `3,5 hari` (id) / `3.5 days`, `1 day` (en); up to 1 decimal unless told. */
export function formatDays(
  days: number | null | undefined,
  lang: Lang,
  options: DigitOptions = {},
): string {
  if (isMissing(days)) return missingLabel(lang);
  const number = numberFormat(lang, digitOptions(options, 1)).format(days);
  if (lang === 'id') return `${number} hari`;
  // Singular on what the reader sees: 0.96 shows as "1", so "1 day".
  return number === '1' || number === '-1' ? `${number} day` : `${number} days`;
}
