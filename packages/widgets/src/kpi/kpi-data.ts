/**
 * From the KPI query's answer to the tile's input. Rows come newest first; the tile wants the
 * series oldest first, the newest value as the headline and the one before it as the comparison.
 */

import { formatPeriod, type KpiData, type TimeInterval } from '@pantau/charts';
import {
  MONTH_SHORT_NAMES,
  type Lang,
  type PlainValue,
  type QueryResult,
  plotNumber,
} from '@pantau/core';

export interface KpiInput {
  data: Omit<KpiData, 'category' | 'target'>;
  /** The period of each series point (oldest first), as the data holds it (for selections). */
  periods: PlainValue[];
  /** The headline's period and the one it is compared with, named: "Jun 2024", "Mei 2024". */
  named: { period?: string; previousPeriod?: string };
}

/**
 * A period as the tile names it: "Jun 2024" (core's month list), "2024", "17 Agu 2024", or a
 * year or semester value as written. A date without an interval is a month when it falls on the
 * 1st (a month column), else a day.
 */
function periodName(value: PlainValue, interval: TimeInterval | null, lang: Lang): string {
  if (!(value instanceof Date)) return String(value);
  const cut = interval ?? (value.getUTCDate() === 1 ? 'month' : 'day');
  if (cut === 'week') return formatPeriod(value, cut, lang);
  const year = value.getUTCFullYear();
  const month = `${MONTH_SHORT_NAMES[lang][value.getUTCMonth()]} ${year}`;
  if (cut === 'year') return String(year);
  return cut === 'month' ? month : `${value.getUTCDate()} ${month}`;
}

/**
 * A period for the sparkline: a date cut to an interval reads as that period ("2024",
 * "Agu 2024"); other dates stay dates (months); numbers and text show as written.
 */
function periodLabel(value: PlainValue, interval: TimeInterval | null, lang: Lang): Date | string {
  if (value instanceof Date) return interval === null ? value : formatPeriod(value, interval, lang);
  // A year or a semester number is a name, not a quantity: "2024", never "2.024".
  return String(value);
}

export function toKpiInput(
  result: QueryResult,
  names: { value: string; time: string | null },
  compare: boolean,
  period: { interval: TimeInterval | null; lang: Lang } = { interval: null, lang: 'id' },
): KpiInput {
  const values = (result.columns[names.value] ?? []).map(plotNumber);
  if (names.time === null) return { data: { value: values[0] ?? null }, periods: [], named: {} };
  const periods = [...(result.columns[names.time] ?? [])].reverse();
  const series = [...values].reverse();
  const n = series.length;
  const data: KpiInput['data'] = {
    value: series[n - 1] ?? null,
    series: { x: periods.map((p) => periodLabel(p, period.interval, period.lang)), values: series },
  };
  const named: KpiInput['named'] = {};
  if (n >= 1) named.period = periodName(periods[n - 1]!, period.interval, period.lang);
  // Only one period: there is nothing before it to compare with (undefined, not "belum input").
  if (compare && n >= 2) {
    data.previous = series[n - 2] ?? null;
    named.previousPeriod = periodName(periods[n - 2]!, period.interval, period.lang);
  }
  return { data, periods, named };
}
