/**
 * From the KPI query's answer to the tile's input. Rows come newest first; the tile wants the
 * series oldest first, the newest value as the headline and the one before it as the comparison.
 */

import { formatPeriod, type KpiData, type TimeInterval, type ValueFormatter } from '@pantau/charts';
import {
  formatNumber,
  type Lang,
  type PlainValue,
  type QueryResult,
  plotNumber,
} from '@pantau/core';

export interface KpiInput {
  data: Omit<KpiData, 'category' | 'target'>;
  /** The period of each series point (oldest first), as the data holds it (for selections). */
  periods: PlainValue[];
}

function numberOrNull(value: PlainValue | undefined): number | null {
  return plotNumber(value);
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
  const values = (result.columns[names.value] ?? []).map(numberOrNull);
  if (names.time === null) return { data: { value: values[0] ?? null }, periods: [] };
  const periods = [...(result.columns[names.time] ?? [])].reverse();
  const series = [...values].reverse();
  const n = series.length;
  const data: KpiInput['data'] = {
    value: series[n - 1] ?? null,
    series: { x: periods.map((p) => periodLabel(p, period.interval, period.lang)), values: series },
  };
  // Only one period: there is nothing before it to compare with (undefined, not "belum input").
  if (compare && n >= 2) data.previous = series[n - 2] ?? null;
  return { data, periods };
}

/**
 * How the size of a change is written: for a rate shown in percent (`percent`, `percent:1`), in
 * percentage points ("2,2 poin" / "2.2 pts"), since "+2,2%" could be read as 2.2% of the rate;
 * otherwise null (the value's own format).
 */
export function pointsFormatter(spec: string, lang: Lang): ValueFormatter | null {
  const m = /^percent(?::(\d))?$/.exec(spec.trim());
  if (m === null) return null;
  const digits =
    m[1] === undefined ? { decimals: 1 } : { decimals: Number(m[1]), minDecimals: Number(m[1]) };
  const unit = lang === 'id' ? 'poin' : 'pts';
  return (value) => `${formatNumber(value === null ? null : value * 100, lang, digits)} ${unit}`;
}
