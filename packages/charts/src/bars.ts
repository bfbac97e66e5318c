/**
 * Bars: a horizontal ranking (units by IKM, the Simonik view), vertical bars, grouped and stacked
 * series, with value labels, grade colours plus a letter badge (colour is never the only signal), a
 * target line, and "belum input" written where a bar would be: a missing value is never a bar of
 * zero. Order is the query's (sorting is data, not drawing).
 *
 * Stays SVG at any count: bars are one rect each and 2,000+ still draw in a few ms, but a
 * ranking stops being readable long before (labels thin out below about 10 px a bar), so the
 * widget caps rows with `limit` rather than switching to canvas.
 */

import type { ScaleBand, ScaleLinear } from 'd3-scale';
import { chartValue, isNotComputable, isPlaced } from './absent.ts';
import { bandAxis, continuousAxis, fittedText, tickFormatter, TICK_PADDING } from './axes.ts';
import { hatchPath } from './hatch.ts';
import { drawLegend, placeLegendItems } from './legend.ts';
import { INK, seriesColor } from './palette.ts';
import { bandScale, tickCount, valueExtent, valueScale } from './scales.ts';
import {
  categoryText,
  formatCount,
  joinSentences,
  rankingSummary,
  valueWithCategory,
  type SummaryNoun,
} from './summary.ts';
import { doc, round, svgEl, svgRoot } from './svg.ts';
import { LABEL_FONT_SIZE, textWidth, widestText } from './text.ts';
import type {
  Box,
  ChartContext,
  ChartMark,
  ChartOutput,
  DataTable,
  LegendItem,
  ValueCategory,
  ValueFormatter,
} from './types.ts';
import { word } from './words.ts';

export interface BarSeries {
  name: string;
  values: readonly (number | null)[];
}

/** One value per label (a ranking). */
export interface SingleBarsData {
  labels: readonly string[];
  values: readonly (number | null)[];
}

/** Several values per label (years side by side, or parts of a whole). */
export interface SeriesBarsData {
  labels: readonly string[];
  series: readonly BarSeries[];
}

export type BarsData = SingleBarsData | SeriesBarsData;

export type BarOrientation = 'horizontal' | 'vertical';
export type BarMode = 'single' | 'grouped' | 'stacked';

export interface BarsOptions {
  /** Default: vertical for a few short labels, horizontal (a ranking) otherwise. */
  orientation?: BarOrientation;
  /** Default: `single` for `values`, `grouped` for `series`. */
  mode?: BarMode;
  /** A reference value drawn as a dashed line with its label ("Target 80,00"). */
  target?: number | null;
  /** Label of the target line; default "Target". */
  targetLabel?: string;
  /** Grade per label (single series): bar colour and a letter badge next to the value. */
  categories?: readonly (ValueCategory | null)[];
  /**
   * A short note per label (single series), written after its value, in its mark's label and in
   * a column of the data table: e.g. "⚠ n = 50" for an IKM from too few respondents.
   */
  notes?: readonly (string | null)[];
  /** Value labels at the bars' ends. Default true. */
  showValues?: boolean;
  /** Column the labels come from: marks select `{ [xField]: label }`. */
  xField?: string;
  /** Column the series come from: marks of a series also select `{ [seriesField]: name }`. */
  seriesField?: string;
  /** Header of the label column in the data table (default: xField, else "Label"). */
  labelHeader?: string;
  /** Header of the value column for a single series (default "Nilai" / "Value"). */
  valueHeader?: string;
  /** What the labels are, for "3 unit belum input" (default unit/units). */
  noun?: SummaryNoun;
  /** Draw the series legend inside the SVG (so exports keep it). Default true. */
  legend?: boolean;
}

/** Thickest a bar band gets (px): three units should not become three slabs. */
const MAX_STEP_HORIZONTAL = 40;
const MAX_STEP_VERTICAL = 96;
/** Smallest band step (px) that still gets its own label and value. */
const MIN_LABELLED_STEP = 10;
const VALUE_FONT_SIZE = 11;
const BADGE_FONT_SIZE = 10;
const BADGE_HEIGHT = 14;
const GAP = 4;
/** Room for a slanted column label before it is cut (its full text stays in a <title>). */
const ROTATED_LABEL_WIDTH = 130;

/** Room per bar band (px) in a ranking, for `preferredBarsHeight`. */
const BAR_STEP = 28;

/**
 * The height a horizontal chart of `count` labels reads well at (about 28 px a bar, more for
 * grouped series): the widget sizes its frame with it so a ranking is neither cramped nor slabs.
 */
