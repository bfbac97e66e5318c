/**
 * The rows a line chart draws (every axis row, or the ones M4 keeps) with their pixels, shared by
 * the SVG and canvas drawing and the keyboard marks.
 */

import { isPlaced } from '../absent.ts';
import type { LineAxis } from './data.ts';
import type { Frame } from './frame.ts';

export interface DrawnRows {
  axis: LineAxis;
  /** Axis rows drawn, ascending. */
  rows: readonly number[];
  /** Pixel x of every axis row. */
  px: readonly number[];
  frame: Frame;
  /** Where an area's fill starts (see baselineOf). */
  baseline: number;
}

/** A defined point with no defined neighbour in the drawn rows: a line of one point is a dot. */
export function isolated(rows: readonly number[], j: number, s: number, axis: LineAxis): boolean {
  const values = axis.values[s]!;
  const before = j > 0 ? values[rows[j - 1]!] : null;
  const after = j < rows.length - 1 ? values[rows[j + 1]!] : null;
  return !isPlaced(before) && !isPlaced(after);
}
