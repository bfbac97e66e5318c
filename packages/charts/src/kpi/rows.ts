/**
 * The rows under the headline: the change against the previous period (arrow, sign and colour
 * together), a note about the figure, and progress towards the target as a bullet bar.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { fittedText } from '../axes.ts';
import { INK, seriesColor } from '../palette.ts';
import { svgEl } from '../svg.ts';
import { textWidth, truncateText } from '../text.ts';
import { kpiChange, kpiTarget, targetText, type KpiChange, type KpiTarget } from './change.ts';
import type { KpiData, KpiOptions } from './options.ts';
import { kpiCompareLabel } from './period.ts';
import { clamp, PAD, ROW_SIZE, type Tile } from './tile.ts';

/** Change against the previous period, or "previous period not reported". */
export function drawChange(tile: Tile, data: KpiData, options: KpiOptions): void {
  const { d, root, inner, context } = tile;
  const lang = context.lang;
  const change = kpiChange(
    data.value,
    data.previous,
    options.formatChange ?? context.formatValue,
    lang,
    options.higherIsBetter ?? true,
  );
  if (change !== null) {
    const compareLabel = kpiCompareLabel(options, lang);
    root.append(changeText(tile, change, compareLabel));
    tile.rows.push([
      `${say(CHART_WORDS, lang, 'change')} ${compareLabel}`,
      `${change.arrow} ${change.text}`,
    ]);
    tile.rows.push([
      say(CHART_WORDS, lang, 'previousPeriod'),
      context.formatValue(data.previous ?? null),
    ]);
    tile.y += ROW_SIZE + 8;
  } else if (data.value !== null && data.previous === null) {
    root.append(
      fittedText(
        d,
        {
          class: 'pantau-kpi-change pantau-missing',
          x: PAD,
          y: tile.y + ROW_SIZE,
          fill: INK.muted,
        },
        say(CHART_WORDS, lang, 'previousNotReported'),
        inner,
        ROW_SIZE,
      ),
    );
    tile.rows.push([say(CHART_WORDS, lang, 'previousPeriod'), context.formatValue(null)]);
    tile.y += ROW_SIZE + 8;
  }
}

/** "▲ +1,20 vs Mei 2024": the change in its sentiment's colour, what it is against muted. */
function changeText(tile: Tile, change: KpiChange, compareLabel: string): SVGTextElement {
  const { d, inner } = tile;
  const colour =
    change.sentiment === 'good'
      ? INK.positive
      : change.sentiment === 'bad'
        ? INK.negative
        : INK.muted;
  const text = svgEl(d, 'text', {
    class: `pantau-kpi-change pantau-kpi-${change.direction}`,
    x: PAD,
    y: tile.y + ROW_SIZE,
    'font-size': ROW_SIZE,
  });
  const head = `${change.arrow} ${change.text}`;
  text.append(svgEl(d, 'tspan', { fill: colour, 'font-weight': 700 }, head));
  const rest = truncateText(` ${compareLabel}`, inner - textWidth(head, ROW_SIZE, true), ROW_SIZE);
  if (rest.text !== '…') text.append(svgEl(d, 'tspan', { fill: INK.muted }, rest.text));
  return text;
}

/** A warning about the figure ("⚠ n = 50"), its detail in the data table. */
export function drawNote(tile: Tile, note: { line: string; detail: string }): void {
  tile.root.append(
    fittedText(
      tile.d,
      { class: 'pantau-kpi-note', x: PAD, y: tile.y + ROW_SIZE, fill: INK.text },
      note.line,
      tile.inner,
      ROW_SIZE,
    ),
  );
  tile.rows.push([say(CHART_WORDS, tile.context.lang, 'note'), note.detail]);
  tile.y += ROW_SIZE + 8;
}

/** Progress towards the target: a bullet bar from 0, the value filled, a tick at the target. */
export function drawProgress(tile: Tile, data: KpiData, higherIsBetter: boolean): void {
  const { context } = tile;
  const lang = context.lang;
  const target = kpiTarget(data.value, data.target, higherIsBetter);
  if (target === null || data.value === null || data.target == null) return;
  const line = targetText(data.target, target, context.formatValue, lang);
  const at = { x: PAD, y: tile.y, width: tile.inner };
  tile.root.append(drawTarget(tile.d, data.value, data.target, target, line, at));
  tile.rows.push([
    say(CHART_WORDS, lang, 'target'),
    line.replace(`${say(CHART_WORDS, lang, 'target')} `, ''),
  ]);
  tile.y += ROW_SIZE + 16;
}

function drawTarget(
  d: Document,
  value: number,
  targetValue: number,
  target: KpiTarget,
  line: string,
  at: { x: number; y: number; width: number },
): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-kpi-target' });
  g.append(
    fittedText(
      d,
      { x: at.x, y: at.y + ROW_SIZE, fill: target.met ? INK.positive : INK.text },
      line,
      at.width,
      ROW_SIZE,
    ),
  );
  // Bullet bar: 0 .. a bit beyond the larger of value and target.
  const top = at.y + ROW_SIZE + 5;
  const max = Math.max(value, targetValue, 0) * 1.1 || 1;
  const x = (v: number) => at.x + (clamp(v, 0, max) / max) * at.width;
  g.append(
    svgEl(d, 'rect', { x: at.x, y: top, width: at.width, height: 6, rx: 3, fill: INK.grid }),
  );
  g.append(
    svgEl(d, 'rect', {
      x: at.x,
      y: top,
      width: x(value) - at.x,
      height: 6,
      rx: 3,
      fill: target.met ? INK.positive : seriesColor(0),
    }),
  );
  g.append(
    svgEl(d, 'line', {
      class: 'pantau-target',
      x1: x(targetValue),
      x2: x(targetValue),
      y1: top - 3,
      y2: top + 9,
      stroke: INK.target,
      'stroke-width': 2,
    }),
  );
  return g;
}
