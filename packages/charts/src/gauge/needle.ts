/**
 * The needle: a pointer across the ring at the value, dark with a light halo so it reads on
 * every band, ending in a triangle inside the ring; the hole stays free for the value text.
 */

import { INK } from '../palette.ts';
import { round, svgEl } from '../svg.ts';
import type { Box } from '../types.ts';
import type { Dial } from './dial.ts';

/** The needle at `angle`, and the box its mark focuses. */
export function drawNeedle(
  d: Document,
  dial: Dial,
  angle: number,
): { node: SVGGElement; box: Box } {
  const { inner, radius, polar } = dial;
  const outerEnd = polar(angle, radius + 3);
  const innerEnd = polar(angle, inner - 4);
  const needle = svgEl(d, 'g', { class: 'pantau-gauge-needle' });
  for (const [stroke, strokeWidth] of [
    [INK.surface, 5],
    [INK.target, 2.5],
  ] as const) {
    needle.append(
      svgEl(d, 'line', {
        x1: innerEnd.x,
        y1: innerEnd.y,
        x2: outerEnd.x,
        y2: outerEnd.y,
        stroke,
        'stroke-width': strokeWidth,
        'stroke-linecap': 'round',
      }),
    );
  }
  const tip = polar(angle, inner - 4);
  const left = polar(angle - 0.09, inner - 14);
  const right = polar(angle + 0.09, inner - 14);
  needle.append(
    svgEl(d, 'path', {
      d: `M${round(tip.x)},${round(tip.y)}L${round(left.x)},${round(left.y)}L${round(right.x)},${round(right.y)}Z`,
      fill: INK.target,
    }),
  );
  const ends = [outerEnd, left, right];
  const x0 = Math.min(...ends.map((p) => p.x));
  const y0 = Math.min(...ends.map((p) => p.y));
  const box = {
    x: round(x0 - 3),
    y: round(y0 - 3),
    width: round(Math.max(...ends.map((p) => p.x)) - x0 + 6),
    height: round(Math.max(...ends.map((p) => p.y)) - y0 + 6),
  };
  return { node: needle, box };
}
