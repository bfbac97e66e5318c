import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import { PantauError, type Lang } from '../errors/pantau-error.ts';
import { compactFormatter } from './compact.ts';
import { currencyFormatter } from './currency.ts';
import { dateFormatter } from './date.ts';
import { daysFormatter } from './days.ts';
import type { DigitOptions } from './digits.ts';
import { absentLabel, isAbsent } from './missing.ts';
import { numberFormatter } from './number.ts';
import { percentFormatter } from './percent.ts';
import { timeFormatter } from './time.ts';

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

/** A formatting of one kind of value, resolved for one language. */
type Resolve<T> = (lang: Lang) => (value: T) => string;

/** Each numeric name, by its digits (`:N`, or undefined when not given). */
/** Numbers and bigints (an integer beyond 2^53 stays one): Intl formats both exactly. */
const NUMBER_FORMATS: Record<string, (decimals: number | undefined) => Resolve<number | bigint>> = {
  number: (n) => (lang) => numberFormatter(lang, digits(n)),
  percent: (n) => (lang) => percentFormatter(lang, digits(n)),
  currency: (n) => (lang) => currencyFormatter(lang, digits(n)),
  days: (n) => (lang) => daysFormatter(lang, digits(n)),
};

const DATE_FORMATS: Record<string, Resolve<Date>> = {
  date: (lang) => dateFormatter(lang, 'short'),
  'date:long': (lang) => dateFormatter(lang, 'long'),
  month: (lang) => dateFormatter(lang, 'month'),
  'month:long': (lang) => dateFormatter(lang, 'monthLong'),
  time: (lang) => timeFormatter(lang),
};

function digits(decimals: number | undefined): DigitOptions {
  return decimals === undefined ? {} : fixed(decimals);
}

function fixed(decimals: number): DigitOptions {
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
  if (name === 'compact') return numeric((lang) => compactFormatter(lang));
  if (name === 'ikm') return numeric((lang) => numberFormatter(lang, fixed(2)));
  const date = own(DATE_FORMATS, name);
  if (date !== undefined) return dated(date);
  const match = /^([a-z]+)(?::(\d+))?$/.exec(name);
  const base = match?.[1] === undefined ? undefined : own(NUMBER_FORMATS, match[1]);
  const decimals = match?.[2] === undefined ? undefined : Number(match[2]);
  if (base !== undefined && (decimals === undefined || decimals <= MAX_DECIMALS)) {
    return numeric(base(decimals));
  }
  throw unknownFormat(spec);
}

/** `table[name]` when the table itself has it: "constructor" or "toString" is not a format. */
function own<T>(table: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

function guard(format: Formatter): Formatter {
  return (value, lang) => (isAbsent(value) ? absentLabel(value, lang) : format(value, lang));
}

/**
 * `resolve` run once per language, on first use: a widget formats every value of a column with
 * the same formatter, and looking the Intl formatter up by its options (a JSON key) each time was
 * as slow as formatting.
 */
function perLang<T>(resolve: Resolve<T>): (lang: Lang) => (value: T) => string {
  const resolved = new Map<Lang, (value: T) => string>();
  return (lang) => {
    let format = resolved.get(lang);
    if (format === undefined) {
      format = resolve(lang);
      resolved.set(lang, format);
    }
    return format;
  };
}

function numeric(resolve: Resolve<number | bigint>): Formatter {
  const inLang = perLang(resolve);
  return guard((value, lang) =>
    typeof value === 'number' || typeof value === 'bigint' ? inLang(lang)(value) : String(value),
  );
}

function dated(resolve: Resolve<Date>): Formatter {
  const inLang = perLang(resolve);
  return guard((value, lang) => (value instanceof Date ? inLang(lang)(value) : String(value)));
}

function unknownFormat(spec: string): PantauError {
  const allowed = FORMAT_SPECS.join(', ');
  return new PantauError({
    code: 'BAD_EXPRESSION',
    text: sayBoth(CORE_START_WORDS, 'formatUnknown', spec, allowed, MAX_DECIMALS),
    details: { spec, allowed: [...FORMAT_SPECS] },
  });
}
