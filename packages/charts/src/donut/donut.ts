/**
 * Donut: shares of a whole (innovations by form, type or stage). Each slice is labelled directly
 * outside the ring with its name and percentage, so nothing depends on matching colours to a
 * legend; below about 300 px of width the labels move to a list under the ring. The total sits
 * in the centre.
 *
 * A category whose value is null is "belum input": no slice, named in a note under the ring,
 * never a 0 slice. A zero is a real answer with no area: no slice, but it stays in the data
 * table. Negative values cannot be shares: they are not drawn and the note says so.
 *
 * Composed from parts: the layout (slices, pure), the ring (size, slices, total), the labels,
 * the notes, the data table and the summary.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { formatShare } from '../number-formats.ts';
import { doc, ensureTitle, svgRoot } from '../svg.ts';
import type { ChartContext, ChartMark, ChartOutput, LegendItem } from '../types.ts';
import { drawLabels } from './labels.ts';
import { donutLayout, type DonutData, type DonutOptions } from './layout.ts';
import { drawNotes, noteLines, sliceNamer } from './notes.ts';
import { drawSlices, drawTotal, LINE, PAD, ringOf, type SliceText } from './ring.ts';
import { donutSummary } from './summary.ts';
import { donutTable } from './table.ts';

export function renderDonut(
  data: DonutData,
  options: DonutOptions,
  context: ChartContext,
): ChartOutput {
  const d = doc(context);
  const lang = context.lang;
  const { width, height } = context.size;
  const layout = donutLayout(data, options);
  const root = svgRoot(context, 'pantau-donut');
  const text: SliceText = {
    name: sliceNamer(data, lang),
    share: (s) => formatShare(s.share, lang),
  };
  const notes = noteLines(layout, data, context);
  const ring = ringOf(layout, notes.length, text, context.size);

  const slices = drawSlices(d, layout, ring, text, options, context);
  root.append(slices.node);
  // Centre: the total of what is drawn.
  const totalLabel = options.totalLabel ?? say(CHART_WORDS, lang, 'total');
  const totalText =
    layout.slices.length === 0 && layout.zero.length === 0
      ? context.formatValue(null)
      : context.formatValue(layout.total);
  root.append(drawTotal(d, ring, totalLabel, totalText));
  const bottom = height - notes.length * LINE - PAD;
  root.append(drawLabels(d, layout, ring, text, { width, bottom }));
  if (notes.length > 0) root.append(drawNotes(d, notes, context.size));

  const marks: ChartMark[] = slices.marks;
  if (marks.length === 0) {
    const { cx, cy, inner } = ring;
    marks.push({
      index: 0,
      label: `${totalLabel}: ${totalText}`,
      box: { x: cx - inner, y: cy - inner, width: 2 * inner, height: 2 * inner },
    });
  }

  const legend: LegendItem[] = layout.slices.map((s) => ({
    label: text.name(s),
    color: s.color,
    symbol: 'square',
  }));
  const summary = donutSummary(layout, data, context);
  ensureTitle(root, d, summary);
  return {
    node: root,
    marks,
    table: donutTable(layout, data, options, context),
    summary,
    legend,
    surface: 'svg',
  };
}
