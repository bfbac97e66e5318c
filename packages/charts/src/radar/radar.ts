/**
 * Radar: a profile over several axes (IKM U1..U9 NRR on 1..4, the six PEKPPP aspects), one or more
 * series. Rings with their values, spokes with the axis code and (room permitting) its name, each
 * series in its own colour AND marker shape, with a legend when there are several. A value not
 * reported breaks the outline (no point, no line through the axis) and the axis says "belum
 * input": a missing element never pulls the profile to the centre as if it scored the minimum.
 *
 * A composition of parts, drawn in this order: legend, grid (rings and spokes), ring values, axis
 * labels, series.
 */

import { tickFormatter } from '../axes.ts';
import { doc, ensureTitle, svgRoot } from '../svg.ts';
import type { ChartContext, ChartOutput } from '../types.ts';
import { scaleLinear } from '../shared/scale-core.ts';
import { axisNotes, axisPlace, drawAxisLabels } from './axis-labels.ts';
import { radarDomain, type RadarData, type RadarOptions } from './data.ts';
import { LABEL_GAP, radarFrame } from './frame.ts';
import { drawGrid, drawRingLabels } from './grid.ts';
import { appendRadarLegend } from './legend.ts';
import { drawSeries } from './series.ts';
import { radarSummary, radarTable } from './summary.ts';

export {
  radarAngle,
  radarDomain,
  radarRuns,
  type RadarData,
  type RadarOptions,
  type RadarRun,
  type RadarSeries,
} from './data.ts';
export { radarSummary } from './summary.ts';

export function renderRadar(
  data: RadarData,
  options: RadarOptions,
  context: ChartContext,
): ChartOutput {
  const d = doc(context);
  const n = data.axes.length;
  const domain = radarDomain(data, options);
  const root = svgRoot(context, 'pantau-radar');
  const legend = appendRadarLegend(d, root, data, context.size);
  const frame = radarFrame(data, domain, context.size, legend.height);

  const rings = options.rings ?? scaleLinear().domain(domain).ticks(4);
  const ringText = tickFormatter(rings, (v) => context.formatValue(v), context.lang);
  root.append(drawGrid(d, frame, rings, n), drawRingLabels(d, frame, rings, ringText));
  // Axis labels: the short name, then the long one and any "belum input" note, each fitted.
  const places = data.axes.map((_, i) =>
    axisPlace(i, n, frame.polar(i, frame.radius + LABEL_GAP), context.size.width),
  );
  root.append(drawAxisLabels(d, data, places, axisNotes(data, context.lang)));
  const series = drawSeries(d, data, frame, options, context);
  root.append(series.node);

  const summary = radarSummary(data, context);
  ensureTitle(root, d, summary);
  return {
    node: root,
    marks: series.marks,
    table: radarTable(data, options.axisTitle, context),
    summary,
    ...(data.series.length > 1 ? { legend: legend.items } : {}),
    surface: 'svg',
  };
}