export function preferredBarsHeight(
  count: number,
  options: { series?: number; mode?: BarMode; legend?: boolean; target?: boolean } = {},
): number {
  const grouped = options.mode === 'grouped' ? Math.max(1, options.series ?? 1) : 1;
  const step = grouped > 1 ? 14 * grouped + 10 : BAR_STEP;
  const legend = options.legend === true ? 28 : 0;
  const target = options.target === true ? 16 : 0;
  return Math.round(8 + legend + target + Math.max(1, count) * step + 26);
}

/** Vertical for a handful of short labels that fit under their bars; horizontal otherwise. */
export function chooseOrientation(labels: readonly string[], width: number): BarOrientation {
  if (labels.length === 0 || labels.length > 12) return 'horizontal';
  const step = (width * 0.85) / labels.length;
  return widestText(labels) <= step - 8 ? 'vertical' : 'horizontal';
}

/** The series of either data shape, and whether it came as one. */
function seriesOf(data: BarsData): { series: readonly BarSeries[]; single: boolean } {
  if ('series' in data) return { series: data.series, single: false };
  return { series: [{ name: '', values: data.values }], single: true };
}

/** A finite number, null (not reported) or NaN (not computable). */
function valueAt(series: BarSeries, i: number): number | null {
  return chartValue(series.values[i]);
}

/**
 * Sums of the reported parts per label; null when no part is reported, NaN when a part is not
 * computable (a total leaving it out would be a wrong total).
 */
export function stackTotals(
  labels: readonly string[],
  series: readonly BarSeries[],
): (number | null)[] {
  return labels.map((_, i) => {
    let total: number | null = null;
    for (const s of series) {
      const v = valueAt(s, i);
      if (v !== null) total = (total ?? 0) + v; // NaN stays NaN
    }
    return total;
  });
}

/** One drawn (or missing) value: where, in which series, and its extent on the value axis. */
interface BarPiece {
  label: number;
  series: number;
  value: number | null;
  /** Start and end along the value axis (data units); equal for a missing value. */
  from: number;
  to: number;
}

/** The pieces in reading order: label by label, series by series. */
function layoutPieces(
  labels: readonly string[],
  series: readonly BarSeries[],
  mode: BarMode,
): BarPiece[] {
  const pieces: BarPiece[] = [];
  labels.forEach((_, label) => {
    // Stacks grow away from zero on each side, so negative parts never hide positive ones.
    let up = 0;
    let down = 0;
    series.forEach((s, si) => {
      const value = valueAt(s, label);
      if (!isPlaced(value)) {
        pieces.push({ label, series: si, value, from: 0, to: 0 });
      } else if (mode === 'stacked') {
        const from = value >= 0 ? up : down;
        const to = from + value;
        if (value >= 0) up = to;
        else down = to;
        pieces.push({ label, series: si, value, from, to });
      } else {
        pieces.push({ label, series: si, value, from: 0, to: value });
      }
    });
  });
  return pieces;
}

/** Everything the drawing needs to know about where things go. */
interface Frame {
  horizontal: boolean;
  band: ScaleBand<string>;
  value: ScaleLinear<number, number>;
  /** Sub-bands for grouped series, or null. */
  inner: ScaleBand<string> | null;
  plot: Box;
  /** Every n-th label is drawn (1 = all); fewer when bars get thinner than a line of text. */
  labelsEvery: number;
  valuesFit: boolean;
  /** Vertical bars whose labels do not fit under them: labels slant. */
  rotate: boolean;
}

