/**
 * Gauge: one value on its official category bands (IKM A..D on 25..100, PEKPPP A..F on 0..5, IID
 * predicates on 0..100). A half-ring split into the bands, each in its grade colour and marked
 * with its letter; a needle at the value; the value and its letter and label written in the
 * middle, so the reading never depends on colour. Not reported: no needle, "belum input".
 */

import { fittedText, tickFormatter } from './axes.ts';
import { INK } from './palette.ts';
import { categoryBadgeText, categoryNote } from './shared/category-text.ts';
import { doc, ensureTitle, round, svgEl, svgRoot } from './svg.ts';
import { textWidth } from './text.ts';
import type {
  Box,
  CategoryBand,
  ChartContext,
  ChartMark,
  ChartOutput,
  ValueCategory,
} from './types.ts';
import { word } from './words.ts';

export interface GaugeData {
  /** The value; null = not reported. */
  value: number | null;
  /** Its category as the metric decides it (rounding rules live in core); else found in the bands. */
  category?: ValueCategory | null;
}

export interface GaugeOptions {
  /** The scale's bands with their colours (palette.ts `colorBands`). */
  bands: readonly CategoryBand[];
  /** The scale's ends; default the lowest band min and the highest band max. */
  domain?: readonly [number, number];
  /** What the value is, e.g. "IKM"; used in marks and the summary. */
  label?: string;
}

/** A band as drawn: from its min to the next band's min (so printed gaps like 64.99/65 close). */
export interface GaugeSegment {
  band: CategoryBand;
  from: number;
  to: number;
  /** Radians, 0 at 12 o'clock, clockwise; the half-ring runs from -π/2 to π/2. */
  startAngle: number;
  endAngle: number;
}

const HALF = Math.PI / 2;

/** Where a value sits on the half-ring, clamped to its ends. */
export function gaugeAngle(value: number, domain: readonly [number, number]): number {
  const [lo, hi] = domain;
  const t = hi > lo ? (Math.min(hi, Math.max(lo, value)) - lo) / (hi - lo) : 0;
  return -HALF + t * Math.PI;
}

/** The scale's domain: as given, or spanning the bands. */
export function gaugeDomain(options: GaugeOptions): [number, number] {
  if (options.domain !== undefined) return [options.domain[0], options.domain[1]];
  if (options.bands.length === 0) return [0, 1];
  return [
    Math.min(...options.bands.map((b) => b.min)),
    Math.max(...options.bands.map((b) => b.max)),
  ];
}

/** The bands as drawn, lowest first, clipped to the domain; bands wholly outside it are dropped. */
export function gaugeSegments(options: GaugeOptions): GaugeSegment[] {
  const domain = gaugeDomain(options);
  const sorted = [...options.bands].sort((a, b) => a.min - b.min);
  const segments: GaugeSegment[] = [];
  sorted.forEach((band, i) => {
    const next = sorted[i + 1];
    const from = Math.max(domain[0], band.min);
    const to = Math.min(domain[1], next === undefined ? band.max : next.min);
    if (to <= from) return;
    segments.push({
      band,
      from,
      to,
      startAngle: gaugeAngle(from, domain),
      endAngle: gaugeAngle(to, domain),
    });
  });
  return segments;
}

/** The value's category: given by the caller, else the band holding it, else none. */
export function gaugeCategory(
  data: GaugeData,
  bands: readonly CategoryBand[],
): ValueCategory | null {
  if (data.category !== undefined) return data.category;
  const v = data.value;
  if (v === null || !Number.isFinite(v)) return null;
  const band =
    bands.find((b) => v >= b.min && v <= b.max) ??
    // Between two printed bands (64.995): the band below it.
    [...bands].sort((a, b) => b.min - a.min).find((b) => v >= b.min && v <= b.max + 0.01);
  return band === undefined ? null : { code: band.code, label: band.label, color: band.color };
}

const PAD = 8;
/** Room above the ring for boundary labels. */
const TICK_ROOM = 14;
/** Room under the ring: the end labels, then the category line. */
const TEXT_BLOCK = 36;

