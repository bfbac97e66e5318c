/**
 * The series of a dense line chart painted on a canvas (above about 2,000 drawn points): the same
 * areas, lines and lone-point dots as series.ts, without markers.
 */

import { area as d3area, line as d3line } from 'd3-shape';
import { isPlaced } from '../absent.ts';
import type { ColorResolver } from '../canvas.ts';
import { seriesColor } from '../palette.ts';
import { isolated, type DrawnRows } from './rows.ts';
import { DOT_RADIUS } from './series.ts';

export function drawCanvasSeries(
  ctx: CanvasRenderingContext2D,
  drawn: DrawnRows,
  area: boolean,
  resolve: ColorResolver,
): void {
  const { axis, rows, px, frame, baseline } = drawn;
  axis.values.forEach((values, s) => {
    const color = resolve(seriesColor(s));
    const defined = (k: number): boolean => isPlaced(values[k]);
    const y = (k: number): number => frame.y(values[k]!);
    if (area) {
      ctx.save();
      ctx.globalAlpha = 0.16;
      ctx.fillStyle = color;
      ctx.beginPath();
      d3area<number>()
        .defined(defined)
        .x((k) => px[k]!)
        .y0(baseline)
        .y1(y)
        .context(ctx)(rows);
      ctx.fill();
      ctx.restore();
    }
    ctx.save();
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.lineJoin = 'round';
    ctx.beginPath();
    d3line<number>()
      .defined(defined)
      .x((k) => px[k]!)
      .y(y)
      .context(ctx)(rows);
    ctx.stroke();
    ctx.fillStyle = color;
    rows.forEach((k, j) => {
      if (!defined(k) || !isolated(rows, j, s, axis)) return;
      ctx.beginPath();
      ctx.arc(px[k]!, y(k), DOT_RADIUS, 0, Math.PI * 2);
      ctx.fill();
    });
    ctx.restore();
  });
}
