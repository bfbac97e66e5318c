/**
 * One render formats the same values many times: a heatmap cell's value is in its drawn text,
 * its data-table cell, its mark and maybe the summary, and many cells share a value (grades,
 * rounded rates). Intl formatting costs a microsecond or more a call, so a render formats each
 * distinct value once. The memo lives for one render only: formatters come from the context and
 * may change between renders (language, format attribute).
 */

import type { ValueFormatter } from './types.ts';

/** `format`, remembering each value's text. Same text as `format` for every input. */
export function memoFormat(format: ValueFormatter): ValueFormatter {
  const seen = new Map<number | null, string>();
  return (value) => {
    // A Map treats -0 as 0, but a formatter may write them differently ("-0"): ask it.
    if (value === 0 && 1 / value < 0) return format(value);
    let text = seen.get(value);
    if (text === undefined) {
      text = format(value);
      seen.set(value, text);
    }
    return text;
  };
}
