/**
 * Axes drawn with svgEl: a band axis for categories (units, months) and a continuous axis for
 * values or time, with ticks, optional grid lines and formatted labels. Long labels are cut with
 * an ellipsis (estimated widths, see text.ts) and keep their full text in a `<title>`, which is
 * both the hover tooltip and what assistive technology reads.
 */

import type { BandScale } from './shared/scale-core.ts';
import { INK } from './palette.ts';
import { round, svgEl, type Attrs } from './svg.ts';
import { fitLabels, type FittedLabel } from './shared/label-fit.ts';
import { LABEL_FONT_SIZE, truncateText } from './text.ts';
import type { ChartLang } from './types.ts';

/** Gap between a tick and its label, and the tick length, in px. */
export const TICK_PADDING = 6;
export const TICK_SIZE = 4;

/**
 * A `<text>` that fits `maxWidth`: cut with "…" when needed, with the full text in a `<title>`.
 * Text goes through textContent only.
 */
export function fittedText(
  d: Document,
  attrs: Attrs,
  text: string,
  maxWidth: number,
  fontSize = LABEL_FONT_SIZE,
): SVGTextElement {
  const fit = truncateText(text, maxWidth, fontSize);
  return labelText(d, attrs, text, { lines: [fit.text], truncated: fit.truncated });
}

/**
 * A `<text>` of one label as `fitLabels` drew it (its first line), with the full label in a
 * `<title>` when shortened. Text goes through textContent only.
 */
export function labelText(
  d: Document,
  attrs: Attrs,
  full: string,
  fit: FittedLabel,
): SVGTextElement {
  const shown = fit.lines[0] ?? '';
  const el = svgEl(d, 'text', attrs, shown);
  if (fit.truncated) {
    // The title must be the first child for browsers to use it as the tooltip.
    el.textContent = '';
    el.append(svgEl(d, 'title', {}, full), d.createTextNode(shown));
  }
  return el;
}

export interface BandAxisOptions {
  /** `left`: labels right-aligned before the plot; `bottom`: labels centred under each band. */
  orient: 'left' | 'bottom';
  /** x of the axis line for `left`, y for `bottom`. */
  offset: number;
  /** Text for a band key (keys are often indices, labels repeat); default: the key. */
  label?: (key: string) => string;
  /** Room for a label; default: the band step for `bottom`, 120 px for `left`. */
  maxLabelWidth?: number;
  /** Bottom axis only: slant labels 40° when they do not fit the step. */
  rotate?: boolean;
  fontSize?: number;
  /** Draw the axis line (a baseline the bars stand on). Default true. */
  line?: boolean;
}

/** A category axis for `scale`. */
export function bandAxis(
  d: Document,
  scale: BandScale<string>,
  options: BandAxisOptions,
): SVGGElement {
  const { orient, offset } = options;
  const fontSize = options.fontSize ?? LABEL_FONT_SIZE;
  const label = options.label ?? ((key: string) => key);
  const g = svgEl(d, 'g', {
    class: `pantau-axis pantau-axis-band pantau-axis-${orient}`,
    fill: INK.text,
    'font-size': fontSize,
  });
  const [r0, r1] = scale.range() as [number, number];
  if (options.line !== false) {
    const attrs =
      orient === 'left'
        ? { x1: offset, x2: offset, y1: Math.min(r0, r1), y2: Math.max(r0, r1) }
        : { x1: Math.min(r0, r1), x2: Math.max(r0, r1), y1: offset, y2: offset };
    g.append(svgEl(d, 'line', { ...attrs, stroke: INK.axis, class: 'pantau-axis-line' }));
  }
  const half = scale.bandwidth() / 2;
  const max =
    options.maxLabelWidth ??
    (orient === 'left' ? 120 : options.rotate === true ? 100 : scale.step() - 4);
  // Fitted together, so labels that share a start are not all cut to it.
  const texts = scale.domain().map(label);
  const fits = fitLabels(texts, max, { fontSize });
  scale.domain().forEach((key, i) => {
    const at = (scale(key) ?? 0) + half;
    const text = texts[i]!;
    const fit = fits[i]!;
    if (orient === 'left') {
      g.append(
        labelText(
          d,
          { x: offset - TICK_PADDING, y: at, dy: '0.32em', 'text-anchor': 'end' },
          text,
          fit,
        ),
      );
    } else if (options.rotate === true) {
      const y = offset + TICK_PADDING;
      g.append(
        labelText(
          d,
          {
            x: at,
            y,
            dy: '0.71em',
            'text-anchor': 'end',
            transform: `rotate(-40 ${round(at)} ${round(y)})`,
          },
          text,
          fit,
        ),
      );
    } else {
      g.append(
        labelText(
          d,
          { x: at, y: offset + TICK_PADDING, dy: '0.71em', 'text-anchor': 'middle' },
          text,
          fit,
        ),
      );
    }
  });
  return g;
}

/** What a value or time axis needs from a scale (d3's linear, log and time scales all qualify). */
export interface ContinuousScale<T> {
  (value: T): number | undefined;
  ticks(count?: number): T[];
  range(): number[];
}