/** Renders bars; see BarsOptions. */
export function renderBars(
  data: BarsData,
  options: BarsOptions,
  context: ChartContext,
): ChartOutput {
  const d = doc(context);
  const { lang, formatValue } = context;
  const { width, height } = context.size;
  const labels = data.labels;
  const { series, single } = seriesOf(data);
  const mode: BarMode = single ? 'single' : (options.mode ?? 'grouped');
  const horizontal = (options.orientation ?? chooseOrientation(labels, width)) === 'horizontal';
  const showValues = options.showValues !== false;
  const categories = mode === 'single' ? options.categories : undefined;
  const target = options.target ?? null;
  const targetText = `${options.targetLabel ?? word('target', lang)} ${formatValue(target)}`;
  const pieces = layoutPieces(labels, series, mode);
  const totals = mode === 'stacked' ? stackTotals(labels, series) : null;

  const root = svgRoot(
    context,
    `pantau-bars pantau-bars-${horizontal ? 'horizontal' : 'vertical'}`,
  );

  // Legend first: its height moves the plot down.
  let legendItems: LegendItem[] | undefined = single
    ? undefined
    : series.map((s, i) => ({ label: s.name, color: seriesColor(i), symbol: 'square' }));
  let legendHeight = 0;
  if (legendItems !== undefined && options.legend !== false) {
    const legend = drawLegend(d, legendItems, { width: width - 8, x: 4, y: 4 });
    root.append(legend.node);
    legendHeight = legend.height + 8;
    legendItems = placeLegendItems(legendItems, legend.boxes);
  }

  const notes = mode === 'single' ? options.notes : undefined;
  /** The value as written at a bar's end, with its note. */
  const endText = (piece: BarPiece) => {
    const note = notes?.[piece.label];
    return note ? `${formatValue(piece.value)} ${note}` : formatValue(piece.value);
  };
  // Text that sits at a bar's end, used to reserve room for it.
  const endTexts = pieces.map((p) => (mode === 'stacked' ? '' : endText(p)));
  if (totals !== null) totals.forEach((t) => endTexts.push(formatValue(t)));
  const badgeRoom = categories?.some((c) => c) ? badgeWidth(categories) + GAP : 0;
  const valueRoom = showValues
    ? widestText(endTexts, 160, VALUE_FONT_SIZE) + badgeRoom + GAP * 2
    : 0;

  const frame = horizontal ? horizontalFrame() : verticalFrame();

  function horizontalFrame(): Frame {
    const top = 4 + legendHeight + (target !== null ? 16 : 0);
    const axisHeight = 22;
    const labelWidth = Math.min(widestText(labels) + 2, Math.max(48, width * 0.38));
    const left = labelWidth + TICK_PADDING + 2;
    const right = Math.max(left + 20, width - 8 - valueRoom);
    const available = Math.max(10, height - top - axisHeight);
    const bandLength = Math.min(available, labels.length * MAX_STEP_HORIZONTAL);
    const band = bandScale(keysOf(labels), [top, top + bandLength], 0.25);
    const value = valueScale(
      extentOf(pieces, totals, target),
      [left, right],
      tickCount(right - left, 70),
    );
    return {
      horizontal: true,
      band,
      value,
      inner: innerScale(band, series, mode),
      plot: { x: left, y: top, width: right - left, height: bandLength },
      labelsEvery: Math.max(1, Math.ceil(MIN_LABELLED_STEP / Math.max(band.step(), 0.01))),
      valuesFit: band.step() >= MIN_LABELLED_STEP,
      rotate: false,
    };
  }

  function verticalFrame(): Frame {
    const top = 4 + legendHeight + (showValues ? 16 + (badgeRoom > 0 ? BADGE_HEIGHT + 2 : 0) : 8);
    const tickValues = valueScale(extentOf(pieces, totals, target), [0, 1]).ticks(5);
    const formatTick = tickFormatter(tickValues, formatValue, lang);
    const tickRoom = widestText(tickValues.map(formatTick), 80, VALUE_FONT_SIZE) + 14;
    // The target's label sits right of the plot, where no column or value label can be.
    const targetRoom = target !== null ? textWidth(targetText, VALUE_FONT_SIZE, true) + GAP * 2 : 0;
    const right = width - 8 - targetRoom;
    // Grouped columns get room for each series before the cap; a capped set sits centred.
    const maxStep =
      MAX_STEP_VERTICAL * (mode === 'grouped' ? Math.max(1, series.length * 0.75) : 1);
    const stepFor = (left: number) =>
      Math.min(maxStep, Math.max(10, right - left) / Math.max(1, labels.length));
    const rotate = widestText(labels) > stepFor(tickRoom) - 4;
    // A slanted first label reaches left of its column (cos 40° of its length): keep it inside.
    const slant = rotate ? Math.min(widestText(labels), ROTATED_LABEL_WIDTH) * 0.77 + 4 : 0;
    const left = Math.max(tickRoom, slant - stepFor(tickRoom) / 2);
    const availableWidth = Math.max(10, right - left);
    const step = stepFor(left);
    const labelBand = rotate
      ? Math.min(widestText(labels), ROTATED_LABEL_WIDTH) * 0.66 + LABEL_FONT_SIZE + 8
      : 22;
    const bottom = Math.max(top + 10, height - labelBand);
    const start = left + Math.max(0, (availableWidth - step * labels.length) / 2);
    const band = bandScale(keysOf(labels), [start, start + step * labels.length], 0.25);
    const value = valueScale(
      extentOf(pieces, totals, target),
      [bottom, top],
      tickCount(bottom - top, 40),
    );
    return {
      horizontal: false,
      band,
      value,
      inner: innerScale(band, series, mode),
      plot: { x: left, y: top, width: availableWidth, height: bottom - top },
      labelsEvery: 1,
      valuesFit: band.bandwidth() >= MIN_LABELLED_STEP,
      rotate,
    };
  }

  drawAxes(d, root, frame, labels, context);

  const marks: ChartMark[] = [];
  const barsGroup = svgEl(d, 'g', { class: 'pantau-bars-marks' });
  const labelsGroup = svgEl(d, 'g', {
    class: 'pantau-bars-values',
    'font-size': VALUE_FONT_SIZE,
    fill: INK.text,
  });
  for (const piece of pieces) {
    const box = pieceBox(frame, piece);
    const category = categories?.[piece.label] ?? null;
    const name = labels[piece.label] ?? '';
    const seriesName = series[piece.series]?.name ?? '';
    // A stack with no part reported is one "belum input" for the unit, not one per part.
    const wholeStackMissing = mode === 'stacked' && totals?.[piece.label] === null;
    const who = single || wholeStackMissing ? name : `${name}, ${seriesName}`;
    const note = notes?.[piece.label];
    const markLabel = `${who}: ${valueWithCategory(piece.value, category, formatValue, true)}${note ? `, ${note}` : ''}`;
    const selection = selectionOf(options, name, single || wholeStackMissing ? null : seriesName);
    if (!isPlaced(piece.value)) {
      // Stacked: one "belum input" per label, only when no part of it is reported.
      if (mode === 'stacked' && (!wholeStackMissing || piece.series > 0)) continue;
      // "tak terhitung (dibagi nol)" for NaN, "belum input" for null: formatValue tells them apart.
      const missing = drawMissing(
        d,
        frame,
        box,
        piece.value,
        formatValue,
        mode === 'stacked' || single,
      );
      barsGroup.append(missing.node);
      marks.push(mark(piece, markLabel, missing.box, selection, mode));
      continue;
    }
    const fill = category?.color ?? seriesColor(single ? 0 : piece.series);
    const rect = svgEl(d, 'rect', {
      class: 'pantau-bar',
      ...boxAttrs(box),
      fill,
    });
    rect.append(svgEl(d, 'title', {}, markLabel));
    barsGroup.append(rect);
    marks.push(mark(piece, markLabel, hitBox(box, frame.horizontal), selection, mode));
    if (showValues && frame.valuesFit) {
      if (mode === 'stacked') {
        const inside = insideLabel(d, frame, box, formatValue(piece.value));
        if (inside) labelsGroup.append(inside);
      } else {
        labelsGroup.append(...endLabel(d, frame, box, piece, endText(piece), category));
      }
    }
  }
  if (totals !== null && showValues && frame.valuesFit) {
    totals.forEach((total, i) => {
      if (!isPlaced(total)) return;
      const key = String(i);
      const start = frame.band(key) ?? 0;
      const box = frame.horizontal
        ? {
            x: frame.value(0),
            y: start,
            width: frame.value(total) - frame.value(0),
            height: frame.band.bandwidth(),
          }
        : {
            x: start,
            y: frame.value(total),
            width: frame.band.bandwidth(),
            height: frame.value(0) - frame.value(total),
          };
      const positive = pieces
        .filter((p) => p.label === i && isPlaced(p.value))
        .reduce((m, p) => Math.max(m, p.to), 0);
      const end = frame.horizontal
        ? { ...box, width: frame.value(positive) - frame.value(0) }
        : { ...box, y: frame.value(positive), height: frame.value(0) - frame.value(positive) };
      labelsGroup.append(
        ...endLabel(
          d,
          frame,
          end,
          { label: i, series: 0, value: 1, from: 0, to: 1 },
          formatValue(total),
          null,
          true,
        ),
      );
    });
  }
  root.append(barsGroup, labelsGroup);
  if (target !== null) root.append(drawTarget(d, frame, target, targetText, height));

  return {
    node: root,
    marks,
    table: barsTable(labels, series, single, totals, categories, options, context),
    summary: barsSummary(labels, series, single, totals, categories, options, context),
    ...(legendItems !== undefined ? { legend: legendItems } : {}),
    surface: 'svg',
  };
}

