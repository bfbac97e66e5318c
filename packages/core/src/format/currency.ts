import type { Lang } from '../errors/pantau-error.ts';
import { digitOptions, type DigitOptions } from './digits.ts';
import { numberFormat } from './intl-cache.ts';
import { isMissing, missingLabel } from './missing.ts';
import { plainSpaces } from './spaces.ts';

/**
 * Rupiah: `Rp 1.234.568` (id) / `Rp 1,234,568` (en); whole rupiah unless told. English keeps
 * "Rp" (not Intl's "IDR") as the Indonesian English press writes it.
 */
export function formatCurrency(
  value: number | null | undefined,
  lang: Lang,
  options: DigitOptions = {},
): string {
  if (isMissing(value)) return missingLabel(lang);
  const format = numberFormat(lang, {
    style: 'currency',
    currency: 'IDR',
    currencyDisplay: 'narrowSymbol',
    ...digitOptions(options, 0),
  });
  return plainSpaces(format.format(value));
}
