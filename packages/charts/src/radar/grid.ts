/**
 * A radar's grid: rings (polygons with three or more axes, circles otherwise), a spoke per axis,
 * and the rings' values beside axis 0.
 */

import { INK } from '../palette.ts';
import { round, svgEl } from '../svg.ts';
import type { RadarFrame } from './frame.ts';

export function drawGrid(
  d: Document,
  frame: RadarFrame,
  rings: readonly number[],
  n: number,
): SVGGElement {
  const { cx, cy, polar } = frame;
  const grid = svgEl(d, 'g', { class: 'pantau-radar-grid', fill: 'none', stroke: INK.grid });
  for (const value of rings) {
    const r = frame.scale(value);
    if (r <= 0) continue;
    if (n >= 3) {
      const points = Array.from({ length: n }, (_, i) => polar(i, r));
      grid.append(
        svgEl(d, 'polygon', {
          points: points.map((p) => `${round(p.x)},${round(p.y)}`).join(' '),
        }),
      );
    } else grid.append(svgEl(d, 'circle', { cx, cy, r }));
  }
  for (let i = 0; i < n; i++) {
    const end = polar(i, frame.radius);
    grid.append(svgEl(d, 'line', { x1: cx, y1: cy, x2: end.x, y2: end.y, stroke: INK.grid }));
  }
  return grid;
}

export function drawRingLabels(
  d: Document,
  frame: RadarFrame,
  rings: readonly number[],
  ringText: (value: number) => string,
): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-radar-rings', fill: INK.muted, 'font-size': 10 });
  for (const value of rings) {
    const r = frame.scale(value);
    // Beside axis 0, nudged right of the spoke so the line does not strike through the digits.
    g.append(svgEl(d, 'text', { x: frame.cx + 3, y: frame.cy - r, dy: '-0.2em' }, ringText(value)));
  }
  return g;
}
