/**
 * Building SVG without innerHTML: data reaches the DOM only through attributes and textContent,
 * so a unit named `<img src=x onerror=alert(1)>` is drawn as those characters.
 */

import type { Box, ChartContext } from './types.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export type Attrs = Readonly<Record<string, string | number | null | undefined>>;

export function doc(context: Pick<ChartContext, 'document'>): Document {
  return context.document ?? document;
}

/** An SVG element with attributes (null/undefined skipped) and optional text. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  d: Document,
  tag: K,
  attrs: Attrs = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const el = d.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    el.setAttribute(name, typeof value === 'number' ? String(round(value)) : value);
  }
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The root `<svg>` of a chart, sized, with a title for its accessible name. */
export function svgRoot(context: ChartContext, className: string): SVGSVGElement {
  const d = doc(context);
  const { width, height } = context.size;
  const root = svgEl(d, 'svg', {
    class: `pantau-chart ${className}`,
    width,
    height,
    viewBox: `0 0 ${round(width)} ${round(height)}`,
    role: 'img',
    'font-family': 'var(--pantau-sys-font, system-ui, sans-serif)',
    'font-size': 12,
  });
  if (context.title !== undefined && context.title !== '') {
    root.append(svgEl(d, 'title', {}, context.title));
  }
  return root;
}

/** Coordinates rounded to 0.01 px: smaller files and stable snapshots. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The rounded box around points (a ring's or dial's slice, for hit-testing and focus rings). */
export function boxAround(xs: readonly number[], ys: readonly number[]): Box {
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return {
    x: round(x),
    y: round(y),
    width: round(Math.max(...xs) - x),
    height: round(Math.max(...ys) - y),
  };
}

/** Gives an `<svg role="img">` an accessible name when the chart has no title of its own. */
export function ensureTitle(root: SVGSVGElement, d: Document, name: string): void {
  if (root.querySelector(':scope > title') !== null || name === '') return;
  root.prepend(svgEl(d, 'title', {}, name));
}
