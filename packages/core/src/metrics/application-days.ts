/**
 * Days from submission to completion, over one row per application [I: common practice,
 * DOMAIN.md]. A median cannot be combined from monthly medians, so it needs row data.
 */

import { METRIC_WORDS, sayBoth } from '@pantau/messages';
import type { MetricDefinition } from '../sql/metrics.ts';
import { daysBetween, eq, median, str } from '../sql/expr/build.ts';
import type { MetricRow } from './shared.ts';

export interface MedianDaysColumns {
  submittedAt: string;
  completedAt: string;
  status: string;
  /** Status value of completed applications; default `selesai`. */
  completedStatus: string;
}
export const MEDIAN_DAYS_COLUMNS: MedianDaysColumns = {
  submittedAt: 'submitted_at',
  completedAt: 'completed_at',
  status: 'status',
  completedStatus: 'selesai',
};

/**
 * Median days from submission to completion over completed applications, one row per
 * application. (A median cannot be combined from monthly medians, so it needs row data.)
 */
export function medianDaysMetric(
  name = 'median_days',
  c: MedianDaysColumns = MEDIAN_DAYS_COLUMNS,
): MetricDefinition {
  return {
    name,
    label: sayBoth(METRIC_WORDS, 'serviceMedianDaysComplete'),
    format: 'days:1',
    requiredColumns: [c.submittedAt, c.completedAt, c.status],
    expr: (col) =>
      median(
        daysBetween(col(c.submittedAt), col(c.completedAt)),
        eq(col(c.status), str(c.completedStatus)),
      ),
    isAggregate: true,
  };
}
export function medianDays(
  rows: readonly MetricRow[],
  c: MedianDaysColumns = MEDIAN_DAYS_COLUMNS,
): number | null {
  const days = rows
    .filter(
      (r) =>
        r[c.status] === c.completedStatus && r[c.submittedAt] != null && r[c.completedAt] != null,
    )
    .map((r) => (toMs(r[c.completedAt]) - toMs(r[c.submittedAt])) / 86_400_000)
    .sort((a, b) => a - b);
  if (days.length === 0) return null;
  const mid = days.length >> 1;
  return days.length % 2 === 1 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2;
}

function toMs(value: unknown): number {
  return value instanceof Date ? value.getTime() : new Date(String(value)).getTime();
}
