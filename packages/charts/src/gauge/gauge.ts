/**
 * Gauge: one value on its official category bands (IKM A..D on 25..100, PEKPPP A..F on 0..5, IID
 * predicates on 0..100). A half-ring split into the bands, each in its grade colour and marked
 * with its letter; a needle at the value; the value and its letter and label written in the
 * middle, so the reading never depends on colour. Not reported: no needle, "belum input".
 *
 * Composed from parts: the scale (pure), the dial (ring and bands), boundary ticks, the needle,
 * the readout, and the summary and data table.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { tickFormatter } from '../axes.ts';
import { categoryBadgeText, categoryNote } from '../summary.ts';
import { doc, ensureTitle, svgRoot } from '../svg.ts';
import { textWidth } from '../text.ts';
import type { Box, ChartContext, ChartMark, ChartOutput } from '../types.ts';
import { dialOf, drawBands } from './dial.ts';
import { drawNeedle } from './needle.ts';
import { drawReadout } from './readout.ts';
import {
  gaugeAngle,
  gaugeCategory,
  gaugeDomain,
  gaugeSegments,
  type GaugeData,
  type GaugeOptions,
} from './scale.ts';
import { gaugeSummary, gaugeTable } from './summary.ts';
import { drawTicks, type Boundaries } from './ticks.ts';

export function renderGauge(
  data: GaugeData,
  options: GaugeOptions,
  context: ChartContext,
): ChartOutput {
  const d = doc(context);
  const lang = context.lang;
  const domain = gaugeDomain(options);
  const segments = gaugeSegments(options);
  const category = gaugeCategory(data, options.bands);
  const valueText = context.formatValue(data.value);
  const missing = data.value === null || !Number.isFinite(data.value);
  const root = svgRoot(context, 'pantau-gauge');

  const boundaries = boundariesOf(domain, segments, context);
  const dial = dialOf(context.size, boundaries.endRoom);
  const bands = drawBands(d, dial, segments, options, context);
  root.append(bands.node);
  root.append(drawTicks(d, dial, boundaries, domain));

  let valueBox: Box = {
    x: dial.cx - dial.inner,
    y: dial.cy - dial.inner,
    width: 2 * dial.inner,
    height: dial.inner,
  };
  if (!missing) {
    const needle = drawNeedle(d, dial, gaugeAngle(data.value!, domain));
    root.append(needle.node);
    valueBox = needle.box;
  }
  const reading = { text: valueText, missing, category };
  root.append(drawReadout(d, dial, reading, context.size.width));

  const name = options.label || context.title || say(CHART_WORDS, lang, 'value');
  const valueMark: ChartMark = {
    index: 0,
    label: `${name}: ${valueText}${category === null ? '' : ` (${categoryNote(category)})`}`,
    box: valueBox,
  };
  const summary = gaugeSummary(data, options, context);
  ensureTitle(root, d, options.label || summary);
  return {
    node: root,
    marks: [valueMark, ...bands.marks],
    table: gaugeTable(name, valueText, category, segments, context),
    summary,
    legend: segments.map((s) => ({
      label: categoryBadgeText(s.band),
      color: s.band.color,
      symbol: 'square',
    })),
    surface: 'svg',
  };
}

/** Boundary labels: the domain ends and every band's start, as the scale prints them. */
function boundariesOf(
  domain: [number, number],
  segments: ReturnType<typeof gaugeSegments>,
  context: ChartContext,
): Boundaries {
  const values = [domain[0], ...segments.slice(1).map((s) => s.band.min), domain[1]];
  const text = tickFormatter(values, (v) => context.formatValue(v), context.lang);
  const endRoom = Math.max(textWidth(text(domain[0]), 10), textWidth(text(domain[1]), 10));
  return { values, text, endRoom };
}
