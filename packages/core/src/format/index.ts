/**
 * Locale formatting: every number and date a widget shows goes through here, in Indonesian (`id`)
 * or English (`en`). Missing values show as "belum input" / "not reported", a ratio over zero as
 * "tak terhitung (dibagi nol)" / "not computable (division by zero)", never 0 or NaN.
 */

export {
  MISSING_LABEL,
  NOT_COMPUTABLE_LABEL,
  absentLabel,
  isAbsent,
  isMissing,
  isNotComputable,
  missingLabel,
  notComputableLabel,
} from './missing.ts';
export type { DigitOptions } from './digits.ts';
export { formatNumber } from './number.ts';
export { formatPercent } from './percent.ts';
export { formatCurrency } from './currency.ts';
export { formatCompact } from './compact.ts';
export { formatDays } from './days.ts';
export { formatDate, type DateStyle } from './date.ts';
export { formatTime, type TimeOptions } from './time.ts';
export { MONTH_NAMES, MONTH_SHORT_NAMES, DAY_NAMES, DAY_SHORT_NAMES } from './calendar-names.ts';
export { parseFormat, FORMAT_SPECS, type Formatter } from './parse-format.ts';
export { formatDecimals } from './format-decimals.ts';
