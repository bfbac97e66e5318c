import { PantauError, type Lang } from '../errors/pantau-error.ts';
import { formatCompact } from './compact.ts';
import { formatCurrency } from './currency.ts';
import { formatDate } from './date.ts';
import { formatDays } from './days.ts';
import { isMissing, missingLabel } from './missing.ts';
import { formatNumber } from './number.ts';
import { formatPercent } from './percent.ts';
import { formatTime } from './time.ts';

/** Formats one cell value in the page's language. */
export type Formatter = (value: unknown, lang: Lang) => string;

/**
 * The vocabulary of a widget's `format` attribute. `:N` (0..6) fixes the digits after the comma,
 * so a column lines up; without it trailing zeros are dropped.
 */
export const FORMAT_SPECS = Object.freeze([
  'text',
  'number',
  'number:N',
  'percent',
  'percent:N',
  'currency',
  'currency:N',
  'compact',
  'days',
  'days:N',
  'ikm',
  'date',
  'date:long',
  'month',
  'month:long',
  'time',
] as const);

const MAX_DECIMALS = 6;

type NumberFormatter = (value: number, lang: Lang, decimals?: number) => string;

/** Each numeric name, by whether `:N` was given. */
const NUMBER_FORMATS: Record<string, NumberFormatter> = {
  number: (v, lang, n) => formatNumber(v, lang, n === undefined ? {} : fixed(n)),
  percent: (v, lang, n) => formatPercent(v, lang, n === undefined ? {} : fixed(n)),
  currency: (v, lang, n) => formatCurrency(v, lang, n === undefined ? {} : fixed(n)),
  days: (v, lang, n) => formatDays(v, lang, n === undefined ? {} : fixed(n)),
};

const DATE_FORMATS: Record<string, (date: Date, lang: Lang) => string> = {
  date: (d, lang) => formatDate(d, lang, 'short'),
  'date:long': (d, lang) => formatDate(d, lang, 'long'),
  month: (d, lang) => formatDate(d, lang, 'month'),
  'month:long': (d, lang) => formatDate(d, lang, 'monthLong'),
  time: (d, lang) => formatTime(d, lang),
};

function fixed(decimals: number) {
  return { decimals, minDecimals: decimals };
}

/**
 * A formatter from a `format` attribute such as `percent:2` or `date:long`. Missing values show
 * the missing label; a value of the wrong kind (a string under `number`) shows as text rather
 * than hidden. Unknown names throw `BAD_EXPRESSION`, listing what is allowed.
 */
export function parseFormat(spec: string): Formatter {
  const name = spec.trim();
  if (name === 'text') return guard((value) => String(value));
  if (name === 'compact') return numeric((v, lang) => formatCompact(v, lang));
  if (name === 'ikm') return numeric((v, lang) => formatNumber(v, lang, fixed(2)));
  const date = DATE_FORMATS[name];
  if (date !== undefined)
    return guard((value, lang) => (value instanceof Date ? date(value, lang) : String(value)));
  const match = /^([a-z]+)(?::(\d+))?$/.exec(name);
  const base = match?.[1] === undefined ? undefined : NUMBER_FORMATS[match[1]];
  const digits = match?.[2] === undefined ? undefined : Number(match[2]);
  if (base !== undefined && (digits === undefined || digits <= MAX_DECIMALS)) {
    return numeric((v, lang) => base(v, lang, digits));
  }
  throw unknownFormat(spec);
}

function guard(format: Formatter): Formatter {
  return (value, lang) => (isMissing(value) ? missingLabel(lang) : format(value, lang));
}

function numeric(format: (value: number, lang: Lang) => string): Formatter {
  return guard((value, lang) => (typeof value === 'number' ? format(value, lang) : String(value)));
}

function unknownFormat(spec: string): PantauError {
  const allowed = FORMAT_SPECS.join(', ');
  return new PantauError({
    code: 'BAD_EXPRESSION',
    text: {
      id: `Format "${spec}" tidak dikenal. Yang boleh: ${allowed} (N = 0 sampai ${MAX_DECIMALS} angka desimal).`,
      en: `Unknown format "${spec}". Allowed: ${allowed} (N = 0 to ${MAX_DECIMALS} decimal places).`,
    },
    details: { spec, allowed: [...FORMAT_SPECS] },
  });
}
