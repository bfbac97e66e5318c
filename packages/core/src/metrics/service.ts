/**
 * Service and complaint measures [I: common practice, DOMAIN.md]. Each metric (a tree) and its
 * reference read only rows where every column the formula needs is reported: a NULL
 * `completed_on_time` next to a reported `completed` must not pull the on-time rate down.
 * Rates are fractions 0..1 (format them as percent). Empty or unreported groups give null.
 */

import { METRIC_WORDS, sayBoth } from '@pantau/messages';
import type { MetricDefinition } from '../sql/metrics.ts';
import type { Expr } from '../sql/expr/expr.ts';
import {
  and,
  avg,
  count,
  countRows,
  daysBetween,
  div,
  eq,
  median,
  mul,
  notNull,
  num,
  str,
  sub,
  sum,
} from '../sql/expr/build.ts';
import { badData, readNumber, type MetricRow } from './shared.ts';

type Col = (name: string) => Expr;

function allReported(col: Col, columns: readonly string[]): Expr {
  return and(...columns.map((c) => notNull(num(col(c)))));
}

/** Rows where every column is a number; throws BAD_DATA on non-numeric text. */
function reportedRows(rows: readonly MetricRow[], columns: readonly string[]): number[][] {
  const out: number[][] = [];
  for (const row of rows) {
    const values = columns.map((c) => {
      const v = readNumber(row[c]);
      if (v === undefined) {
        throw badData(sayBoth(METRIC_WORDS, 'serviceColumnHoldsNonNumber', c, String(row[c])), {
          column: c,
          value: row[c],
        });
      }
      return v;
    });
    if (values.every((v) => v !== null)) out.push(values as number[]);
  }
  return out;
}

function ratio(num: number, den: number, n: number): number | null {
  return n === 0 || den === 0 ? null : num / den;
}

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

// Days ------------------------------------------------------------------------------------------

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

// Complaints ------------------------------------------------------------------------------------

export interface ResolutionColumns {
  /** Set when the complaint was resolved; one row per complaint received. */
  resolvedAt: string;
}
/** Complaints resolved / complaints received (rows). */
export function resolutionRateMetric(
  name = 'resolution_rate',
  c: ResolutionColumns = { resolvedAt: 'resolved_at' },
): MetricDefinition {
  return {
    name,
    label: sayBoth(METRIC_WORDS, 'serviceComplaintResolutionRate'),
    format: 'percent',
    changeInPoints: true,
    requiredColumns: [c.resolvedAt],
    expr: (col) => div(count(col(c.resolvedAt)), countRows()),
    isAggregate: true,
  };
}
export function resolutionRate(
  rows: readonly MetricRow[],
  c: ResolutionColumns = { resolvedAt: 'resolved_at' },
): number | null {
  return rows.length === 0
    ? null
    : rows.filter((r) => r[c.resolvedAt] != null).length / rows.length;
}

/** Mean days to first response, over complaints responded to (NULL = not yet responded). */
export function meanDaysToRespondMetric(
  name = 'mean_days_to_respond',
  column = 'days_to_respond',
): MetricDefinition {
  return {
    name,
    label: sayBoth(METRIC_WORDS, 'serviceMeanDaysRespondComplaints'),
    format: 'days:1',
    requiredColumns: [column],
    expr: (col) => avg(num(col(column))),
    isAggregate: true,
  };
}
export function meanDaysToRespond(
  rows: readonly MetricRow[],
  column = 'days_to_respond',
): number | null {
  const r = reportedRows(rows, [column]);
  return r.length === 0 ? null : columnTotal(r, 0) / r.length;
}

function columnTotal(rows: number[][], i: number): number {
  return rows.reduce((t, r) => t + r[i]!, 0);
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