/** Band keys are row indices: two units with the same name still get two bars. */
function keysOf(labels: readonly string[]): string[] {
  return labels.map((_, i) => String(i));
}

function innerScale(
  band: ScaleBand<string>,
  series: readonly BarSeries[],
  mode: BarMode,
): ScaleBand<string> | null {
  if (mode !== 'grouped' || series.length < 2) return null;
  return bandScale(keysOf(series.map((s) => s.name)), [0, band.bandwidth()], 0.08).paddingOuter(0);
}

function extentOf(
  pieces: readonly BarPiece[],
  totals: readonly (number | null)[] | null,
  target: number | null,
): [number, number] {
  const ends: (number | null)[] = pieces.map((p) => (isPlaced(p.value) ? p.to : null));
  if (totals !== null) for (const p of pieces) ends.push(p.from);
  if (target !== null && Number.isFinite(target)) ends.push(target);
  return valueExtent(ends);
}

function pieceBox(frame: Frame, piece: BarPiece): Box {
  const key = String(piece.label);
  let start = frame.band(key) ?? 0;
  let size = frame.band.bandwidth();
  if (frame.inner !== null) {
    start += frame.inner(String(piece.series)) ?? 0;
    size = frame.inner.bandwidth();
  }
  const a = frame.value(piece.from);
  const b = frame.value(piece.to);
  return frame.horizontal
    ? { x: Math.min(a, b), y: start, width: Math.abs(b - a), height: size }
    : { x: start, y: Math.min(a, b), width: size, height: Math.abs(b - a) };
}

