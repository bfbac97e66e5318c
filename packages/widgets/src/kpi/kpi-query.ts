/**
 * The KPI's query, a pure function of its attributes: with `time`, one row per period, newest
 * first, as many periods as the sparkline shows (the newest is the headline, the one before it
 * the comparison), the period being the column's value or, with `interval`, the date cut to its
 * month or year; without `time`, one row for the whole (filtered) table plus its record count.
 */

import {
  aggregatePlan,
  latestPeriodsPlan,
  type FilterClause,
  type QueryPlan,
  type TableSchema,
} from '@pantau/core';
import { attributeError, countOrNull, oneOf, required } from '../base/attribute-checks.ts';
import { recordsMeasure } from '../base/record-count.ts';
import { parseInterval } from '../line-chart/period-query.ts';

const KPI_COMPARE = ['previous', 'none'] as const;
export type KpiCompare = (typeof KPI_COMPARE)[number];

/** Periods drawn in the sparkline unless `periods` says otherwise. */
const DEFAULT_PERIODS = 12;
const MAX_PERIODS = 240;

export interface KpiSpec {
  value: string;
  time: string;
  /** `day`, `week`, `month`, `year`: truncate a date `time` column to that period; '' = as is. */
  interval?: string;
  compare: string;
  periods: number | null;
}

/** `previous` when there is a time column, else `none`; `previous` without `time` is an error. */
export function kpiCompare(spec: Pick<KpiSpec, 'time' | 'compare'>): KpiCompare {
  const given = oneOf('compare', spec.compare, KPI_COMPARE);
  const hasTime = spec.time.trim() !== '';
  if (given === 'previous' && !hasTime) {
    throw attributeError(
      'compare="previous" membutuhkan atribut time (kolom periode, mis. time="month").',
      'compare="previous" needs the time attribute (the period column, e.g. time="month").',
      { attribute: 'compare' },
    );
  }
  return given === '' ? (hasTime ? 'previous' : 'none') : given;
}

export function kpiPeriods(periods: number | null): number {
  return countOrNull('periods', periods, 2, MAX_PERIODS) ?? DEFAULT_PERIODS;
}

export function kpiQuery(
  spec: KpiSpec,
  table: TableSchema,
  filter: readonly FilterClause[],
): QueryPlan {
  const value = required('pantau-kpi', 'value', spec.value);
  kpiCompare(spec);
  const time = spec.time.trim();
  if (time === '') {
    const records = recordsMeasure([value]);
    return aggregatePlan({
      table: table.table,
      measures: { [value]: value, [records.alias]: records.measure },
      filter,
    });
  }
  // The newest periods first (the headline, the one it is compared with, then the sparkline's);
  // rows without a period belong to none of them.
  return latestPeriodsPlan({
    table: table.table,
    time,
    interval: parseInterval(spec.interval ?? ''),
    value,
    filter,
    periods: kpiPeriods(spec.periods),
  });
}
