/**
 * The target as a dashed line across the bars with its label: above a ranking (anchored so it
 * stays inside the plot), right of the plot beside columns.
 */

import { fittedText } from '../axes.ts';
import { INK } from '../palette.ts';
import { svgEl } from '../svg.ts';
import type { Frame } from './frame.ts';
import { GAP, VALUE_FONT_SIZE } from './layout.ts';

const LINE = { stroke: INK.target, 'stroke-width': 1.5, 'stroke-dasharray': '5 3' };

/** `height`: the chart's, so the label of a target off the top or bottom stays in view. */
export function drawTarget(
  d: Document,
  frame: Frame,
  target: number,
  text: string,
  height: number,
): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-target' });
  const at = frame.value(target);
  if (frame.horizontal) g.append(...targetAcross(d, frame, at, text));
  else g.append(...targetBeside(d, frame, at, text, height));
  return g;
}

function targetAcross(d: Document, frame: Frame, at: number, text: string): SVGElement[] {
  const { plot } = frame;
  const bottom = plot.y + plot.height;
  const line = svgEl(d, 'line', { x1: at, x2: at, y1: plot.y - 4, y2: bottom, ...LINE });
  const anchor =
    at > plot.x + plot.width * 0.7 ? 'end' : at < plot.x + plot.width * 0.3 ? 'start' : 'middle';
  const label = fittedText(
    d,
    {
      x: at,
      y: plot.y - 8,
      'text-anchor': anchor,
      'font-size': VALUE_FONT_SIZE,
      'font-weight': 'bold',
      fill: INK.target,
    },
    text,
    Math.max(40, plot.width),
    VALUE_FONT_SIZE,
  );
  return [line, label];
}

function targetBeside(
  d: Document,
  frame: Frame,
  at: number,
  text: string,
  height: number,
): SVGElement[] {
  const { plot } = frame;
  const line = svgEl(d, 'line', { x1: plot.x, x2: plot.x + plot.width, y1: at, y2: at, ...LINE });
  const label = svgEl(
    d,
    'text',
    {
      x: plot.x + plot.width + GAP,
      y: Math.max(plot.y, Math.min(height - 2, at)),
      dy: '0.32em',
      'font-size': VALUE_FONT_SIZE,
      'font-weight': 'bold',
      fill: INK.target,
    },
    text,
  );
  return [line, label];
}