function boxAttrs(box: Box): Record<string, number> {
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}

/** A bar of zero or near-zero length still needs something to focus and point at. */
function hitBox(box: Box, horizontal: boolean): Box {
  if (horizontal && box.width < 2) return { ...box, width: 2 };
  if (!horizontal && box.height < 2) return { ...box, y: box.y - 2 + box.height, height: 2 };
  return box;
}

function selectionOf(
  options: BarsOptions,
  label: string,
  seriesName: string | null,
): Readonly<Record<string, unknown>> | undefined {
  const selection: Record<string, unknown> = {};
  if (options.xField) selection[options.xField] = label;
  if (seriesName !== null && options.seriesField) selection[options.seriesField] = seriesName;
  return Object.keys(selection).length > 0 ? selection : undefined;
}

function mark(
  piece: BarPiece,
  label: string,
  box: Box,
  selection: Readonly<Record<string, unknown>> | undefined,
  mode: BarMode,
): ChartMark {
  const m: ChartMark = { index: piece.label, label, box: roundBox(box) };
  // Several series: a grid, so Up/Down change units and Left/Right walk the series.
  if (mode !== 'single') {
    m.row = piece.label;
    m.col = piece.series;
  }
  if (selection !== undefined) m.selection = selection;
  return m;
}

function roundBox(box: Box): Box {
  return { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) };
}

/**
 * "belum input" where the bar would start, in muted italic, beside a small hatched square: reads
 * as missing with or without colour, and never as a short bar. A not-computable value (NaN) gets
 * its own words, "tak terhitung (dibagi nol)", beside an empty square: the hatch means "not
 * reported" in every legend.
 */
function drawMissing(
  d: Document,
  frame: Frame,
  box: Box,
  value: number | null,
  formatValue: ValueFormatter,
  roomy: boolean,
): { node: SVGGElement; box: Box } {
  const notComputable = isNotComputable(value);
  const text = formatValue(value);
  const g = svgEl(d, 'g', {
    class: notComputable ? 'pantau-bar-missing pantau-bar-not-computable' : 'pantau-bar-missing',
  });
  // The square, hatched only for "belum input".
  const swatchOf = (sq: Box) => [
    svgEl(d, 'rect', { ...boxAttrs(sq), fill: 'none', stroke: INK.missing }),
    ...(notComputable
      ? []
      : [svgEl(d, 'path', { d: hatchPath(sq, 3), stroke: INK.missing, fill: 'none' })]),
  ];
  const fontSize = roomy ? VALUE_FONT_SIZE : 10;
  const zero = frame.value(0);
  const swatch = Math.max(4, Math.min(10, (frame.horizontal ? box.height : box.width) - 2));
  const textLength = textWidth(text, fontSize);
  if (frame.horizontal) {
    const mid = box.y + box.height / 2;
    const sq = { x: zero + 2, y: mid - swatch / 2, width: swatch, height: swatch };
    g.append(...swatchOf(sq));
    if (box.height >= 8) {
      g.append(
        svgEl(
          d,
          'text',
          {
            x: sq.x + swatch + GAP,
            y: mid,
            dy: '0.32em',
            'font-size': fontSize,
            'font-style': 'italic',
            fill: INK.muted,
          },
          text,
        ),
      );
    }
    return {
      node: g,
      box: { x: zero, y: box.y, width: swatch + GAP + textLength + 2, height: box.height },
    };
  }
  const mid = box.x + box.width / 2;
  const sq = { x: mid - swatch / 2, y: zero - swatch - 2, width: swatch, height: swatch };
  g.append(...swatchOf(sq));
  if (box.width >= 8) {
    // Written upwards from the baseline, like a bar would grow.
    const y = sq.y - GAP;
    g.append(
      svgEl(
        d,
        'text',
        {
          x: mid,
          y,
          dy: '0.32em',
          'font-size': fontSize,
          'font-style': 'italic',
          fill: INK.muted,
          transform: `rotate(-90 ${round(mid)} ${round(y)})`,
        },
        text,
      ),
    );
  }
  const length = swatch + GAP + textLength + 2;
  return {
    node: g,
    box: { x: box.x, y: zero - length, width: box.width, height: length },
  };
}

