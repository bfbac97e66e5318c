import type { Lang } from '../errors/pantau-error.ts';
import { DAY_NAMES, DAY_SHORT_NAMES, MONTH_NAMES, MONTH_SHORT_NAMES } from './calendar-names.ts';
import { MISSING_LABEL } from './missing.ts';

/**
 * Locale definitions for d3-format's `formatLocale` and d3-time-format's `timeFormatLocale`, as
 * plain data so core needs no d3. d3 ships no id-ID locale. Both languages set `minus: '-'` (d3's
 * default is U+2212) and `nan` to the missing label, so chart ticks read like `formatNumber`.
 */

/** The shape of d3-format's `FormatLocaleDefinition`. */
export interface D3FormatLocaleDefinition {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus: string;
  nan: string;
  percent: string;
}

/** The shape of d3-time-format's `TimeLocaleDefinition`. */
export interface D3TimeLocaleDefinition {
  dateTime: string;
  date: string;
  time: string;
  periods: [string, string];
  days: [string, string, string, string, string, string, string];
  shortDays: [string, string, string, string, string, string, string];
  months: [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  shortMonths: [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
}

export const idLocaleDefinition: D3FormatLocaleDefinition = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['Rp ', ''],
  minus: '-',
  nan: MISSING_LABEL.id,
  percent: '%',
};

export const enLocaleDefinition: D3FormatLocaleDefinition = {
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['Rp ', ''],
  minus: '-',
  nan: MISSING_LABEL.en,
  percent: '%',
};

type Week = D3TimeLocaleDefinition['days'];
type Year = D3TimeLocaleDefinition['months'];

function names(lang: Lang) {
  return {
    days: [...DAY_NAMES[lang]] as Week,
    shortDays: [...DAY_SHORT_NAMES[lang]] as Week,
    months: [...MONTH_NAMES[lang]] as Year,
    shortMonths: [...MONTH_SHORT_NAMES[lang]] as Year,
  };
}

/** 24-hour with a dot, as `formatTime`: "Sabtu, 17 Agustus 2024 13.30.00". */
export const idTimeLocaleDefinition: D3TimeLocaleDefinition = {
  dateTime: '%A, %-d %B %Y %H.%M.%S',
  date: '%d/%m/%Y',
  time: '%H.%M.%S',
  periods: ['AM', 'PM'],
  ...names('id'),
};

/** en-GB order, 24-hour, as `formatDate` and `formatTime` in English. */
export const enTimeLocaleDefinition: D3TimeLocaleDefinition = {
  dateTime: '%A, %-d %B %Y %H:%M:%S',
  date: '%d/%m/%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  ...names('en'),
};
