/** A radar's legend: under the chart when there are several series (shape, colour and name). */

import { drawLegend, seriesSymbol } from '../legend.ts';
import { seriesColor } from '../palette.ts';
import { round } from '../svg.ts';
import type { ChartContext, LegendItem } from '../types.ts';
import type { RadarData } from './data.ts';
import { PAD } from './frame.ts';

/** Draws the legend into `root` when there are several series; returns its items and height. */
export function appendRadarLegend(
  d: Document,
  root: Element,
  data: RadarData,
  size: ChartContext['size'],
): { items: LegendItem[]; height: number } {
  const items: LegendItem[] = data.series.map((s, i) => ({
    label: s.name,
    color: seriesColor(i),
    symbol: seriesSymbol(i),
  }));
  if (data.series.length <= 1) return { items, height: 0 };
  const legend = drawLegend(d, items, { width: size.width - 2 * PAD, x: PAD, y: 0 });
  legend.node.setAttribute(
    'transform',
    `translate(${round(PAD)},${round(size.height - PAD - legend.height)})`,
  );
  root.append(legend.node);
  return { items, height: legend.height + PAD };
}
