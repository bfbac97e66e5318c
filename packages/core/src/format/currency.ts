import type { Lang } from '../errors/pantau-error.ts';
import { digitOptions, type DigitOptions } from './digits.ts';
import { cached, numberFormat } from './intl-cache.ts';
import { isMissing, isNotComputable, missingLabel, notComputableLabel } from './missing.ts';
import { plainSpaces } from './spaces.ts';

/**
 * Rupiah: `Rp 1.234.568` (id) / `Rp 1,234,568` (en); whole rupiah unless told. English keeps
 * "Rp" (not Intl's "IDR") as the Indonesian English press writes it.
 */
export function formatCurrency(
  value: number | bigint | null | undefined,
  lang: Lang,
  options: DigitOptions = {},
): string {
  if (isMissing(value)) return missingLabel(lang);
  if (isNotComputable(value)) return notComputableLabel(lang);
  return currencyFormatter(lang, options)(value);
}

const resolved = new Map<string, (value: number | bigint) => string>();

/** formatCurrency's formatting, resolved once for a language and digits (see numberFormatter). */
export function currencyFormatter(
  lang: Lang,
  options: DigitOptions = {},
): (value: number | bigint) => string {
  return cached(resolved, `${lang} ${options.decimals} ${options.minDecimals}`, () => {
    const format = numberFormat(lang, {
      style: 'currency',
      currency: 'IDR',
      currencyDisplay: 'narrowSymbol',
      ...digitOptions(options, 0),
    });
    return (value) => plainSpaces(format.format(value));
  });
}