/** Width of the widest grade badge. */
function badgeWidth(categories: readonly (ValueCategory | null)[] | undefined): number {
  let widest = 0;
  for (const c of categories ?? []) {
    if (c) widest = Math.max(widest, textWidth(c.code, BADGE_FONT_SIZE, true) + 8);
  }
  return widest;
}

/**
 * The value at a bar's end, and its grade badge (letter on the grade colour): outside the bar,
 * after its end (left of it for negatives; above it when vertical).
 */
function endLabel(
  d: Document,
  frame: Frame,
  box: Box,
  piece: BarPiece,
  text: string,
  category: ValueCategory | null,
  total = false,
): SVGElement[] {
  const negative = (piece.value ?? 0) < 0;
  const out: SVGElement[] = [];
  // A halo in the surface colour keeps the text legible where it crosses a grid or target line.
  const halo = { stroke: INK.surface, 'stroke-width': 3, 'paint-order': 'stroke' };
  const attrs = total
    ? { ...halo, 'font-weight': 'bold', class: 'pantau-bar-total' }
    : { ...halo, class: 'pantau-bar-value' };
  const length = textWidth(text, VALUE_FONT_SIZE, total);
  if (frame.horizontal) {
    const y = box.y + box.height / 2;
    const x = negative ? box.x - GAP : box.x + box.width + GAP;
    out.push(
      svgEl(
        d,
        'text',
        { ...attrs, x, y, dy: '0.32em', 'text-anchor': negative ? 'end' : 'start' },
        text,
      ),
    );
    if (category) {
      const w = textWidth(category.code, BADGE_FONT_SIZE, true) + 8;
      const bx = negative ? x - length - GAP - w : x + length + GAP;
      out.push(
        badge(d, category, { x: bx, y: y - BADGE_HEIGHT / 2, width: w, height: BADGE_HEIGHT }),
      );
    }
    return out;
  }
  const x = box.x + box.width / 2;
  const y = negative ? box.y + box.height + GAP : box.y - GAP;
  out.push(
    svgEl(
      d,
      'text',
      { ...attrs, x, y, dy: negative ? '0.71em' : '0', 'text-anchor': 'middle' },
      text,
    ),
  );
  if (category) {
    const w = textWidth(category.code, BADGE_FONT_SIZE, true) + 8;
    const by = negative ? y + VALUE_FONT_SIZE + 2 : y - VALUE_FONT_SIZE - 2 - BADGE_HEIGHT;
    out.push(badge(d, category, { x: x - w / 2, y: by, width: w, height: BADGE_HEIGHT }));
  }
  return out;
}

/**
 * A grade letter on its colour, so the grade reads without telling colours apart. The letter is
 * in the surface colour: white on the light theme's dark grade colours, dark on the dark theme's
 * light ones.
 */
function badge(d: Document, category: ValueCategory, box: Box): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-grade-badge' });
  g.append(
    svgEl(d, 'rect', { ...boxAttrs(box), rx: 3, fill: category.color }),
    svgEl(
      d,
      'text',
      {
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
        dy: '0.35em',
        'text-anchor': 'middle',
        'font-size': BADGE_FONT_SIZE,
        'font-weight': 'bold',
        fill: INK.surface,
      },
      category.code,
    ),
  );
  return g;
}

