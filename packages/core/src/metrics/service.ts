/**
 * Service measures over a unit's monthly application counts [I: common practice, DOMAIN.md].
 * Each metric (a tree) and its reference read only rows where every column the formula needs is
 * reported (reported-rows.ts): a NULL `completed_on_time` next to a reported `completed` must not
 * pull the on-time rate down. Rates are fractions 0..1 (format them as percent). Empty or
 * unreported groups give null. Days per application: application-days.ts; complaints:
 * complaints.ts; serviceMetrics() registers all of them.
 */

import { METRIC_WORDS, sayBoth } from '@pantau/messages';
import type { MetricDefinition } from '../sql/metrics.ts';
import { div, mul, num, sub, sum } from '../sql/expr/build.ts';
import type { MetricRow } from './shared.ts';
import { allReported, columnTotal, ratio, reportedRows } from './reported-rows.ts';
import { medianDaysMetric } from './application-days.ts';
import { meanDaysToRespondMetric, resolutionRateMetric } from './complaints.ts';

// Kept importable from here, where metrics/index.ts finds every service measure.
export {
  MEDIAN_DAYS_COLUMNS,
  medianDays,
  medianDaysMetric,
  type MedianDaysColumns,
} from './application-days.ts';
export {
  meanDaysToRespond,
  meanDaysToRespondMetric,
  resolutionRate,
  resolutionRateMetric,
  type ResolutionColumns,
} from './complaints.ts';

// On-time rate ----------------------------------------------------------------------------------

export interface OnTimeColumns {
  completedOnTime: string;
  completed: string;
}
export const ON_TIME_COLUMNS: OnTimeColumns = {
  completedOnTime: 'completed_on_time',
  completed: 'completed',
};

/** sum(completed within the standard) / sum(completed), over rows reporting both. */
export function onTimeRateMetric(
  name = 'on_time_rate',
  c: OnTimeColumns = ON_TIME_COLUMNS,
): MetricDefinition {
  return {
    name,
    label: sayBoth(METRIC_WORDS, 'serviceTimeCompletionRate'),
    format: 'percent',
    changeInPoints: true,
    requiredColumns: [c.completedOnTime, c.completed],
    expr: (col) => {
      const where = allReported(col, [c.completedOnTime, c.completed]);
      return div(sum(num(col(c.completedOnTime)), where), sum(num(col(c.completed)), where));
    },
    isAggregate: true,
  };
}
export function onTimeRate(
  rows: readonly MetricRow[],
  c: OnTimeColumns = ON_TIME_COLUMNS,
): number | null {
  const r = reportedRows(rows, [c.completedOnTime, c.completed]);
  return ratio(columnTotal(r, 0), columnTotal(r, 1), r.length);
}

// Online share ----------------------------------------------------------------------------------

export interface OnlineShareColumns {
  onlineShare: string;
  received: string;
}
export const ONLINE_SHARE_COLUMNS: OnlineShareColumns = {
  onlineShare: 'online_share',
  received: 'received',
};

/** Share of applications submitted online: per-row shares weighted by applications received. */
export function onlineShareMetric(
  name = 'online_share',
  c: OnlineShareColumns = ONLINE_SHARE_COLUMNS,
): MetricDefinition {
  return {
    name,
    label: sayBoth(METRIC_WORDS, 'serviceShareApplicationsOnline'),
    format: 'percent',
    changeInPoints: true,
    requiredColumns: [c.onlineShare, c.received],
    expr: (col) => {
      const where = allReported(col, [c.onlineShare, c.received]);
      const received = num(col(c.received));
      return div(sum(mul(num(col(c.onlineShare)), received), where), sum(received, where));
    },
    isAggregate: true,
  };
}
export function onlineShare(
  rows: readonly MetricRow[],
  c: OnlineShareColumns = ONLINE_SHARE_COLUMNS,
): number | null {
  const r = reportedRows(rows, [c.onlineShare, c.received]);
  return ratio(
    r.reduce((t, [s, n]) => t + s! * n!, 0),
    columnTotal(r, 1),
    r.length,
  );
}

// Backlog ---------------------------------------------------------------------------------------

export interface BacklogColumns {
  received: string;
  completed: string;
  rejected: string;
}
export const BACKLOG_COLUMNS: BacklogColumns = {
  received: 'received',
  completed: 'completed',
  rejected: 'rejected',
};

/**
 * Backlog added in the group: received - completed - rejected (applications still open). Per
 * month it is the month's net addition to the queue; the queue at a month's end is the running
 * sum over months, `cumulativeBacklog`.
 */
export function backlogMetric(
  name = 'backlog',
  c: BacklogColumns = BACKLOG_COLUMNS,
): MetricDefinition {
  return {
    name,
    label: sayBoth(METRIC_WORDS, 'serviceApplicationBacklog'),
    requiredColumns: [c.received, c.completed, c.rejected],
    expr: (col) =>
      sum(
        sub(num(col(c.received)), num(col(c.completed)), num(col(c.rejected))),
        allReported(col, [c.received, c.completed, c.rejected]),
      ),
    isAggregate: true,
  };
}
export function backlog(
  rows: readonly MetricRow[],
  c: BacklogColumns = BACKLOG_COLUMNS,
): number | null {
  const r = reportedRows(rows, [c.received, c.completed, c.rejected]);
  return r.length === 0 ? null : r.reduce((t, [a, b, d]) => t + a! - b! - d!, 0);
}
/** Running sum of per-period backlogs in period order; a null period keeps the queue unknown. */
export function cumulativeBacklog(perPeriod: readonly (number | null)[]): (number | null)[] {
  let total: number | null = 0;
  return perPeriod.map((b) => (total = total === null || b === null ? null : total + b));
}

export function serviceMetrics(): MetricDefinition[] {
  return [
    onTimeRateMetric(),
    onTimeRateMetric('sla'),
    onlineShareMetric(),
    backlogMetric(),
    medianDaysMetric(),
    resolutionRateMetric(),
    meanDaysToRespondMetric(),
  ];
}
