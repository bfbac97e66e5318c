/**
 * Bars: a horizontal ranking (units by IKM, the Simonik view), vertical bars, grouped and stacked
 * series, with value labels, grade colours plus a letter badge (colour is never the only signal), a
 * target line, and "belum input" written where a bar would be: a missing value is never a bar of
 * zero. Order is the query's (sorting is data, not drawing).
 *
 * Stays SVG at any count: bars are one rect each and 2,000+ still draw in a few ms, but a
 * ranking stops being readable long before (labels thin out below about 10 px a bar), so the
 * widget caps rows with `limit` rather than switching to canvas.
 *
 * Composed from parts, each in its own file: the plan (what is drawn), the frame (where), the
 * legend, axes, pieces (bars, values, missing notes), stack totals, the target line, the data
 * table and the summary.
 */

import { drawLegend, placeLegendItems } from '../legend.ts';
import { seriesColor } from '../palette.ts';
import { doc, svgRoot } from '../svg.ts';
import type { ChartContext, ChartOutput, LegendItem } from '../types.ts';
import { drawAxes } from './axes.ts';
import { barsFrame } from './frame.ts';
import { totalLabels } from './labels.ts';
import type { BarsData, BarsOptions } from './options.ts';
import { drawPieces } from './pieces.ts';
import { barsPlan, type BarsPlan } from './plan.ts';
import { barsSummary } from './summary.ts';
import { barsTable } from './table.ts';
import { drawTarget } from './target.ts';

/** Renders bars; see BarsOptions. */
export function renderBars(
  data: BarsData,
  options: BarsOptions,
  context: ChartContext,
): ChartOutput {
  const d = doc(context);
  const plan = barsPlan(data, options, context);
  const root = svgRoot(
    context,
    `pantau-bars pantau-bars-${plan.horizontal ? 'horizontal' : 'vertical'}`,
  );
  // Legend first: its height moves the plot down.
  const legend = barsLegend(d, root, plan, options, context.size.width);
  const frame = barsFrame(plan, legend.height, context);
  drawAxes(d, root, frame, plan.labels, context);
  const pieces = drawPieces(d, frame, plan, options, context);
  if (plan.totals !== null && plan.showValues && frame.valuesFit) {
    const totals = totalLabels(d, frame, plan.pieces, plan.totals, context.formatValue);
    pieces.values.append(...totals);
  }
  root.append(pieces.bars, pieces.values);
  if (plan.target !== null) {
    root.append(drawTarget(d, frame, plan.target, plan.targetText, context.size.height));
  }
  return {
    node: root,
    marks: pieces.marks,
    table: barsTable(plan, options, context),
    summary: barsSummary(plan, options, context),
    ...(legend.items !== undefined ? { legend: legend.items } : {}),
    surface: 'svg',
  };
}

/**
 * The series legend at the top (several series only, unless turned off): its items, placed
 * where drawn, and the height it takes with its margin.
 */
function barsLegend(
  d: Document,
  root: SVGSVGElement,
  plan: BarsPlan,
  options: BarsOptions,
  width: number,
): { items: LegendItem[] | undefined; height: number } {
  if (plan.single) return { items: undefined, height: 0 };
  const items: LegendItem[] = plan.series.map((s, i) => ({
    label: s.name,
    color: seriesColor(i),
    symbol: 'square',
  }));
  if (options.legend === false) return { items, height: 0 };
  const legend = drawLegend(d, items, { width: width - 8, x: 4, y: 4 });
  root.append(legend.node);
  return { items: placeLegendItems(items, legend.boxes), height: legend.height + 8 };
}
