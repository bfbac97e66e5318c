/**
 * Names the ring cannot show: "Lainnya (a, b, c)" for the grouped slice, and the notes under the
 * ring for categories not reported, not computable, or negative (never drawn as a 0 slice).
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { fittedText } from '../axes.ts';
import { INK } from '../palette.ts';
import { svgEl } from '../svg.ts';
import type { ChartContext } from '../types.ts';
import type { DonutData, DonutLayout, DonutSlice } from './layout.ts';
import { LINE, PAD } from './ring.ts';

/** "Lainnya (3 kategori)": the members are named in its title, the table and the summary. */
export function otherName(slice: DonutSlice, data: DonutData, lang: ChartContext['lang']): string {
  const names = slice.indices.map((i) => data.category[i] ?? '');
  return `${say(CHART_WORDS, lang, 'other')} (${names.join(', ')})`;
}

/** A slice's name as written: its category, or "Lainnya (...)". */
export function sliceNamer(
  data: DonutData,
  lang: ChartContext['lang'],
): (slice: DonutSlice) => string {
  return (s) => (s.other ? otherName(s, data, lang) : s.label);
}

/** Notes under the ring: categories not reported, and negatives that cannot be drawn. */
export function noteLines(layout: DonutLayout, data: DonutData, context: ChartContext): string[] {
  const lang = context.lang;
  const names = (rows: number[]) => rows.map((i) => data.category[i] ?? '').join(', ');
  const notes: string[] = [];
  if (layout.notComputable.length > 0)
    notes.push(`${say(CHART_WORDS, lang, 'notComputable')}: ${names(layout.notComputable)}`);
  if (layout.missing.length > 0)
    notes.push(`${say(CHART_WORDS, lang, 'notReported')}: ${names(layout.missing)}`);
  if (layout.negative.length > 0) {
    notes.push(`${say(CHART_WORDS, lang, 'negativeNotDrawn')}: ${names(layout.negative)}`);
  }
  return notes;
}

/** The notes in muted italic, one a line, at the bottom of the chart. */
export function drawNotes(
  d: Document,
  notes: readonly string[],
  size: { width: number; height: number },
): SVGGElement {
  const notesG = svgEl(d, 'g', { class: 'pantau-donut-notes pantau-missing' });
  notes.forEach((note, i) => {
    notesG.append(
      fittedText(
        d,
        {
          x: PAD,
          y: size.height - PAD - (notes.length - 1 - i) * LINE,
          fill: INK.muted,
          'font-style': 'italic',
        },
        note,
        size.width - 2 * PAD,
      ),
    );
  });
  return notesG;
}
