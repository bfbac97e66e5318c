/**
 * Diagonal hatching for "belum input" (not reported): cells, swatches and markers that must read
 * as missing, unlike any value including zero, without relying on colour. Drawn as plain line
 * segments clipped to the box by arithmetic rather than an SVG `<pattern>`: a pattern needs a
 * document-unique id, which breaks when two charts share a page (or a shadow root) and makes
 * snapshots depend on render order. The same segments stroke a canvas.
 */

import { round } from './svg.ts';
import type { Box } from './types.ts';

/** Distance between hatch lines, px. */
const HATCH_SPACING = 4;

/** The "/" lines (x + y = c) crossing `box`, as [x1, y1, x2, y2]. */
export function hatchSegments(
  box: Box,
  spacing = HATCH_SPACING,
): [number, number, number, number][] {
  const x0 = box.x;
  const y0 = box.y;
  const x1 = box.x + box.width;
  const y1 = box.y + box.height;
  const out: [number, number, number, number][] = [];
  if (!(box.width > 0 && box.height > 0 && spacing > 0)) return out;
  // Lines on a page-wide grid of c, so hatching in neighbouring cells joins up.
  for (let c = Math.ceil((x0 + y0) / spacing) * spacing; c <= x1 + y1; c += spacing) {
    const xa = Math.max(x0, c - y1);
    const xb = Math.min(x1, c - y0);
    if (xb - xa > 0.01) out.push([xa, c - xa, xb, c - xb]);
  }
  return out;
}

/** The hatching of `box` as SVG path data (coordinates rounded like svg.ts). */
export function hatchPath(box: Box, spacing = HATCH_SPACING): string {
  return hatchSegments(box, spacing)
    .map(([xa, ya, xb, yb]) => `M${round(xa)},${round(ya)}L${round(xb)},${round(yb)}`)
    .join('');
}
