/**
 * The tile the KPI's parts are written into, top to bottom: each part appends its nodes, adds
 * its data-table rows and moves `y` down by the height it took.
 */

import type { ChartContext } from '../types.ts';

export const PAD = 12;
export const LABEL_SIZE = 13;
export const ROW_SIZE = 12;

export interface Tile {
  d: Document;
  root: SVGSVGElement;
  context: ChartContext;
  /** Width inside the padding. */
  inner: number;
  /** Where the next part starts. */
  y: number;
  /** Data-table rows (item, value), in the order the tile shows them. */
  rows: string[][];
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
