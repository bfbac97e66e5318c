/**
 * The `interval` attribute: which period a date column is cut to before grouping (lines,
 * heatmaps, KPIs). The cut itself is a plan's group (`{ column, interval }`), rendered to SQL by
 * core at the edge: nothing typed here reaches SQL text.
 */

import { PantauError } from '@pantau/core';
import { TIME_INTERVALS, type TimeInterval } from '@pantau/charts';

export { MAX_PERIOD_ROWS } from '@pantau/core';

/** The `interval` attribute: '' (none) or one of day/week/month/year, else a clear error. */
export function parseInterval(value: string): TimeInterval | null {
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  if ((TIME_INTERVALS as readonly string[]).includes(v)) return v as TimeInterval;
  const list = TIME_INTERVALS.map((i) => `"${i}"`).join(', ');
  throw new PantauError({
    code: 'BAD_EXPRESSION',
    text: {
      id: `Atribut interval="${value.slice(0, 40)}" tidak dikenal: gunakan salah satu dari ${list}.`,
      en: `Attribute interval="${value.slice(0, 40)}" is not known: use one of ${list}.`,
    },
    details: { attribute: 'interval', value, allowed: TIME_INTERVALS },
  });
}
