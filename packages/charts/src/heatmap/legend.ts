/**
 * A heatmap's legend, above the grid: the grades present (graded data) or the colour ramp, then
 * "belum input" and "tak terhitung" when some cells are.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { drawLegend, drawRampLegend } from '../legend.ts';
import { INK } from '../palette.ts';
import { categoryText } from '../summary.ts';
import type { ChartContext, LegendItem, ValueCategory } from '../types.ts';
import { NOT_COMPUTABLE_FILL } from './colors.ts';
import type { CellScan, HeatmapData } from './data.ts';

/** What the legend lists (and the chart reports as its legend), drawn or not. */
export function heatmapLegendItems(
  data: HeatmapData,
  categoryLegend: readonly ValueCategory[] | undefined,
  cells: CellScan,
  lang: ChartContext['lang'],
): LegendItem[] {
  const items = gradeAndMissingItems(
    data,
    categoryLegend,
    cells.categorical,
    cells.anyMissing,
    lang,
  );
  if (cells.anyNotComputable) {
    items.push({
      label: say(CHART_WORDS, lang, 'notComputable'),
      color: NOT_COMPUTABLE_FILL,
      symbol: 'square',
    });
  }
  return items;
}

/** How the legend is drawn: the box it fits and, for the ramp, its colours and labels. */
export interface LegendPlace {
  x: number;
  y: number;
  width: number;
  domain: [number, number];
  color: (value: number) => string;
  format: (value: number) => string;
}

/** Draws the legend into `root`; returns its height. */
export function appendHeatmapLegend(
  d: Document,
  root: Element,
  items: readonly LegendItem[],
  cells: CellScan,
  place: LegendPlace,
  lang: ChartContext['lang'],
): number {
  const { x, y, width } = place;
  const legend = cells.categorical
    ? drawLegend(d, items, { width, x, y })
    : drawRampLegend(d, {
        width,
        x,
        y,
        domain: place.domain,
        color: place.color,
        format: place.format,
        ...(cells.anyMissing ? { noData: say(CHART_WORDS, lang, 'notReported') } : {}),
      });
  root.append(legend.node);
  return legend.height;
}

function gradeAndMissingItems(
  data: HeatmapData,
  categoryLegend: readonly ValueCategory[] | undefined,
  categorical: boolean,
  anyMissing: boolean,
  lang: ChartContext['lang'],
): LegendItem[] {
  const items: LegendItem[] = [];
  if (categorical) {
    const seen = new Map<string, ValueCategory>();
    for (const category of categoryLegend ?? data.categories ?? []) {
      if (category && !seen.has(category.code)) seen.set(category.code, category);
    }
    for (const category of seen.values()) {
      items.push({ label: categoryText(category, true), color: category.color, symbol: 'square' });
    }
  }
  if (anyMissing)
    items.push({
      label: say(CHART_WORDS, lang, 'notReported'),
      color: INK.missing,
      symbol: 'hatch',
    });
  return items;
}