export function renderGauge(
  data: GaugeData,
  options: GaugeOptions,
  context: ChartContext,
): ChartOutput {
  const d = doc(context);
  const lang = context.lang;
  const { width, height } = context.size;
  const domain = gaugeDomain(options);
  const segments = gaugeSegments(options);
  const category = gaugeCategory(data, options.bands);
  const valueText = context.formatValue(data.value);
  const missing = data.value === null || !Number.isFinite(data.value);
  const root = svgRoot(context, 'pantau-gauge');

  // Boundary labels: the domain ends and every band's start, as the scale prints them.
  const boundaries = [domain[0], ...segments.slice(1).map((s) => s.band.min), domain[1]];
  const tickText = tickFormatter(boundaries, (v) => context.formatValue(v), lang);
  const endRoom = Math.max(textWidth(tickText(domain[0]), 10), textWidth(tickText(domain[1]), 10));
  const radius = Math.max(
    24,
    Math.min(width / 2 - PAD - endRoom / 2, height - PAD - TICK_ROOM - TEXT_BLOCK - PAD),
  );
  const thickness = Math.max(10, radius * 0.28);
  const cx = width / 2;
  const cy = PAD + TICK_ROOM + radius;
  const inner = radius - thickness;
  const polar = (angle: number, r: number) => ({
    x: cx + Math.sin(angle) * r,
    y: cy - Math.cos(angle) * r,
  });

  const bandsG = svgEl(d, 'g', { class: 'pantau-gauge-bands' });
  const marksOfBands: ChartMark[] = [];
  for (const s of segments) {
    bandsG.append(
      svgEl(d, 'path', {
        class: 'pantau-gauge-band',
        d: ringPath(cx, cy, inner, radius, s.startAngle, s.endAngle),
        fill: s.band.color,
        stroke: INK.surface,
        'stroke-width': 1,
      }),
    );
    // The band's letter inside it, when its arc is long enough to hold it.
    const mid = (s.startAngle + s.endAngle) / 2;
    const arcLength = (s.endAngle - s.startAngle) * (radius - thickness / 2);
    const letterSize = Math.min(14, thickness * 0.6);
    if (s.band.code.length <= 2 && arcLength >= textWidth(s.band.code, letterSize, true) + 6) {
      const at = polar(mid, radius - thickness / 2);
      bandsG.append(
        svgEl(
          d,
          'text',
          {
            class: 'pantau-gauge-letter',
            x: at.x,
            y: at.y,
            dy: '0.35em',
            'text-anchor': 'middle',
            'font-size': round(letterSize),
            'font-weight': 700,
            fill: INK.surface,
          },
          s.band.code,
        ),
      );
    }
    const range = `${context.formatValue(s.from)} ${word('to', lang)} ${context.formatValue(bandMax(s))}`;
    marksOfBands.push({
      index: options.bands.indexOf(s.band),
      label: `${categoryBadgeText(s.band)}: ${range}`,
      box: ringBox(polar, inner, radius, s.startAngle, s.endAngle),
    });
  }
  root.append(bandsG);

  // Boundary ticks outside the ring; one that would crowd its neighbour is left out.
  const ticksG = svgEl(d, 'g', { class: 'pantau-gauge-ticks', fill: INK.muted, 'font-size': 10 });
  let lastEnd = -Infinity;
  boundaries.forEach((value, i) => {
    const angle = gaugeAngle(value, domain);
    const label = tickText(value);
    const along = (angle + HALF) * (radius + 4);
    const w = textWidth(label, 10);
    const isEnd = i === 0 || i === boundaries.length - 1;
    if (!isEnd && along - w / 2 < lastEnd + 4) return;
    if (!isEnd && along + w / 2 > Math.PI * (radius + 4) - endRoom - 4) return;
    const at = polar(angle, radius + 4);
    const anchor =
      Math.abs(Math.sin(angle)) < 0.3 ? 'middle' : Math.sin(angle) > 0 ? 'start' : 'end';
    ticksG.append(
      svgEl(
        d,
        'text',
        {
          x: isEnd ? polar(angle, radius - thickness / 2).x : at.x,
          y: isEnd ? cy + 13 : at.y,
          dy: isEnd ? null : '-0.2em',
          'text-anchor': isEnd ? 'middle' : anchor,
        },
        label,
      ),
    );
    lastEnd = along + w / 2;
  });
  root.append(ticksG);

  // Needle: a pointer across the ring at the value, dark with a light halo so it reads on every
  // band, ending in a triangle inside the ring; the hole stays free for the value text.
  let valueBox: Box = { x: cx - inner, y: cy - inner, width: 2 * inner, height: inner };
  if (!missing) {
    const angle = gaugeAngle(data.value!, domain);
    const outerEnd = polar(angle, radius + 3);
    const innerEnd = polar(angle, inner - 4);
    const needle = svgEl(d, 'g', { class: 'pantau-gauge-needle' });
    for (const [stroke, strokeWidth] of [
      [INK.surface, 5],
      [INK.target, 2.5],
    ] as const) {
      needle.append(
        svgEl(d, 'line', {
          x1: innerEnd.x,
          y1: innerEnd.y,
          x2: outerEnd.x,
          y2: outerEnd.y,
          stroke,
          'stroke-width': strokeWidth,
          'stroke-linecap': 'round',
        }),
      );
    }
    const tip = polar(angle, inner - 4);
    const left = polar(angle - 0.09, inner - 14);
    const right = polar(angle + 0.09, inner - 14);
    needle.append(
      svgEl(d, 'path', {
        d: `M${round(tip.x)},${round(tip.y)}L${round(left.x)},${round(left.y)}L${round(right.x)},${round(right.y)}Z`,
        fill: INK.target,
      }),
    );
    root.append(needle);
    const ends = [outerEnd, left, right];
    const x0 = Math.min(...ends.map((p) => p.x));
    const y0 = Math.min(...ends.map((p) => p.y));
    valueBox = {
      x: round(x0 - 3),
      y: round(y0 - 3),
      width: round(Math.max(...ends.map((p) => p.x)) - x0 + 6),
      height: round(Math.max(...ends.map((p) => p.y)) - y0 + 6),
    };
  }

  // The value in the ring's hole; its category on a line of its own under the ring.
  const valueSize = Math.max(12, Math.min(32, inner * 0.5));
  const shownSize = missing ? Math.max(12, valueSize * 0.55) : valueSize;
  const text = svgEl(d, 'g', { class: 'pantau-gauge-value', 'text-anchor': 'middle' });
  text.append(
    fittedText(
      d,
      {
        class: missing ? 'pantau-missing' : null,
        x: cx,
        y: cy - 4,
        'font-size': round(shownSize),
        'font-weight': missing ? null : 700,
        'font-style': missing ? 'italic' : null,
        fill: missing ? INK.muted : INK.text,
      },
      valueText,
      // fittedText measures regular weight; bold is about 6% wider.
      (inner * 1.8) / (missing ? 1 : 1.06),
      shownSize,
    ),
  );
  if (category !== null) {
    text.append(
      fittedText(
        d,
        { x: cx, y: cy + TEXT_BLOCK - 4, 'font-size': 13, 'font-weight': 700, fill: INK.text },
        categoryBadgeText(category),
        (width - 2 * PAD) / 1.06,
        13,
      ),
    );
  }
  root.append(text);

  const name = options.label || context.title || word('value', lang);
  const valueMark: ChartMark = {
    index: 0,
    label: `${name}: ${valueText}${category === null ? '' : ` (${categoryNote(category)})`}`,
    box: valueBox,
  };
  const rows: string[][] = [[name, valueText]];
  if (category !== null) rows.push([word('category', lang), categoryBadgeText(category)]);
  for (const s of segments) {
    rows.push([
      categoryBadgeText(s.band),
      `${context.formatValue(s.from)} – ${context.formatValue(bandMax(s))}`,
    ]);
  }
  const summary = gaugeSummary(data, options, context);
  ensureTitle(root, d, options.label || summary);
  return {
    node: root,
    marks: [valueMark, ...marksOfBands],
    table: {
      caption: context.title ?? name,
      headers: [word('item', lang), word('value', lang)],
      rows,
      numeric: [false, true],
    },
    summary,
    legend: segments.map((s) => ({
      label: categoryBadgeText(s.band),
      color: s.band.color,
      symbol: 'square',
    })),
    surface: 'svg',
  };
}