/** A stacked part's value inside it, when it fits; in the surface colour on the series colour. */
function insideLabel(d: Document, frame: Frame, box: Box, text: string): SVGTextElement | null {
  const length = textWidth(text, VALUE_FONT_SIZE);
  // The text runs horizontally: it needs its length across a horizontal bar's extent, or across
  // a vertical bar's width, and a line of height the other way.
  const fits = frame.horizontal
    ? box.width >= length + 6 && box.height >= VALUE_FONT_SIZE
    : box.width >= length + 4 && box.height >= VALUE_FONT_SIZE + 4;
  if (!fits) return null;
  return svgEl(
    d,
    'text',
    {
      class: 'pantau-bar-value pantau-bar-value-inside',
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
      dy: '0.32em',
      'text-anchor': 'middle',
      fill: INK.surface,
    },
    text,
  );
}

function drawAxes(
  d: Document,
  root: SVGSVGElement,
  frame: Frame,
  labels: readonly string[],
  context: ChartContext,
): void {
  const { plot, band, value } = frame;
  const ticks = value.ticks(
    frame.horizontal ? tickCount(plot.width, 70) : tickCount(plot.height, 40),
  );
  const format = tickFormatter(ticks, context.formatValue, context.lang);
  const formatLabel = (key: string): string => {
    const i = Number(key);
    return i % frame.labelsEvery === 0 ? (labels[i] ?? '') : '';
  };
  if (frame.horizontal) {
    root.append(
      continuousAxis(d, value, {
        orient: 'bottom',
        offset: plot.y + plot.height,
        format,
        tickValues: ticks,
        gridLength: plot.height,
        fontSize: VALUE_FONT_SIZE,
      }),
    );
    const axis = bandAxis(d, band, {
      orient: 'left',
      offset: value(0),
      label: formatLabel,
      maxLabelWidth: plot.x - TICK_PADDING - 2,
      line: true,
    });
    // The labels stay in the left column even when zero sits inside the plot (negative values).
    axis
      .querySelectorAll('text')
      .forEach((t) => t.setAttribute('x', String(round(plot.x - TICK_PADDING))));
    dropEmpty(axis);
    root.append(axis);
    return;
  }
  root.append(
    continuousAxis(d, value, {
      orient: 'left',
      offset: plot.x,
      format,
      tickValues: ticks,
      gridLength: plot.width,
      fontSize: VALUE_FONT_SIZE,
    }),
  );
  const axis = bandAxis(d, band, {
    orient: 'bottom',
    offset: value(0),
    label: formatLabel,
    rotate: frame.rotate,
    maxLabelWidth: frame.rotate ? ROTATED_LABEL_WIDTH : frame.band.step() - 4,
    // The baseline runs under the whole plot (below), not only under the columns.
    line: false,
  });
  const bottom = plot.y + plot.height;
  axis.querySelectorAll('text').forEach((t) => {
    t.setAttribute('y', String(round(bottom + TICK_PADDING)));
    const transform = t.getAttribute('transform');
    if (transform !== null) {
      t.setAttribute(
        'transform',
        transform.replace(/ [\d.-]+\)$/, ` ${round(bottom + TICK_PADDING)})`),
      );
    }
  });
  dropEmpty(axis);
  root.append(
    axis,
    svgEl(d, 'line', {
      class: 'pantau-axis-line',
      x1: plot.x,
      x2: plot.x + plot.width,
      y1: value(0),
      y2: value(0),
      stroke: INK.axis,
    }),
  );
}

/** Thinned-out labels leave empty `<text>`s; drop them so the SVG stays lean. */
function dropEmpty(axis: SVGGElement): void {
  axis.querySelectorAll('text').forEach((t) => {
    if (t.textContent === '') t.remove();
  });
}

function drawTarget(
  d: Document,
  frame: Frame,
  target: number,
  text: string,
  height: number,
): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-target' });
  const at = frame.value(target);
  const { plot } = frame;
  if (frame.horizontal) {
    const bottom = plot.y + plot.height;
    g.append(
      svgEl(d, 'line', {
        x1: at,
        x2: at,
        y1: plot.y - 4,
        y2: bottom,
        stroke: INK.target,
        'stroke-width': 1.5,
        'stroke-dasharray': '5 3',
      }),
    );
    const anchor =
      at > plot.x + plot.width * 0.7 ? 'end' : at < plot.x + plot.width * 0.3 ? 'start' : 'middle';
    g.append(
      fittedText(
        d,
        {
          x: at,
          y: plot.y - 8,
          'text-anchor': anchor,
          'font-size': VALUE_FONT_SIZE,
          'font-weight': 'bold',
          fill: INK.target,
        },
        text,
        Math.max(40, plot.width),
        VALUE_FONT_SIZE,
      ),
    );
    return g;
  }
  g.append(
    svgEl(d, 'line', {
      x1: plot.x,
      x2: plot.x + plot.width,
      y1: at,
      y2: at,
      stroke: INK.target,
      'stroke-width': 1.5,
      'stroke-dasharray': '5 3',
    }),
  );
  g.append(
    svgEl(
      d,
      'text',
      {
        x: plot.x + plot.width + GAP,
        y: Math.max(plot.y, Math.min(height - 2, at)),
        dy: '0.32em',
        'font-size': VALUE_FONT_SIZE,
        'font-weight': 'bold',
        fill: INK.target,
      },
      text,
    ),
  );
  return g;
}

