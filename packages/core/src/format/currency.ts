import { digitOptions } from './digits.ts';
import { digitStyle } from './digit-style.ts';
import { numberFormat } from './intl-cache.ts';
import { plainSpaces } from './spaces.ts';

const rupiah = digitStyle((lang, options) => {
  const format = numberFormat(lang, {
    style: 'currency',
    currency: 'IDR',
    currencyDisplay: 'narrowSymbol',
    ...digitOptions(options, 0),
  });
  return (value) => plainSpaces(format.format(value));
});

/**
 * Rupiah: `Rp 1.234.568` (id) / `Rp 1,234,568` (en); whole rupiah unless told. English keeps
 * "Rp" (not Intl's "IDR") as the Indonesian English press writes it.
 */
export const formatCurrency = rupiah.format;

/** formatCurrency's formatting, resolved once for a language and digits (see numberFormatter). */
export const currencyFormatter = rupiah.formatter;
