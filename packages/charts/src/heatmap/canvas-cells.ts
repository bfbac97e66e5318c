/** A dense heatmap's cells painted on a canvas (above about 2,000 cells). */

import { fillBoxes, hatchBoxes, type ColorResolver } from '../canvas.ts';
import { INK } from '../palette.ts';
import type { Box } from '../types.ts';

/** Cells on the canvas: one fill per colour, the unreported ones hatched in one stroke. */
export function drawCanvasCells(
  ctx: CanvasRenderingContext2D,
  boxes: readonly Box[],
  fills: readonly (string | null)[],
  resolve: ColorResolver,
): void {
  const byFill = new Map<string, Box[]>();
  const missing: Box[] = [];
  boxes.forEach((box, i) => {
    const fill = fills[i];
    if (fill === null || fill === undefined) {
      missing.push(box);
      return;
    }
    let group = byFill.get(fill);
    if (group === undefined) {
      group = [];
      byFill.set(fill, group);
    }
    group.push(box);
  });
  for (const [fill, group] of byFill) fillBoxes(ctx, group, resolve(fill));
  hatchBoxes(ctx, missing, resolve(INK.missing));
}