export interface ContinuousAxisOptions<T> {
  /** `left` or `right` for a vertical axis, `bottom` or `top` for a horizontal one. */
  orient: 'left' | 'right' | 'bottom' | 'top';
  /** x of the axis for left/right, y for bottom/top. */
  offset: number;
  /** Tick label text, from the context's formatters. */
  format: (value: T) => string;
  /** Approximate number of ticks (passed to `scale.ticks`), or the exact values in `tickValues`. */
  ticks?: number;
  tickValues?: readonly T[];
  /** Length of grid lines across the plot (towards its inside); none when omitted or 0. */
  gridLength?: number;
  /** Draw the axis line. Default false: the grid and the bars' baseline carry the eye. */
  line?: boolean;
  fontSize?: number;
  /** Room for a tick label; longer ones are cut with "…" (full text in `<title>`). */
  maxLabelWidth?: number;
}

/** A value or time axis: ticks, optional grid lines, formatted labels. */
export function continuousAxis<T>(
  d: Document,
  scale: ContinuousScale<T>,
  options: ContinuousAxisOptions<T>,
): SVGGElement {
  const { orient, offset, format } = options;
  const fontSize = options.fontSize ?? LABEL_FONT_SIZE;
  const vertical = orient === 'left' || orient === 'right';
  // Grid lines and ticks point into the plot: right of a left axis, up from a bottom axis.
  const inward = orient === 'left' || orient === 'top' ? 1 : -1;
  const outward = -inward;
  const g = svgEl(d, 'g', {
    class: `pantau-axis pantau-axis-continuous pantau-axis-${orient}`,
    fill: INK.muted,
    'font-size': fontSize,
  });
  const values = options.tickValues ?? scale.ticks(options.ticks ?? 5);
  const grid = options.gridLength ?? 0;
  const maxLabel = options.maxLabelWidth ?? (vertical ? 80 : 120);
  const [r0, r1] = scale.range() as [number, number];
  if (options.line === true) {
    const attrs = vertical
      ? { x1: offset, x2: offset, y1: r0, y2: r1 }
      : { x1: r0, x2: r1, y1: offset, y2: offset };
    g.append(svgEl(d, 'line', { ...attrs, stroke: INK.axis, class: 'pantau-axis-line' }));
  }
  for (const value of values) {
    const at = scale(value);
    if (at === undefined || !Number.isFinite(at)) continue;
    const tick = svgEl(d, 'g', { class: 'pantau-tick' });
    if (grid > 0) {
      const attrs = vertical
        ? { x1: offset, x2: offset + inward * grid, y1: at, y2: at }
        : { x1: at, x2: at, y1: offset, y2: offset + inward * grid };
      tick.append(svgEl(d, 'line', { ...attrs, stroke: INK.grid, class: 'pantau-grid' }));
    }
    const tickAttrs = vertical
      ? { x1: offset, x2: offset + outward * TICK_SIZE, y1: at, y2: at }
      : { x1: at, x2: at, y1: offset, y2: offset + outward * TICK_SIZE };
    tick.append(svgEl(d, 'line', { ...tickAttrs, stroke: INK.axis }));
    const labelAttrs: Attrs = vertical
      ? {
          x: offset + outward * (TICK_SIZE + TICK_PADDING / 2),
          y: at,
          dy: '0.32em',
          'text-anchor': orient === 'left' ? 'end' : 'start',
        }
      : {
          x: at,
          y: offset + outward * (TICK_SIZE + TICK_PADDING / 2),
          dy: orient === 'bottom' ? '0.71em' : '0',
          'text-anchor': 'middle',
        };
    tick.append(fittedText(d, labelAttrs, format(value), maxLabel, fontSize));
    g.append(tick);
  }
  return g;
}

/**
 * Tick labels without all-zero decimals: a "2 decimals" format gives "0,00 20,00 40,00" on an
 * axis, which reads as noise; when every label ends in zero decimals, they are dropped
 * ("0 20 40"). Mixed labels ("2,50" beside "5,00") are left alone so no tick lies.
 */
export function trimZeroDecimals(labels: readonly string[], lang: ChartLang): string[] {
  const decimal = lang === 'id' ? ',' : '.';
  const zeros = new RegExp(`\\${decimal}0+(?!\\d)`);
  if (labels.length === 0 || !labels.every((l) => zeros.test(l))) return [...labels];
  return labels.map((l) => l.replace(zeros, ''));
}

/**
 * A tick formatter for `values` built on a value formatter: formats all ticks, trims shared zero
 * decimals, and returns a lookup. Use as `format` of `continuousAxis` with `tickValues: values`.
 */
export function tickFormatter(
  values: readonly number[],
  formatValue: (value: number) => string,
  lang: ChartLang,
): (value: number) => string {
  const labels = trimZeroDecimals(
    values.map((v) => formatValue(v)),
    lang,
  );
  const byValue = new Map(values.map((v, i) => [v, labels[i] ?? formatValue(v)]));
  return (value) => byValue.get(value) ?? formatValue(value);
}
