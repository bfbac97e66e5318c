/**
 * Donut: shares of a whole (innovations by form, type or stage). Each slice is labelled directly
 * outside the ring with its name and percentage, so nothing depends on matching colours to a
 * legend; below about 300 px of width the labels move to a list under the ring. The total sits
 * in the centre.
 *
 * Choices: slices under 3% (or beyond the 8 largest) are grouped into one "Lainnya" slice, but
 * only when at least two would be grouped (one small slice stays itself). A category whose value
 * is null is "belum input": no slice, named in a note under the ring, never a 0 slice. A zero is
 * a real answer with no area: no slice, but it stays in the data table. Negative values cannot be
 * shares: they are not drawn and the note says so.
 */

import { arc } from 'd3-shape';
import { fittedText } from './axes.ts';
import { numberFormat } from './number-formats.ts';
import { INK, seriesColor } from './palette.ts';
import { doc, ensureTitle, round, svgEl, svgRoot } from './svg.ts';
import { fitLabels } from './shared/label-fit.ts';
import { LABEL_FONT_SIZE, textWidth } from './text.ts';
import type { Box, ChartContext, ChartMark, ChartOutput, LegendItem } from './types.ts';
import {
  formatCount,
  joinSentences,
  missingSentence,
  notComputableSentence,
  rankingSummary,
} from './summary.ts';
import { word } from './words.ts';

export interface DonutData {
  category: readonly string[];
  /** One value per category; null = not reported. */
  value: readonly (number | null)[];
  /** Colour per category (e.g. grade colours); missing entries get series colours. */
  color?: readonly (string | null | undefined)[];
}

export interface DonutOptions {
  /** Slices under this share are grouped into "Lainnya"; default 0.03. 0 turns grouping off. */
  otherBelow?: number;
  /** At most this many slices, "Lainnya" included; default 8. */
  maxSlices?: number;
  /** Largest first, clockwise from 12 o'clock (default), or false to keep the input order. */
  sort?: boolean;
  /** Centre label; default "Total". */
  totalLabel?: string;
  /** Header of the category column in the data table. */
  categoryLabel?: string;
  /** Header of the value column in the data table. */
  valueLabel?: string;
  /** Field name for a slice's `selection` (`{ [categoryField]: category }`). */
  categoryField?: string;
}

export interface DonutSlice {
  label: string;
  value: number;
  share: number;
  /** Radians, 0 at 12 o'clock, clockwise (d3-shape's convention). */
  startAngle: number;
  endAngle: number;
  color: string;
  /** Input rows drawn by this slice (several for "Lainnya"). */
  indices: number[];
  other: boolean;
}

export interface DonutLayout {
  slices: DonutSlice[];
  /** Sum of the drawn (positive) values. */
  total: number;
  missing: number[];
  /** Rows whose value is not computable (NaN: a ratio over zero): no slice, named in a note. */
  notComputable: number[];
  zero: number[];
  negative: number[];
}

/** A share as a percentage in the chart's language: 0.545 -> "54,5%" / "54.5%". */
export function formatShare(fraction: number, lang: ChartContext['lang'], digits = 1): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}

const DEFAULT_OTHER_BELOW = 0.03;
const DEFAULT_MAX_SLICES = 8;
const OTHER_COLOR = INK.axis;

