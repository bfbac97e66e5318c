/**
 * KPI tile: the headline number of a measure, its change against the previous period, a
 * sparkline of its recent periods, its official category and progress towards a target. Drawn as
 * one SVG (not HTML) so the tile exports to SVG/PNG like every other chart and lays out the same in
 * every browser. The change is shown as arrow, sign and colour together: colour is never the only
 * signal.
 *
 * Composed from parts written top to bottom into a tile: heading (label and period), headline
 * (value and category badge), rows (change, note, target), then the sparkline in the height left.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { seriesColor } from '../palette.ts';
import { doc, ensureTitle, svgRoot } from '../svg.ts';
import type { ChartContext, ChartMark, ChartOutput } from '../types.ts';
import { drawHeading } from './heading.ts';
import { drawCategory, drawValue, type Headline } from './headline.ts';
import type { KpiData, KpiOptions } from './options.ts';
import { kpiPeriodLine } from './period.ts';
import { drawChange, drawNote, drawProgress } from './rows.ts';
import { drawSparkline } from './sparkline.ts';
import { kpiSummary } from './summary.ts';
import { PAD, type Tile } from './tile.ts';

const MIN_SPARK = 20;

/** The KPI tile. Marks: the sparkline's periods, or the value itself when there is no series. */
export function renderKpi(data: KpiData, options: KpiOptions, context: ChartContext): ChartOutput {
  const d = doc(context);
  const lang = context.lang;
  const { width, height } = context.size;
  const label = options.label ?? '';
  const root = svgRoot(context, 'pantau-kpi');
  const tile: Tile = { d, root, context, inner: Math.max(0, width - 2 * PAD), y: PAD, rows: [] };

  drawHeading(tile, label, kpiPeriodLine(options));
  const value = drawValue(tile, data.value, height);
  if (data.category) drawCategory(tile, data.category, value);
  drawChange(tile, data, options);
  if (options.note !== undefined) drawNote(tile, options.note);
  drawProgress(tile, data, options.higherIsBetter ?? true);
  const marks = drawTrend(tile, data, height, label, value);

  const summary = kpiSummary(data, options, context);
  ensureTitle(root, d, label || summary);
  return {
    node: root,
    marks,
    table: {
      caption: label !== '' ? label : (context.title ?? ''),
      headers: [say(CHART_WORDS, lang, 'item'), say(CHART_WORDS, lang, 'value')],
      rows: tile.rows,
      numeric: [false, true],
    },
    summary,
    surface: 'svg',
  };
}

/** The sparkline in whatever height is left; its periods are the marks, else the value is. */
function drawTrend(
  tile: Tile,
  data: KpiData,
  height: number,
  label: string,
  value: Headline,
): ChartMark[] {
  const series = data.series;
  const sparkHeight = height - PAD - tile.y;
  if (series !== undefined && series.values.length > 0 && sparkHeight >= MIN_SPARK) {
    const box = { x: PAD, y: tile.y, width: tile.inner, height: sparkHeight };
    const drawn = drawSparkline(series, box, tile.context, { color: seriesColor(0) });
    tile.root.append(drawn.node);
    tile.rows.push(...drawn.rows);
    if (drawn.marks.length > 0) return drawn.marks;
  }
  const name = label === '' ? say(CHART_WORDS, tile.context.lang, 'value') : label;
  return [{ index: 0, label: `${name}: ${value.text}`, box: value.box }];
}
