// @ts-check
/**
 * Calendar helpers. All timestamps are local WITA time (Asia/Makassar, UTC+8) written without an
 * offset as `YYYY-MM-DD HH:MM:SS`. Internally a timestamp is milliseconds on a "naive" clock: we use
 * Date.UTC arithmetic so that no host time zone ever enters the output.
 */

export const FIRST_YEAR = 2022;
export const LAST_YEAR = 2024;
export const DAY_MS = 86_400_000;
/** End of the observed period (exclusive): 2025-01-01 00:00:00 WITA. */
export const CUTOFF_MS = Date.UTC(LAST_YEAR + 1, 0, 1);

/** @typedef {{ year: number, month: number, key: string, index: number }} Month month is 1..12 */

/** @returns {Month[]} the 36 months 2022-01 .. 2024-12 */
export function months() {
  /** @type {Month[]} */
  const out = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (let month = 1; month <= 12; month++) {
      out.push({ year, month, key: `${year}-${pad2(month)}`, index: out.length });
    }
  }
  return out;
}

/** @param {number} n */
export function pad2(n) {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * @param {number} year
 * @param {number} month 1..12
 */
export function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => pad2(i));
/** @type {Map<number, string>} day number since 1970 -> `YYYY-MM-DD ` */
const DAY_PREFIX = new Map();

/**
 * Fast (this runs for every row of the scale tables): the date part is cached per day.
 * @param {number} ms naive WITA milliseconds, whole seconds
 * @returns {string} `YYYY-MM-DD HH:MM:SS`
 */
export function formatTimestamp(ms) {
  const day = Math.floor(ms / DAY_MS);
  let prefix = DAY_PREFIX.get(day);
  if (prefix === undefined) {
    prefix = `${new Date(day * DAY_MS).toISOString().slice(0, 10)} `;
    DAY_PREFIX.set(day, prefix);
  }
  const sec = Math.floor((ms - day * DAY_MS) / 1000);
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  return `${prefix}${TWO_DIGITS[h]}:${TWO_DIGITS[m]}:${TWO_DIGITS[sec % 60]}`;
}

/** @param {number} ms @returns {string} `YYYY-MM-DD` */
export function formatDate(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * @param {number} year
 * @param {number} month 1..12
 * @param {number} day
 */
export function dateMs(year, month, day) {
  return Date.UTC(year, month - 1, day);
}

/** @param {number} ms @returns {number} 0 = Sunday .. 6 = Saturday */
export function weekday(ms) {
  return new Date(ms).getUTCDay();
}

/**
 * Days of Ramadan that fall in each month [I: 1 Ramadan per the usual Indonesian government
 * calendar; off by a day at most, which is irrelevant for monthly seasonality].
 * 2022: 2 Apr - 1 May; 2023: 23 Mar - 21 Apr; 2024: 11 Mar - 9 Apr.
 * @type {Record<string, number>}
 */
export const RAMADAN_DAYS = {
  '2022-04': 29,
  '2022-05': 1,
  '2023-03': 9,
  '2023-04': 21,
  '2024-03': 21,
  '2024-04': 9,
};

/**
 * Month the Idul Fitri holiday falls in (offices close for about a week: fewer completions).
 * @type {Record<string, number>}
 */
export const LEBARAN_MONTH = { '2022-05': 1, '2023-04': 1, '2024-04': 1 };

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9).
 * @param {number} p in (0, 1)
 * @returns {number}
 */
export function normInv(p) {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = /** @type {[number, number, number, number, number, number]} */ (
    a
  );
  const [b0, b1, b2, b3, b4] = /** @type {[number, number, number, number, number]} */ (b);
  const [c0, c1, c2, c3, c4, c5] = /** @type {[number, number, number, number, number, number]} */ (
    c
  );
  const [d0, d1, d2, d3] = /** @type {[number, number, number, number]} */ (d);
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  if (p > 1 - lo) return -normInv(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}

/**
 * Standard normal CDF (Abramowitz-Stegun 7.1.26 via erf).
 * @param {number} x
 */
export function normCdf(x) {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/**
 * Round to a fixed number of decimals and return a number (for CSV output).
 * @param {number} x
 * @param {number} digits
 */
export function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