/** Slices and their angles: the pure part of the donut, tested in Node. */
export function donutLayout(data: DonutData, options: DonutOptions = {}): DonutLayout {
  const n = Math.min(data.category.length, data.value.length);
  const missing: number[] = [];
  const notComputable: number[] = [];
  const zero: number[] = [];
  const negative: number[] = [];
  let positive: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = data.value[i];
    if (v === null || v === undefined) missing.push(i);
    else if (!Number.isFinite(v)) notComputable.push(i);
    else if (v === 0) zero.push(i);
    else if (v < 0) negative.push(i);
    else positive.push(i);
  }
  const total = positive.reduce((sum, i) => sum + data.value[i]!, 0);
  if (options.sort ?? true) {
    // Stable: equal values keep their input order.
    positive = [...positive].sort((a, b) => data.value[b]! - data.value[a]!);
  }

  const otherBelow = options.otherBelow ?? DEFAULT_OTHER_BELOW;
  const maxSlices = Math.max(2, options.maxSlices ?? DEFAULT_MAX_SLICES);
  const byValue = [...positive].sort((a, b) => data.value[b]! - data.value[a]!);
  const keep = new Set(byValue.slice(0, maxSlices - 1));
  if (byValue.length === maxSlices) keep.add(byValue[maxSlices - 1]!);
  const grouped = positive.filter((i) => !keep.has(i) || data.value[i]! / total < otherBelow);
  const own = grouped.length >= 2 ? positive.filter((i) => !grouped.includes(i)) : positive;

  const colorOf = (i: number) => data.color?.[i] ?? seriesColor(i);
  const parts: Omit<DonutSlice, 'startAngle' | 'endAngle'>[] = own.map((i) => ({
    label: data.category[i] ?? '',
    value: data.value[i]!,
    share: data.value[i]! / total,
    color: colorOf(i),
    indices: [i],
    other: false,
  }));
  if (grouped.length >= 2) {
    const value = grouped.reduce((sum, i) => sum + data.value[i]!, 0);
    parts.push({
      label: '',
      value,
      share: value / total,
      color: OTHER_COLOR,
      indices: grouped,
      other: true,
    });
  }

  let angle = 0;
  const slices = parts.map((part) => {
    const startAngle = angle;
    angle += part.share * 2 * Math.PI;
    return { ...part, startAngle, endAngle: angle };
  });
  return { slices, total, missing, notComputable, zero, negative };
}