/** The data table: the label, each value as drawn (and grade, total); the target in the caption. */
function barsTable(
  labels: readonly string[],
  series: readonly BarSeries[],
  single: boolean,
  totals: readonly (number | null)[] | null,
  categories: readonly (ValueCategory | null)[] | undefined,
  options: BarsOptions,
  context: ChartContext,
): DataTable {
  const { lang, formatValue } = context;
  const labelHeader = options.labelHeader ?? options.xField ?? 'Label';
  const headers = [labelHeader];
  if (single) headers.push(options.valueHeader ?? word('value', lang));
  else headers.push(...series.map((s) => s.name));
  if (totals !== null) headers.push(word('total', lang));
  const withCategory = categories !== undefined && categories.some((c) => c);
  if (withCategory) headers.push(word('category', lang));
  const notes = single && options.notes?.some((n) => n) ? options.notes : null;
  if (notes !== null) headers.push(word('note', lang));
  const rows = labels.map((label, i) => {
    const row = [label, ...series.map((s) => formatValue(valueAt(s, i)))];
    if (totals !== null) row.push(formatValue(totals[i] ?? null));
    if (withCategory) row.push(categoryText(categories?.[i], true));
    if (notes !== null) row.push(notes[i] ?? '');
    return row;
  });
  const texts = (withCategory ? 1 : 0) + (notes !== null ? 1 : 0);
  const numeric = headers.map((_, i) => i > 0 && i < headers.length - texts);
  const target = options.target ?? null;
  const caption = [
    context.title ?? '',
    target !== null ? `${options.targetLabel ?? word('target', lang)}: ${formatValue(target)}` : '',
  ]
    .filter((s) => s !== '')
    .join('. ');
  return { caption, headers, rows, numeric };
}

/** How many reported values reach the target: "2 dari 5 unit mencapai target 80,00." */
export function targetSentence(
  values: readonly (number | null)[],
  target: number,
  context: Pick<ChartContext, 'lang' | 'formatValue'>,
  noun?: SummaryNoun,
): string {
  const reported = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (reported.length === 0) return '';
  const met = reported.filter((v) => v >= target).length;
  const { lang } = context;
  const counted =
    lang === 'id'
      ? (noun?.id ?? 'unit')
      : reported.length === 1
        ? (noun?.en ?? 'unit')
        : (noun?.enPlural ?? 'units');
  const goal = context.formatValue(target);
  return lang === 'id'
    ? `${formatCount(met, lang)} dari ${formatCount(reported.length, lang)} ${counted} mencapai target ${goal}.`
    : `${formatCount(met, lang)} of ${formatCount(reported.length, lang)} ${counted} reach the target of ${goal}.`;
}

function barsSummary(
  labels: readonly string[],
  series: readonly BarSeries[],
  single: boolean,
  totals: readonly (number | null)[] | null,
  categories: readonly (ValueCategory | null)[] | undefined,
  options: BarsOptions,
  context: ChartContext,
): string {
  const base = {
    lang: context.lang,
    formatValue: context.formatValue,
    ...(options.noun ? { noun: options.noun } : {}),
  };
  const target = options.target ?? null;
  if (single) {
    const values = series[0]?.values ?? [];
    return joinSentences(
      rankingSummary(labels, values, { ...base, ...(categories ? { categories } : {}) }),
      target !== null ? targetSentence(values, target, context, options.noun) : '',
    );
  }
  if (totals !== null) {
    return `${word('total', context.lang)} — ${rankingSummary(labels, totals, base)}`;
  }
  // One sentence group per series, each headed by its name: "2024 — Tertinggi: …".
  return series.map((s) => `${s.name} — ${rankingSummary(labels, s.values, base)}`).join(' ');
}
