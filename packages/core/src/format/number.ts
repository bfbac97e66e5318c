import { digitOptions } from './digits.ts';
import { digitStyle } from './digit-style.ts';
import { numberFormat } from './intl-cache.ts';

const plain = digitStyle((lang, options) => {
  const format = numberFormat(lang, digitOptions(options, 2));
  return (value) => format.format(value);
});

/**
 * `1.234.567,89` (id) / `1,234,567.89` (en); up to 2 decimals unless told. A bigint (an exact
 * total beyond 2^53) is written with every digit.
 */
export const formatNumber = plain.format;

/**
 * formatNumber's formatting, resolved once for a language and digits: what a column or an axis
 * formatting thousands of values calls, without looking the Intl formatter up each time.
 */
export const numberFormatter = plain.formatter;