const PAD = 8;
const LINE = 15;
const ELBOW = 10;
const MIN_RADIUS = 48;

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
  const sliceName = (s: DonutSlice) => (s.other ? otherName(s, data, lang) : s.label);
  const labelText = (s: DonutSlice) => formatShare(s.share, lang);

  const notes = noteLines(layout, data, context);
  const notesHeight = notes.length * LINE;

  // Outside labels need a column on each side; if that leaves too small a ring, list them below.
  // Names wrap onto two lines, so the column need not hold the longest name on one line.
  const labelColumn = Math.min(
    width * 0.32,
    Math.max(0, ...layout.slices.map((s) => textWidth(`${sliceName(s)} ${labelText(s)}`))),
  );
  const outsideRadius = Math.min(
    (height - notesHeight - 2 * PAD) / 2 - 6,
    width / 2 - labelColumn - ELBOW - 2 * PAD,
  );
  const outside = outsideRadius >= MIN_RADIUS;
  const listHeight = outside ? 0 : layout.slices.length * LINE + 4;
  const radius = outside
    ? outsideRadius
    : Math.max(16, Math.min(width / 2 - PAD, (height - notesHeight - listHeight - 2 * PAD) / 2));
  const cx = width / 2;
  const cy = outside ? (height - notesHeight) / 2 : PAD + radius;
  const inner = radius * 0.6;

  const path = arc<DonutSlice>()
    .innerRadius(inner)
    .outerRadius(radius)
    .padAngle(layout.slices.length > 1 ? 0.01 : 0);
  const marks: ChartMark[] = [];
  const slicesG = svgEl(d, 'g', {
    class: 'pantau-donut-slices',
    transform: `translate(${round(cx)},${round(cy)})`,
  });
  if (layout.slices.length === 0) {
    // Nothing to share out: an empty dashed ring, not a full circle of some colour.
    slicesG.append(
      svgEl(d, 'circle', {
        r: (radius + inner) / 2,
        fill: 'none',
        stroke: INK.missing,
        'stroke-width': radius - inner,
        'stroke-dasharray': '4 4',
        'stroke-opacity': 0.35,
      }),
    );
  }
  layout.slices.forEach((slice) => {
    const name = sliceName(slice);
    const value = context.formatValue(slice.value);
    const el = svgEl(d, 'path', {
      class: slice.other ? 'pantau-donut-slice pantau-other' : 'pantau-donut-slice',
      d: path(slice) ?? '',
      fill: slice.color,
      stroke: INK.surface,
      'stroke-width': 1,
    });
    el.append(svgEl(d, 'title', {}, `${name}: ${value} (${labelText(slice)})`));
    slicesG.append(el);
    const field = options.categoryField;
    marks.push({
      index: slice.indices[0]!,
      label: `${name}: ${value} (${labelText(slice)})`,
      box: arcBox(slice, inner, radius, cx, cy),
      ...(field !== undefined && !slice.other ? { selection: { [field]: slice.label } } : {}),
    });
  });
  root.append(slicesG);

  // Centre: the total of what is drawn.
  const totalText =
    layout.slices.length === 0 && layout.zero.length === 0
      ? context.formatValue(null)
      : context.formatValue(layout.total);
  const centre = svgEl(d, 'g', { class: 'pantau-donut-total', 'text-anchor': 'middle' });
  const totalSize = Math.max(12, Math.min(24, (inner * 1.6) / Math.max(1, totalText.length * 0.6)));
  centre.append(
    svgEl(
      d,
      'text',
      { x: cx, y: cy - 4, fill: INK.muted, 'font-size': 11 },
      options.totalLabel ?? word('total', lang),
    ),
    svgEl(
      d,
      'text',
      {
        x: cx,
        y: cy + totalSize * 0.8,
        fill: INK.text,
        'font-size': round(totalSize),
        'font-weight': 700,
      },
      totalText,
    ),
  );
  root.append(centre);

  const labelsG = svgEl(d, 'g', { class: 'pantau-donut-labels' });
  if (outside) {
    const right = width - PAD - (cx + radius + ELBOW + 4);
    const left = cx - radius - ELBOW - 4 - PAD;
    // Fitted together, so names that share a start keep what tells them apart.
    const texts = fitLabels(
      layout.slices.map(sliceName),
      layout.slices.map((slice) => {
        const mid = (slice.startAngle + slice.endAngle) / 2;
        return Math.sin(mid) >= 0 ? right : left;
      }),
      {
        lines: 2,
        reserveLast: layout.slices.map((s) => textWidth(` ${labelText(s)}`, LABEL_FONT_SIZE, true)),
      },
    );
    const placed = placeOutside(
      layout.slices,
      texts.map((t) => t.lines.length * LINE),
      radius,
      cx,
      cy,
      height - notesHeight - PAD,
    );
    placed.forEach((p, i) => {
      const slice = p.slice;
      const label = texts[i]!;
      const x = cx + p.side * (radius + ELBOW + 4);
      labelsG.append(
        svgEl(d, 'polyline', {
          points: `${round(p.ax)},${round(p.ay)} ${round(p.ex)},${round(p.y)} ${round(x - p.side * 2)},${round(p.y)}`,
          fill: 'none',
          stroke: INK.axis,
          'stroke-width': 1,
        }),
      );
      const text = svgEl(d, 'text', {
        x,
        y: p.y - ((label.lines.length - 1) * LINE) / 2,
        dy: '0.32em',
        'text-anchor': p.side > 0 ? 'start' : 'end',
        fill: INK.text,
      });
      label.lines.forEach((line, k) => {
        const last = k === label.lines.length - 1;
        const attrs = k === 0 ? {} : { x, dy: LINE };
        const share = { 'font-weight': 700 };
        if (!last) text.append(svgEl(d, 'tspan', attrs, line));
        else if (line === '') {
          // An empty tspan places nothing: the share itself starts the new line.
          text.append(svgEl(d, 'tspan', { ...attrs, ...share }, labelText(slice)));
        } else {
          text.append(svgEl(d, 'tspan', attrs, `${line} `));
          text.append(svgEl(d, 'tspan', share, labelText(slice)));
        }
      });
      // The title must come first for browsers to show it as the tooltip.
      if (label.truncated) text.prepend(svgEl(d, 'title', {}, sliceName(slice)));
      labelsG.append(text);
    });
  } else {
    // Narrow: a list under the ring, each row with its swatch, name and share.
    let y = cy + radius + PAD + LINE - 4;
    const names = fitLabels(
      layout.slices.map(sliceName),
      layout.slices.map((s) => width - 2 * PAD - 16 - textWidth(` ${labelText(s)}`, 12, true)),
    );
    for (const [i, slice] of layout.slices.entries()) {
      const share = labelText(slice);
      const name = { text: names[i]!.lines[0] ?? '', truncated: names[i]!.truncated };
      labelsG.append(
        svgEl(d, 'rect', { x: PAD, y: y - 9, width: 10, height: 10, fill: slice.color }),
      );
      const text = svgEl(d, 'text', { x: PAD + 16, y, fill: INK.text });
      text.append(
        svgEl(d, 'tspan', {}, `${name.text} `),
        svgEl(d, 'tspan', { 'font-weight': 700 }, share),
      );
      // The title must come first for browsers to show it as the tooltip.
      if (name.truncated) text.prepend(svgEl(d, 'title', {}, sliceName(slice)));
      labelsG.append(text);
      y += LINE;
    }
  }
  root.append(labelsG);

  if (notes.length > 0) {
    const notesG = svgEl(d, 'g', { class: 'pantau-donut-notes pantau-missing' });
    notes.forEach((note, i) => {
      notesG.append(
        fittedText(
          d,
          {
            x: PAD,
            y: height - PAD - (notes.length - 1 - i) * LINE,
            fill: INK.muted,
            'font-style': 'italic',
          },
          note,
          width - 2 * PAD,
        ),
      );
    });
    root.append(notesG);
  }

  if (marks.length === 0) {
    marks.push({
      index: 0,
      label: `${options.totalLabel ?? word('total', lang)}: ${totalText}`,
      box: { x: cx - inner, y: cy - inner, width: 2 * inner, height: 2 * inner },
    });
  }

  const legend: LegendItem[] = layout.slices.map((s) => ({
    label: sliceName(s),
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

/** The data table: drawn slices (with "Lainnya" naming its members), then zeros, negatives, missing. */
function donutTable(
  layout: DonutLayout,
  data: DonutData,
  options: DonutOptions,
  context: ChartContext,
): ChartOutput['table'] {
  const lang = context.lang;
  const rows = layout.slices.map((s) => [
    s.other ? otherName(s, data, lang) : s.label,
    context.formatValue(s.value),
    formatShare(s.share, lang),
  ]);
  for (const i of layout.zero)
    rows.push([data.category[i] ?? '', context.formatValue(0), formatShare(0, lang)]);
  for (const i of layout.negative) {
    rows.push([
      data.category[i] ?? '',
      context.formatValue(data.value[i]!),
      word('negativeNotDrawn', lang),
    ]);
  }
  for (const i of layout.notComputable)
    rows.push([data.category[i] ?? '', context.formatValue(Number.NaN), '']);
  for (const i of layout.missing)
    rows.push([data.category[i] ?? '', context.formatValue(null), '']);
  rows.push([
    options.totalLabel ?? word('total', lang),
    context.formatValue(layout.total),
    formatShare(layout.total > 0 ? 1 : 0, lang),
  ]);
  return {
    caption: context.title ?? '',
    headers: [
      options.categoryLabel ?? word('category', lang),
      options.valueLabel ?? word('value', lang),
      word('share', lang),
    ],
    rows,
    numeric: [false, true, true],
  };
}

/** The noun counted in "2 kategori belum input". */
const CATEGORY_NOUN = Object.freeze({ id: 'kategori', en: 'category', enPlural: 'categories' });

/**
 * "Tertinggi: inovasi pelayanan publik 30 (56,6%). Terendah: ... Total 53. 1 kategori belum
 * input." Over the categories as given (not "Lainnya"), ties named.
 */
export function donutSummary(layout: DonutLayout, data: DonutData, context: ChartContext): string {
  const lang = context.lang;
  const total = layout.total;
  const withShare = (v: number | null) =>
    v !== null && v >= 0 && total > 0
      ? `${context.formatValue(v)} (${formatShare(v / total, lang)})`
      : context.formatValue(v);
  const n = Math.min(data.category.length, data.value.length);
  const absent = new Set([...layout.missing, ...layout.notComputable]);
  const reported = [...Array(n).keys()].filter((i) => !absent.has(i));
  const ranking =
    reported.length === 0
      ? ''
      : rankingSummary(
          reported.map((i) => data.category[i] ?? ''),
          reported.map((i) => data.value[i] ?? null),
          { lang, formatValue: withShare, noun: CATEGORY_NOUN },
        );
  const sentences = joinSentences(
    ranking,
    reported.length > 0 ? `${word('total', lang)} ${context.formatValue(total)}.` : '',
    layout.negative.length > 0
      ? `${formatCount(layout.negative.length, lang)} ${word('categories', lang)} ${word('negativeNotDrawn', lang)}.`
      : '',
    notComputableSentence(
      layout.notComputable.map((i) => data.category[i] ?? ''),
      { lang, noun: CATEGORY_NOUN },
    ),
    missingSentence(layout.missing.length, { lang, noun: CATEGORY_NOUN }),
  );
  return sentences === '' ? `${word('noData', lang)}.` : sentences;
}

/** "Lainnya (3 kategori)": the members are named in its title, the table and the summary. */
function otherName(slice: DonutSlice, data: DonutData, lang: ContextLang): string {
  const names = slice.indices.map((i) => data.category[i] ?? '');
  return `${word('other', lang)} (${names.join(', ')})`;
}

type ContextLang = ChartContext['lang'];

/** Notes under the ring: categories not reported, and negatives that cannot be drawn. */
function noteLines(layout: DonutLayout, data: DonutData, context: ChartContext): string[] {
  const lang = context.lang;
  const names = (rows: number[]) => rows.map((i) => data.category[i] ?? '').join(', ');
  const notes: string[] = [];
  if (layout.notComputable.length > 0)
    notes.push(`${word('notComputable', lang)}: ${names(layout.notComputable)}`);
  if (layout.missing.length > 0)
    notes.push(`${word('notReported', lang)}: ${names(layout.missing)}`);
  if (layout.negative.length > 0) {
    notes.push(`${word('negativeNotDrawn', lang)}: ${names(layout.negative)}`);
  }
  return notes;
}

interface PlacedLabel {
  slice: DonutSlice;
  /** -1 left, 1 right. */
  side: -1 | 1;
  /** Anchor on the ring, elbow, and the label's centre line. */
  ax: number;
  ay: number;
  ex: number;
  y: number;
}

/**
 * Outside labels on the side their slice faces, centred at the height of its middle, then pushed
 * apart (down, then back up from the bottom edge) so no two overlap; `heights` per label, px.
 */
export function placeOutside(
  slices: readonly DonutSlice[],
  heights: readonly number[],
  radius: number,
  cx: number,
  cy: number,
  bottom: number,
): PlacedLabel[] {
  const placed = slices.map((slice, i) => {
    const mid = (slice.startAngle + slice.endAngle) / 2;
    const side: -1 | 1 = Math.sin(mid) >= 0 ? 1 : -1;
    const sx = Math.sin(mid);
    const sy = -Math.cos(mid);
    return {
      slice,
      side,
      ax: cx + sx * radius,
      ay: cy + sy * radius,
      ex: cx + sx * (radius + ELBOW),
      y: cy + sy * (radius + ELBOW),
      h: heights[i] ?? LINE,
    };
  });
  for (const side of [-1, 1] as const) {
    const column = placed.filter((p) => p.side === side).sort((a, b) => a.y - b.y);
    for (let i = 0; i < column.length; i++) {
      const here = column[i]!;
      const above = column[i - 1];
      const min = above === undefined ? here.h / 2 : above.y + (above.h + here.h) / 2;
      if (here.y < min) here.y = min;
    }
    for (let i = column.length - 1; i >= 0; i--) {
      const here = column[i]!;
      const below = column[i + 1];
      const max = below === undefined ? bottom - here.h / 2 : below.y - (below.h + here.h) / 2;
      if (here.y > max) here.y = max;
    }
  }
  return placed.map(({ h: _h, ...p }) => p);
}

/**
 * A slice label in `room` px: the name on up to two lines and the share in bold after it on the
 * last line, or on a line of its own when the name fills the last line.
 */
export function shareLabel(
  name: string,
  share: string,
  room: number,
): { lines: string[]; truncated: boolean } {
  const shareWidth = textWidth(` ${share}`, LABEL_FONT_SIZE, true);
  return fitLabels([name], room, { lines: 2, reserveLast: shareWidth })[0]!;
}

/** Bounding box of a ring slice: its corners plus any 12/3/6/9 o'clock point it spans. */
function arcBox(slice: DonutSlice, inner: number, outer: number, cx: number, cy: number): Box {
  const angles = [slice.startAngle, slice.endAngle];
  for (let k = 0; k <= 4; k++) {
    const a = (k * Math.PI) / 2;
    if (a > slice.startAngle && a < slice.endAngle) angles.push(a);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (const a of angles) {
    for (const r of [inner, outer]) {
      xs.push(cx + Math.sin(a) * r);
      ys.push(cy - Math.cos(a) * r);
    }
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return {
    x: round(x),
    y: round(y),
    width: round(Math.max(...xs) - x),
    height: round(Math.max(...ys) - y),
  };
}
