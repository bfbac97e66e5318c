import type { PlainValue } from '@pantau/core';

/**
 * Identity of a result value for grouping and pivoting: Dates by time, null apart from the text
 * "null", a number apart from the same digits as text. One definition, so the bar, line, radar
 * and heatmap pivots group alike.
 */
export function keyOf(value: PlainValue | undefined): string {
  if (value instanceof Date) return `d:${value.getTime()}`;
  if (value === null || value === undefined) return 'null';
  return `${typeof value}:${String(value)}`;
}
