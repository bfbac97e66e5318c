/**
 * The canvas surface for dense charts (long lines, big heatmaps): a wrapper `<div>` holding a
 * device-pixel-ratio aware `<canvas>` for the many marks, with an SVG overlay on top for axes,
 * legend, target line and labels, which stay crisp, themable and selectable text. The wrapper
 * is the accessible image; canvas and overlay are hidden from assistive technology, which reads
 * the chart's summary and data table instead.
 */

import { hatchSegments } from './hatch.ts';
import { doc, round, svgRoot } from './svg.ts';
import type { Box, ChartContext } from './types.ts';

export interface CanvasSurface {
  /** The wrapper to return as ChartOutput.node. */
  node: HTMLDivElement;
  canvas: HTMLCanvasElement;
  /** Scaled by the device pixel ratio: draw in CSS pixels. */
  ctx: CanvasRenderingContext2D;
  /** Transparent SVG over the canvas for axes, legend and text. */
  overlay: SVGSVGElement;
  /** The device pixel ratio the canvas was sized for. */
  ratio: number;
}

/** Above this many drawn marks a chart switches from SVG to canvas. */
export const CANVAS_THRESHOLD = 2_000;

/** Canvas pixels are capped (Chromium refuses canvases past about 16k per side or 268M px). */
const MAX_CANVAS_SIDE = 8_192;

export function canvasSurface(context: ChartContext, className: string): CanvasSurface {
  const d = doc(context);
  const { width, height } = context.size;
  const wantRatio = d.defaultView?.devicePixelRatio ?? 1;
  const ratio = Math.max(
    1,
    Math.min(
      wantRatio,
      MAX_CANVAS_SIDE / Math.max(1, width),
      MAX_CANVAS_SIDE / Math.max(1, height),
    ),
  );
  const node = d.createElement('div');
  node.className = `pantau-chart pantau-canvas ${className}`;
  node.setAttribute('role', 'img');
  if (context.title !== undefined && context.title !== '') {
    node.setAttribute('aria-label', context.title);
  }
  node.style.position = 'relative';
  node.style.width = `${round(width)}px`;
  node.style.height = `${round(height)}px`;

  const canvas = d.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  canvas.style.position = 'absolute';
  canvas.style.left = '0';
  canvas.style.top = '0';
  canvas.style.width = `${round(width)}px`;
  canvas.style.height = `${round(height)}px`;
  canvas.setAttribute('aria-hidden', 'true');
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('A 2D canvas context is not available in this browser.');
  ctx.scale(ratio, ratio);

  const overlay = svgRoot({ ...context, title: '' }, className);
  overlay.removeAttribute('role');
  overlay.setAttribute('aria-hidden', 'true');
  overlay.style.position = 'absolute';
  overlay.style.left = '0';
  overlay.style.top = '0';
  overlay.style.overflow = 'visible';
  node.append(canvas, overlay);
  return { node, canvas, ctx, overlay, ratio };
}

/** Turns a colour as the SVG marks write it (often `var(--token, fallback)`) into a concrete one. */
export type ColorResolver = (color: string) => string;

/**
 * A concrete colour for the canvas, which cannot read CSS variables: `var(--name, fallback)` is
 * looked up in `from` (the computed style where the canvas sits, once it is on the page), then on
 * the document root (where a page sets its theme), else its fallback is used.
 */
function resolveColor(color: string, d?: Document, from?: CSSStyleDeclaration): string {
  const match = /^\s*var\(\s*(--[\w-]+)\s*(?:,\s*(.*))?\)\s*$/.exec(color);
  if (match === null) return color;
  const [, name, fallback] = match;
  if (name !== undefined) {
    const own = from?.getPropertyValue(name).trim() ?? '';
    if (own !== '') return own;
    const root = d?.documentElement;
    const view = d?.defaultView;
    if (root && view) {
      const value = view.getComputedStyle(root).getPropertyValue(name).trim();
      if (value !== '') return value;
    }
  }
  return fallback === undefined ? '#000000' : resolveColor(fallback, d, from);
}

/**
 * Paints the canvas now, with colours as the document root defines them, and once more on the
 * next frame if the canvas is then on the page and a colour it used resolves differently there: a
 * theme set on a `<pantau-dashboard>` (dark mode) reaches the canvas through the styles it
 * inherits there, as it reaches SVG marks. When every colour resolves the same (no theme between
 * the root and the canvas), the first painting stands: painting twice was a whole second draw of
 * every cell or point inside the frame.
 */
export function paintCanvas(
  surface: CanvasSurface,
  d: Document,
  paint: (ctx: CanvasRenderingContext2D, resolve: ColorResolver) => void,
): void {
  const { canvas, ctx, ratio } = surface;
  const draw = (resolve: ColorResolver): void => {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    paint(ctx, resolve);
  };
  const used = memoResolver((color) => resolveColor(color, d));
  draw(used.resolve);
  const view = d.defaultView;
  view?.requestAnimationFrame(() => {
    if (!canvas.isConnected) return;
    const style = view.getComputedStyle(canvas);
    const placed = (color: string): string => resolveColor(color, d, style);
    let same = true;
    for (const [color, first] of used.seen) {
      if (placed(color) !== first) {
        same = false;
        break;
      }
    }
    if (!same) draw(memoResolver(placed).resolve);
  });
}

/** A resolver that resolves each colour once (a dense chart asks for the same few thousands of times). */
function memoResolver(resolve: ColorResolver): {
  resolve: ColorResolver;
  seen: Map<string, string>;
} {
  const seen = new Map<string, string>();
  return {
    seen,
    resolve: (color) => {
      let concrete = seen.get(color);
      if (concrete === undefined) {
        concrete = resolve(color);
        seen.set(color, concrete);
      }
      return concrete;
    },
  };
}

/** Hatching inside each of `boxes`, stroked as one path (one stroke for all of them). */
export function hatchBoxes(
  ctx: CanvasRenderingContext2D,
  boxes: readonly Box[],
  color: string,
): void {
  if (boxes.length === 0) return;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const box of boxes) {
    for (const [x1, y1, x2, y2] of hatchSegments(box)) {
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
  }
  ctx.stroke();
  ctx.restore();
}

/**
 * `boxes` filled in `color` as one path: one fill per colour instead of one per box. Boxes that
 * touch share their edge inside the path, so no antialiased seam shows between them.
 */
export function fillBoxes(
  ctx: CanvasRenderingContext2D,
  boxes: readonly Box[],
  color: string,
): void {
  if (boxes.length === 0) return;
  ctx.fillStyle = color;
  ctx.beginPath();
  for (const box of boxes) ctx.rect(box.x, box.y, box.width, box.height);
  ctx.fill();
}
