/** Marker shapes, so series differ by shape as well as colour (never by colour alone). */

import { round } from '../svg.ts';
import type { LegendItem } from '../types.ts';

export type LegendSymbol = NonNullable<LegendItem['symbol']>;

/** Marker shapes a series can carry (in order), so series differ by shape as well as colour. */
export const SERIES_SYMBOLS: readonly LegendSymbol[] = Object.freeze([
  'circle',
  'square',
  'triangle',
  'diamond',
]);

export function seriesSymbol(i: number): LegendSymbol {
  return SERIES_SYMBOLS[
    ((i % SERIES_SYMBOLS.length) + SERIES_SYMBOLS.length) % SERIES_SYMBOLS.length
  ]!;
}

/**
 * Path data of a filled marker centred on (cx, cy) with "radius" r, for the shapes that are
 * markers (circle, square, triangle, diamond); areas of the shapes are close so none looks heavier.
 */
export function symbolPath(symbol: LegendSymbol, cx: number, cy: number, r: number): string {
  const p = (x: number, y: number): string => `${round(x)},${round(y)}`;
  switch (symbol) {
    case 'square': {
      const s = r * 0.89;
      return `M${p(cx - s, cy - s)}H${round(cx + s)}V${round(cy + s)}H${round(cx - s)}Z`;
    }
    case 'triangle': {
      const s = r * 1.25;
      return `M${p(cx, cy - s)}L${p(cx + s * 0.95, cy + s * 0.7)}L${p(cx - s * 0.95, cy + s * 0.7)}Z`;
    }
    case 'diamond': {
      const s = r * 1.25;
      return `M${p(cx, cy - s)}L${p(cx + s, cy)}L${p(cx, cy + s)}L${p(cx - s, cy)}Z`;
    }
    default:
      // A circle as two arcs, so every marker is one <path> (and one canvas Path2D).
      return `M${p(cx - r, cy)}A${round(r)},${round(r)} 0 1,0 ${p(cx + r, cy)}A${round(r)},${round(r)} 0 1,0 ${p(cx - r, cy)}Z`;
  }
}
