/**
 * M4 reduction (Jugel et al., "M4: A Visualization-Oriented Time Series Data Aggregation", VLDB
 * 2014): per pixel column keep the first, last, lowest and highest point. A line drawn through
 * those is the same set of pixels as the line through every point, so a 100,000-point series
 * becomes about four points per column with nothing visible lost.
 *
 * Gaps survive: a null (not reported) is never folded into a neighbour. Runs of reported values
 * are reduced separately, and the first null after a run is kept, so the drawn line still breaks.
 */

/** Above this many points per pixel column, a line is reduced. */
export const M4_POINTS_PER_COLUMN = 4;

/** True when `points` on `width` px would put more than ~4 points in a pixel column. */
export function needsReduction(points: number, width: number): boolean {
  return points > M4_POINTS_PER_COLUMN * Math.max(1, Math.floor(width));
}

/**
 * Indices (ascending) of the points to keep from one series.
 * @param px pixel x of each point, ascending (the x scale applied to the x values)
 * @param values the series, null where not reported
 */
export function m4Indices(
  px: ArrayLike<number>,
  values: ArrayLike<number | null | undefined>,
): number[] {
  const keep: number[] = [];
  let column = NaN;
  // Per open column: first, min, max and last index of the current run of reported values.
  let first = -1;
  let min = -1;
  let max = -1;
  let last = -1;
  const flush = (): void => {
    if (first < 0) return;
    // Sorted so the line visits min and max in time order, never backwards.
    const picked = [...new Set([first, min, max, last])].sort((a, b) => a - b);
    keep.push(...picked);
    first = min = max = last = -1;
  };
  let inGap = false;
  for (let i = 0; i < px.length; i++) {
    const value = values[i];
    if (value === null || value === undefined || !Number.isFinite(value)) {
      flush();
      // One null per gap is enough to break the line; keep it so the gap is drawn and listed.
      if (!inGap && keep.length > 0) keep.push(i);
      inGap = true;
      continue;
    }
    inGap = false;
    const col = Math.floor(px[i]!);
    if (col !== column) {
      flush();
      column = col;
    }
    if (first < 0) {
      first = min = max = last = i;
      continue;
    }
    if (value < (values[min] as number)) min = i;
    if (value > (values[max] as number)) max = i;
    last = i;
  }
  flush();
  return keep;
}

/**
 * Indices kept for several series sharing one x: the union of each series' M4 indices. Every
 * series is drawn through the union, which is a superset of its own M4 points (still exact), so
 * the table can list one row per kept x with every series' value, each of them drawn.
 */
export function m4Union(
  px: ArrayLike<number>,
  series: readonly ArrayLike<number | null | undefined>[],
): number[] {
  const kept = new Set<number>();
  for (const values of series) for (const i of m4Indices(px, values)) kept.add(i);
  return [...kept].sort((a, b) => a - b);
}
