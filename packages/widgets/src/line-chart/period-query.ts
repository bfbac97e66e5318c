/**
 * The `interval` attribute: which period a date column is cut to before grouping (lines,
 * heatmaps, KPIs). The cut itself is a plan's group (`{ column, interval }`), rendered to SQL by
 * core at the edge: nothing typed here reaches SQL text.
 */

import { TIME_INTERVALS, type TimeInterval } from '@pantau/charts';
import { oneOf } from '../base/attribute-checks.ts';

export { MAX_PERIOD_ROWS } from '@pantau/core';

/** The `interval` attribute: '' (none) or one of day/week/month/year, else a clear error. */
export function parseInterval(value: string): TimeInterval | null {
  return oneOf('interval', value, TIME_INTERVALS) || null;
}
