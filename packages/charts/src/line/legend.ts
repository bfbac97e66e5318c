/**
 * A line chart's legend: a symbol per named series and a hatch for "belum input", drawn inside
 * the SVG so exports keep it. Many series (a line per unit) must not push the plot off the
 * chart: the legend keeps to about a third of the height and counts the rest, which the data
 * table lists.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import {
  drawLegend,
  legendLayout,
  placeLegendItems,
  seriesSymbol,
  type LegendOptions,
} from '../legend.ts';
import { INK, seriesColor } from '../palette.ts';
import { formatCount } from '../summary.ts';
import type { ChartContext, LegendItem } from '../types.ts';
import type { LineData } from './data.ts';
import { MARGIN } from './frame.ts';

export interface LineLegend {
  items: LegendItem[];
  /** Whether it is drawn (by default with several series, or periods not reported). */
  show: boolean;
  /** Height it takes above the plot, its margin included; 0 when not drawn. */
  height: number;
  options: LegendOptions;
}

/** The legend's items and the room it needs, decided before the plot is laid out. */
export function lineLegend(
  data: LineData,
  anyEmpty: boolean,
  legend: boolean | undefined,
  context: ChartContext,
): LineLegend {
  const { lang } = context;
  // An unnamed single series needs no legend entry; the chart's title names it.
  const unnamed = data.series.length === 1 && data.series[0]!.name === '';
  const items: LegendItem[] = unnamed
    ? []
    : data.series.map((s, i) => ({
        label: s.name,
        color: seriesColor(i),
        symbol: seriesSymbol(i),
      }));
  if (anyEmpty) {
    items.push({
      label: say(CHART_WORDS, lang, 'notReported'),
      color: INK.missing,
      symbol: 'hatch',
    });
  }
  const show = legend ?? (data.series.length > 1 || anyEmpty);
  const options = {
    width: context.size.width - 2 * MARGIN,
    x: MARGIN,
    y: MARGIN,
    line: true,
    maxHeight: Math.max(18, context.size.height * 0.3),
    more: (hidden: number) =>
      lang === 'id'
        ? `+${formatCount(hidden, lang)} lainnya (lihat tabel data)`
        : `+${formatCount(hidden, lang)} more (see the data table)`,
  };
  const height = show
    ? legendLayout(
        items.map((item) => item.label),
        options.width,
        undefined,
        options.maxHeight,
        options.more,
      ).height + MARGIN
    : 0;
  return { items, show, height, options };
}

/** Draws the legend into `root` when shown; returns its items placed where they were drawn. */
export function appendLineLegend(d: Document, root: Element, legend: LineLegend): LegendItem[] {
  if (!legend.show) return legend.items;
  const drawn = drawLegend(d, legend.items, legend.options);
  root.append(drawn.node);
  return placeLegendItems(legend.items, drawn.boxes);
}