/** "IKM 88,56 (A, Sangat Baik). Skala 25 sampai 100." */
export function gaugeSummary(
  data: GaugeData,
  options: GaugeOptions,
  context: ChartContext,
): string {
  const lang = context.lang;
  const name = options.label || context.title || word('value', lang);
  const category = gaugeCategory(data, options.bands);
  const [lo, hi] = gaugeDomain(options);
  const tick = tickFormatter([lo, hi], (v) => context.formatValue(v), lang);
  const note = category === null ? '' : ` (${categoryNote(category)})`;
  return `${name} ${context.formatValue(data.value)}${note}. ${word('scale', lang)} ${tick(lo)} ${word('to', lang)} ${tick(hi)}.`;
}

/** A band's printed top, clipped to the drawn end (IKM D's printed range starts at 0). */
function bandMax(s: GaugeSegment): number {
  return Math.min(s.band.max, s.to);
}

/** An annular sector as a path, angles 0 at 12 o'clock, clockwise. */
function ringPath(cx: number, cy: number, r0: number, r1: number, a0: number, a1: number): string {
  const p = (a: number, r: number) =>
    `${round(cx + Math.sin(a) * r)},${round(cy - Math.cos(a) * r)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return (
    `M${p(a0, r1)}A${round(r1)},${round(r1)} 0 ${large},1 ${p(a1, r1)}` +
    `L${p(a1, r0)}A${round(r0)},${round(r0)} 0 ${large},0 ${p(a0, r0)}Z`
  );
}

function ringBox(
  polar: (a: number, r: number) => { x: number; y: number },
  r0: number,
  r1: number,
  a0: number,
  a1: number,
): Box {
  const angles = [a0, a1, ...(a0 < 0 && a1 > 0 ? [0] : [])];
  const points = angles.flatMap((a) => [polar(a, r0), polar(a, r1)]);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return {
    x: round(x),
    y: round(y),
    width: round(Math.max(...xs) - x),
    height: round(Math.max(...ys) - y),
  };
}
