/**
 * A radar's series: per series the outline pieces (filled lightly when closed), a marker per
 * reported axis in the series' own shape, and a keyboard mark per axis (reported or not).
 */

import { symbolPath, seriesSymbol } from '../legend.ts';
import { INK, seriesColor } from '../palette.ts';
import { round, svgEl } from '../svg.ts';
import type { ChartContext, ChartMark } from '../types.ts';
import { radarRuns, type RadarData, type RadarOptions, type RadarSeries } from './data.ts';
import { LABEL_GAP, type RadarFrame } from './frame.ts';
import { axisName } from './summary.ts';

const POINT_RADIUS = 3.5;
/** Half the side of a mark's hit box. */
const HIT = 7;

/** Every series' group, in order, and the marks: series s, axis i is mark s * n + i. */
export function drawSeries(
  d: Document,
  data: RadarData,
  frame: RadarFrame,
  options: RadarOptions,
  context: ChartContext,
): { node: SVGGElement; marks: ChartMark[] } {
  const marks: ChartMark[] = [];
  const node = svgEl(d, 'g', { class: 'pantau-radar-series' });
  data.series.forEach((series, s) => {
    const g = svgEl(d, 'g', { class: 'pantau-radar-serie' });
    drawOutline(d, g, series, s, data.axes.length, frame);
    data.axes.forEach((_, i) => marks.push(drawPoint(d, g, data, s, i, frame, options, context)));
    node.append(g);
  });
  return { node, marks };
}

function drawOutline(
  d: Document,
  g: SVGGElement,
  series: RadarSeries,
  s: number,
  n: number,
  frame: RadarFrame,
): void {
  const color = seriesColor(s);
  for (const run of radarRuns(series.values.slice(0, n))) {
    const pts = run.axes.map((i) => frame.polar(i, frame.scale(series.values[i]!)));
    const pathData =
      pts.map((p, k) => `${k === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join('') +
      (run.closed ? 'Z' : '');
    if (pts.length < 2) continue;
    g.append(
      svgEl(d, 'path', {
        d: pathData,
        fill: run.closed ? color : 'none',
        'fill-opacity': run.closed ? 0.12 : null,
        stroke: color,
        'stroke-width': 2,
        'stroke-linejoin': 'round',
      }),
    );
  }
}

/** Series s at axis i: a marker when reported, and its mark (at the label when not). */
function drawPoint(
  d: Document,
  g: SVGGElement,
  data: RadarData,
  s: number,
  i: number,
  frame: RadarFrame,
  options: RadarOptions,
  context: ChartContext,
): ChartMark {
  const series = data.series[s]!;
  const value = series.values[i] ?? null;
  const reported = value !== null && Number.isFinite(value);
  const label = `${data.series.length > 1 ? `${series.name} · ` : ''}${axisName(data, i)}: ${context.formatValue(value)}`;
  const at = reported
    ? frame.polar(i, frame.scale(value))
    : frame.polar(i, frame.radius + LABEL_GAP);
  if (reported) {
    g.append(
      svgEl(d, 'path', {
        d: symbolPath(seriesSymbol(s), at.x, at.y, POINT_RADIUS),
        fill: seriesColor(s),
        stroke: INK.surface,
        'stroke-width': 1,
      }),
    );
  }
  const selection: Record<string, unknown> = {};
  if (options.seriesField !== undefined) selection[options.seriesField] = series.name;
  if (options.axisField !== undefined) selection[options.axisField] = data.axes[i];
  return {
    index: s * data.axes.length + i,
    label,
    box: { x: round(at.x - HIT), y: round(at.y - HIT), width: 2 * HIT, height: 2 * HIT },
    row: s,
    col: i,
    ...(Object.keys(selection).length > 0 ? { selection } : {}),
  };
}
