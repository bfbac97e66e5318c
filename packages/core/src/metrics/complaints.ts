/**
 * Complaint measures [I: common practice, DOMAIN.md]: one row per complaint received. Rates are
 * fractions 0..1 (format them as percent); empty or unreported groups give null.
 */

import { METRIC_WORDS, sayBoth } from '@pantau/messages';
import type { MetricDefinition } from '../sql/metrics.ts';
import { avg, count, countRows, div, num } from '../sql/expr/build.ts';
import type { MetricRow } from './shared.ts';
import { columnTotal, reportedRows } from './reported-rows.ts';

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
