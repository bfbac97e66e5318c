/**
 * The keyboard model shared by every chart: one tab stop; Left/Right (and Up/Down in a list)
 * move between marks in reading order; in a grid (marks with `row`/`col`) Up/Down change rows;
 * Home/End jump to the first/last mark; PageUp/PageDown jump by ten. Pure: the widget owns focus.
 */

import type { ChartMark } from './types.ts';

export const NAVIGATION_KEYS: readonly string[] = Object.freeze([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** The mark to move to from `current` (-1 = none yet) on `key`, or `current` if none applies. */
export function nextMarkIndex(marks: readonly ChartMark[], current: number, key: string): number {
  const n = marks.length;
  if (n === 0) return -1;
  if (current < 0 || current >= n) return key === 'End' ? n - 1 : 0;
  const here = marks[current]!;
  const grid = here.row !== undefined && here.col !== undefined;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    case 'PageUp':
      return Math.max(0, current - 10);
    case 'PageDown':
      return Math.min(n - 1, current + 10);
    case 'ArrowLeft':
      return grid ? inRow(marks, current, -1) : Math.max(0, current - 1);
    case 'ArrowRight':
      return grid ? inRow(marks, current, 1) : Math.min(n - 1, current + 1);
    case 'ArrowUp':
      return grid ? nearestInRow(marks, current, -1) : Math.max(0, current - 1);
    case 'ArrowDown':
      return grid ? nearestInRow(marks, current, 1) : Math.min(n - 1, current + 1);
    default:
      return current;
  }
}

function inRow(marks: readonly ChartMark[], current: number, step: 1 | -1): number {
  const here = marks[current]!;
  const next = marks[current + step];
  return next !== undefined && next.row === here.row ? current + step : current;
}

/** The mark in the next row (up or down) whose column is closest to the current one. */
function nearestInRow(marks: readonly ChartMark[], current: number, step: 1 | -1): number {
  const here = marks[current]!;
  const rows = [...new Set(marks.map((m) => m.row ?? 0))].sort((a, b) => a - b);
  const target = rows[rows.indexOf(here.row ?? 0) + step];
  if (target === undefined) return current;
  let best = current;
  let bestDistance = Infinity;
  marks.forEach((mark, i) => {
    if (mark.row !== target) return;
    const distance = Math.abs((mark.col ?? 0) - (here.col ?? 0));
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
