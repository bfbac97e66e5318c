/** A legend item's swatch: its symbol, a line, a dashed line or the "belum input" hatch. */

import { hatchPath } from '../hatch.ts';
import { INK } from '../palette.ts';
import { svgEl } from '../svg.ts';
import type { LegendItem } from '../types.ts';
import { symbolPath } from './symbols.ts';

/** Side of the swatch and gap to its label, px. */
export const SWATCH_SIZE = 12;
export const SWATCH_GAP = 6;

export interface SwatchOptions {
  /** Draw a short line through the symbol (a line chart's series). */
  line?: boolean;
  size?: number;
}

/** One swatch with its top-left corner at (x, y). */
export function drawSwatch(
  d: Document,
  item: Pick<LegendItem, 'color' | 'symbol'>,
  x: number,
  y: number,
  options: SwatchOptions = {},
): SVGGElement {
  const size = options.size ?? SWATCH_SIZE;
  const cx = x + size / 2;
  const cy = y + size / 2;
  const symbol = item.symbol ?? 'square';
  const g = svgEl(d, 'g', { class: `pantau-swatch pantau-swatch-${symbol}` });
  const lineAttrs = {
    x1: x,
    x2: x + size,
    y1: cy,
    y2: cy,
    stroke: item.color,
    'stroke-width': 2.5,
  };
  switch (symbol) {
    case 'line':
      g.append(svgEl(d, 'line', lineAttrs));
      break;
    case 'dashed':
      g.append(svgEl(d, 'line', { ...lineAttrs, 'stroke-dasharray': '4 2' }));
      break;
    case 'hatch': {
      const box = { x: x + 0.5, y: y + 0.5, width: size - 1, height: size - 1 };
      g.append(
        svgEl(d, 'rect', { ...box, fill: 'none', stroke: item.color }),
        svgEl(d, 'path', { d: hatchPath(box), stroke: item.color, fill: 'none' }),
      );
      break;
    }
    default:
      if (options.line === true) g.append(svgEl(d, 'line', lineAttrs));
      g.append(
        svgEl(d, 'path', {
          d: symbolPath(symbol, cx, cy, size * 0.36),
          fill: item.color,
          stroke: INK.surface,
          'stroke-width': options.line === true ? 1 : 0,
        }),
      );
  }
  return g;
}
