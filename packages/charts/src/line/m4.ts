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
const M4_POINTS_PER_COLUMN = 4;

/** True when `points` on `width` px would put more than ~4 points in a pixel column. */
export function needsReduction(points: number, width: number): boolean {
  return points > M4_POINTS_PER_COLUMN * Math.max(1, Math.floor(width));
}

/**
 * Indices (ascending) of the points to keep from one series.
 * @param px pixel x of each point, ascending (the x scale applied to the x values)
 * @param values the series, null where not reported
 * @param origin where pixel columns start (the plot's left edge): column = floor(px - origin);
 *   given here rather than as a shifted copy of a 100,000-point `px`
 */
export function m4Indices(
  px: ArrayLike<number>,
  values: ArrayLike<number | null | undefined>,
  origin = 0,
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
    const col = Math.floor(px[i]! - origin);
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
  origin = 0,
): number[] {
  let kept: number[] = [];
  series.forEach((values, s) => {
    const own = m4Indices(px, values, origin);
    kept = s === 0 ? own : mergeAscending(kept, own);
  });
  return kept;
}

/** The union of two ascending lists of distinct indices, ascending and distinct (one pass). */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) {
      out.push(x);
      i++;
      if (x === y) j++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
