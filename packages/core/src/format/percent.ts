import { digitOptions } from './digits.ts';
import { digitStyle } from './digit-style.ts';
import { numberFormat } from './intl-cache.ts';

const percent = digitStyle((lang, options) => {
  const format = numberFormat(lang, { style: 'percent', ...digitOptions(options, 1) });
  return (fraction) => format.format(fraction);
});

/** A fraction as a percentage: 0.8856 -> `88,6%` (id) / `88.6%` (en); up to 1 decimal unless told. */
export const formatPercent = percent.format;

/** formatPercent's formatting, resolved once for a language and digits (see numberFormatter). */
export const percentFormatter = percent.formatter;
