/** A heatmap's cells drawn as SVG: paths by fill colour, hatching, and the values that fit. */

import { hatchPath } from '../hatch.ts';
import { INK } from '../palette.ts';
import { round, svgEl } from '../svg.ts';
import { textWidth } from '../text.ts';
import type { Box } from '../types.ts';
import { textColorOn } from './colors.ts';

/**
 * The cells as one `<path>` per fill colour (a subpath per cell), the unreported ones as one
 * outline path and one hatching path, and the values as `<text>` where they fit. One element per
 * colour instead of one per cell: a 40 x 36 grid was 1,440 `<rect>`s to create, style and lay out,
 * most of a frame. Marks (not these nodes) are what the keyboard and screen readers reach.
 */
export function svgCells(
  d: Document,
  boxes: readonly Box[],
  fills: readonly (string | null)[],
  texts: readonly string[],
  showValues: boolean,
): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-heatmap-cells' });
  const byFill = new Map<string, string[]>();
  const outlines: string[] = [];
  const hatching: string[] = [];
  boxes.forEach((box, i) => {
    const fill = fills[i];
    if (fill === null || fill === undefined) {
      // The outline sits half a pixel inside, as a 1 px stroke of the cell's own rectangle would.
      const w = box.width - 1;
      const h = box.height - 1;
      if (w > 0 && h > 0) outlines.push(rectPath(box.x + 0.5, box.y + 0.5, w, h));
      hatching.push(hatchPath(box));
      return;
    }
    let paths = byFill.get(fill);
    if (paths === undefined) {
      paths = [];
      byFill.set(fill, paths);
    }
    paths.push(rectPath(box.x, box.y, box.width, box.height));
  });
  for (const [fill, paths] of byFill) {
    g.append(svgEl(d, 'path', { class: 'pantau-cells', d: paths.join(''), fill }));
  }
  if (hatching.length > 0) {
    const missing = svgEl(d, 'g', { class: 'pantau-cell-missing' });
    if (outlines.length > 0) {
      missing.append(svgEl(d, 'path', { d: outlines.join(''), fill: 'none', stroke: INK.missing }));
    }
    missing.append(svgEl(d, 'path', { d: hatching.join(''), stroke: INK.missing, fill: 'none' }));
    g.append(missing);
  }
  if (showValues) g.append(cellValues(d, boxes, fills, texts));
  return g;
}

/** A rectangle as path data, coordinates rounded like svg.ts rounds a `<rect>`'s attributes. */
function rectPath(x: number, y: number, width: number, height: number): string {
  const w = round(width);
  return `M${round(x)},${round(y)}h${w}v${round(height)}h${-w}Z`;
}

/** Values written in the cells they fit, in dark or white, whichever contrasts more. */
function cellValues(
  d: Document,
  boxes: readonly Box[],
  fills: readonly (string | null)[],
  texts: readonly string[],
): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-heatmap-values', 'text-anchor': 'middle' });
  // Every cell is the same size, so one font size and one room for text serve them all.
  const first = boxes[0];
  if (first === undefined) return g;
  const size = Math.min(11, first.height - 4);
  if (size < 8) return g;
  const fits = new Map<string, boolean>();
  const inkOn = new Map<string, string>();
  boxes.forEach((box, i) => {
    const fill = fills[i];
    const text = texts[i]!;
    if (fill === null || fill === undefined) return;
    let fit = fits.get(text);
    if (fit === undefined) {
      fit = textWidth(text, size) <= box.width - 4;
      fits.set(text, fit);
    }
    if (!fit) return;
    let ink = inkOn.get(fill);
    if (ink === undefined) {
      // A grade colour is a theme token: its fallback is the light theme's, so contrast worked out
      // from it is wrong in the dark theme. Grade tokens are made for the surface colour on top
      // (as the bars' grade letters use), in both themes.
      ink = fill.startsWith('var(--pantau-sys-grade-') ? INK.surface : textColorOn(fill);
      inkOn.set(fill, ink);
    }
    g.append(
      svgEl(
        d,
        'text',
        {
          x: box.x + box.width / 2,
          y: box.y + box.height / 2,
          dy: '0.32em',
          'font-size': size,
          fill: ink,
        },
        text,
      ),
    );
  });
  return g;
}
