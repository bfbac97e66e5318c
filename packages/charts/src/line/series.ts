/**
 * The series of a line chart as SVG: per series an optional translucent area, the line (broken
 * at every null, never bridged), and markers on the points, or a dot on a point standing alone.
 */

import { area as d3area, line as d3line } from 'd3-shape';
import { isPlaced } from '../absent.ts';
import { seriesSymbol, symbolPath } from '../legend.ts';
import { INK, seriesColor } from '../palette.ts';
import { svgEl } from '../svg.ts';
import { isolated, type DrawnRows } from './rows.ts';

export const DOT_RADIUS = 3;
const MARKER_RADIUS = 3.5;
const MIN_MARKER_SPACING = 12;

/** Markers on every point when asked, or ('auto') when drawn points are at least 12 px apart. */
export function showMarkers(
  markers: boolean | 'auto' | undefined,
  plotWidth: number,
  rowCount: number,
): boolean {
  return (
    markers === true ||
    (markers !== false && plotWidth / Math.max(1, rowCount) >= MIN_MARKER_SPACING)
  );
}

/** Every series' group, in order. */
export function drawSeries(
  d: Document,
  drawn: DrawnRows,
  names: readonly string[],
  area: boolean,
  markers: boolean,
): SVGGElement {
  const group = svgEl(d, 'g', { class: 'pantau-line-series' });
  names.forEach((_, s) => group.append(drawOneSeries(d, drawn, s, area, markers)));
  return group;
}

function drawOneSeries(
  d: Document,
  drawn: DrawnRows,
  s: number,
  area: boolean,
  markers: boolean,
): SVGGElement {
  const { axis, rows, px, frame, baseline } = drawn;
  const color = seriesColor(s);
  const defined = (k: number): boolean => isPlaced(axis.values[s]![k]);
  const xOf = (k: number): number => px[k]!;
  const yOf = (k: number): number => frame.y(axis.values[s]![k]!);
  const g = svgEl(d, 'g', { class: 'pantau-series', 'data-series': s });
  if (area) {
    const path = d3area<number>().digits(2).defined(defined).x(xOf).y0(baseline).y1(yOf)(rows);
    if (path !== null) {
      g.append(
        svgEl(d, 'path', { class: 'pantau-area', d: path, fill: color, 'fill-opacity': 0.16 }),
      );
    }
  }
  const path = d3line<number>().digits(2).defined(defined).x(xOf).y(yOf)(rows);
  if (path !== null) {
    g.append(
      svgEl(d, 'path', {
        class: 'pantau-line-path',
        d: path,
        fill: 'none',
        stroke: color,
        'stroke-width': 2,
        'stroke-linejoin': 'round',
        'stroke-linecap': 'round',
      }),
    );
  }
  rows.forEach((k, j) => {
    if (!defined(k)) return;
    const alone = isolated(rows, j, s, axis);
    if (!markers && !alone) return;
    g.append(
      svgEl(d, 'path', {
        class: alone ? 'pantau-dot' : 'pantau-marker',
        d: symbolPath(
          markers ? seriesSymbol(s) : 'circle',
          xOf(k),
          yOf(k),
          markers ? MARKER_RADIUS : DOT_RADIUS,
        ),
        fill: color,
        stroke: INK.surface,
        'stroke-width': 1,
      }),
    );
  });
  return g;
}
