import { digitOptions } from './digits.ts';
import { digitStyle } from './digit-style.ts';
import { numberFormat } from './intl-cache.ts';

const days = digitStyle((lang, options) => {
  const format = numberFormat(lang, digitOptions(options, 1));
  return (value) => {
    const number = format.format(value);
    if (lang === 'id') return `${number} hari`;
    // Singular on what the reader sees: 0.96 shows as "1", so "1 day".
    return number === '1' || number === '-1' ? `${number} day` : `${number} days`;
  };
});

/** A duration in days: `3,5 hari` (id) / `3.5 days`, `1 day` (en); up to 1 decimal unless told. */
export const formatDays = days.format;

/** formatDays' formatting, resolved once for a language and digits (see numberFormatter). */
export const daysFormatter = days.formatter;
