/** A line chart's target: a dashed rule across the plot, labelled at its right end. */

import { say, CHART_WORDS } from '@pantau/messages';
import { fittedText } from '../axes.ts';
import { INK } from '../palette.ts';
import { svgEl } from '../svg.ts';
import type { ChartContext } from '../types.ts';
import type { Frame } from './frame.ts';

const TARGET_FONT_SIZE = 11;

export function drawTarget(
  d: Document,
  frame: Frame,
  target: number,
  targetLabel: string | undefined,
  context: ChartContext,
): SVGGElement {
  const { plot } = frame;
  const at = frame.y(target);
  const text = `${targetLabel ?? say(CHART_WORDS, context.lang, 'target')} ${context.formatValue(target)}`;
  const g = svgEl(d, 'g', { class: 'pantau-target' });
  g.append(
    svgEl(d, 'line', {
      x1: plot.x,
      x2: plot.x + plot.width,
      y1: at,
      y2: at,
      stroke: INK.target,
      'stroke-width': 1.5,
      'stroke-dasharray': '5 3',
    }),
  );
  // Above the line, unless that would leave the plot.
  const above = at - 6 - TARGET_FONT_SIZE >= plot.y - 6;
  g.append(
    fittedText(
      d,
      {
        x: plot.x + plot.width,
        y: above ? at - 5 : at + 5,
        dy: above ? '0' : '0.71em',
        'text-anchor': 'end',
        'font-size': TARGET_FONT_SIZE,
        'font-weight': 'bold',
        fill: INK.target,
        stroke: INK.surface,
        'stroke-width': 3,
        'paint-order': 'stroke',
      },
      text,
      Math.max(40, plot.width),
      TARGET_FONT_SIZE,
    ),
  );
  return g;
}
