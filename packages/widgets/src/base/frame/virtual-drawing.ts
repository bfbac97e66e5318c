/**
 * A redraw built in plain objects and written onto the drawing on screen (issue 13). Renderers
 * stay pure and build through `context.document`; given this module's document they build light
 * objects instead of SVG nodes, and the new drawing is compared with the last one in JavaScript:
 * only attributes and texts that differ are written to the page, and only nodes of another kind
 * are inserted or removed (patch-drawing.ts's rule, position by position). A click's drawing
 * was a detached SVG of every widget built node by node, then read back attribute by attribute
 * against the live one. Fetched when a chart is made (chart-drawing.ts).
 *
 * Only the DOM calls SVG renderers make are here; anything else (an HTML table, a canvas) throws,
 * and that element then draws in the page's document, patched as before (see `redraw`).
 */

import { ensureTitle, type ChartOutput } from '@pantau/charts';
import { isPantauError } from '@pantau/core';
import { patchDrawing } from '../patch-drawing.ts';

/** A light element; a text is a string. */
class Light {
  readonly attrs = new Map<string, string>();
  kids: (Light | string)[] = [];
  parent: Light | null = null;

  constructor(
    readonly namespaceURI: string,
    readonly localName: string,
  ) {
    // A DOM property this class lacks then throws (strict mode) instead of being lost.
    Object.preventExtensions(this);
  }

  setAttribute(name: string, value: unknown): void {
    this.attrs.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
  append(...nodes: (Light | string)[]): void {
    for (const node of nodes) {
      if (node instanceof Light) {
        node.remove();
        node.parent = this;
      }
      this.kids.push(node);
    }
  }
  prepend(...nodes: (Light | string)[]): void {
    const at = this.kids.length;
    this.append(...nodes);
    this.kids.unshift(...this.kids.splice(at));
  }
  remove(): void {
    const siblings = this.parent?.kids;
    siblings?.splice(siblings.indexOf(this), 1);
    this.parent = null;
  }
  get textContent(): string {
    return this.kids.map((k) => (k instanceof Light ? k.textContent : k)).join('');
  }
  set textContent(text: string) {
    this.kids = text === '' ? [] : [text];
  }

  /** `tag` (descendants) or `:scope > tag` (children), what renderers ask; else it throws. */
  querySelectorAll(selector: string): Light[] {
    const [, child, tag] = /^(:scope\s*>\s*)?([\w-]+)$/.exec(selector)!;
    const out: Light[] = [];
    const walk = (el: Light) => {
      for (const k of el.kids) {
        if (!(k instanceof Light)) continue;
        if (k.localName === tag) out.push(k);
        if (child === undefined) walk(k);
      }
    };
    walk(this);
    return out;
  }
  querySelector(selector: string): Light | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

/** What SVG renderers are given as `context.document`. */
const lightDocument = {
  createElementNS: (ns: string, tag: string) => new Light(ns, tag),
  createTextNode: (text: string) => text,
} as unknown as Document;

/**
 * A redraw put on screen: drawn in light nodes and written onto `live` (which shows `last`, the
 * light drawing it was last written from), or, when `last` is null or the renderer needs more of
 * the DOM than light nodes offer (an HTML table, a canvas), drawn in the page's document and
 * patched onto `live` (patch-drawing.ts). Returns the output, its node the one on screen, and
 * what to pass as `last` next time.
 */
export function redraw(
  draw: (document?: Document) => ChartOutput,
  live: Element | null,
  last: unknown,
): [ChartOutput, Light | null] {
  const light = last === null ? null : drawLight(draw, live, last);
  if (light !== null) return light;
  const output = draw();
  name(output.node as Element, output.summary, document);
  if (output.surface !== 'canvas' && live !== null && patchDrawing(live, output.node)) {
    output.node = live;
  }
  return [output, null];
}

/** An <svg role="img"> needs a name; a chart without a title is named by its summary. */
function name(root: Element | Light, summary: string, d: Document): void {
  const svg = root.localName === 'svg' ? root : root.querySelector('svg');
  if (svg !== null) ensureTitle(svg as SVGSVGElement, d, summary);
}

/** The light drawing put on screen (see `redraw`); null when the renderer needs the DOM. */
export function drawLight(
  draw: (document: Document) => ChartOutput,
  live: Element | null,
  last: unknown,
): [ChartOutput, Light] | null {
  let output: ChartOutput;
  try {
    output = draw(lightDocument);
  } catch (error) {
    if (isPantauError(error)) throw error;
    return null;
  }
  const root = output.node as unknown as Light;
  if (!(root instanceof Light)) return null;
  name(root, output.summary, lightDocument);
  if (live !== null && last instanceof Light && same(last, root)) patch(last, root, live);
  else {
    const made = make(root) as Element;
    live = live !== null && patchDrawing(live, made) ? live : made;
  }
  output.node = live;
  return [output, root];
}

function make(node: Light | string): Node | string {
  if (!(node instanceof Light)) return node;
  const el = document.createElementNS(node.namespaceURI, node.localName);
  for (const [name, value] of node.attrs) el.setAttribute(name, value);
  el.append(...node.kids.map(make));
  return el;
}

/** Writes what differs between `last` (shown by `live`) and `next` onto `live`. */
function patch(last: Light, next: Light, live: Element): void {
  for (const name of last.attrs.keys()) if (!next.attrs.has(name)) live.removeAttribute(name);
  for (const [name, value] of next.attrs) {
    if (last.attrs.get(name) !== value) live.setAttribute(name, value);
  }
  let at = live.firstChild;
  let i = 0;
  for (const kid of next.kids) {
    // Nodes gone from between others (a heatmap with colours fewer among its cells' paths): drop
    // them, so that the group after them is patched rather than made again with all its texts.
    const found = indexOf(kid, last.kids, i);
    for (; i < found; i++) {
      const after: ChildNode | null = at!.nextSibling;
      at!.remove();
      at = after;
    }
    if (found === -1) {
      live.insertBefore(toNode(make(kid)), at);
      continue;
    }
    const old = last.kids[i]!;
    if (old instanceof Light) patch(old, kid as Light, at as Element);
    else if (old !== kid) at!.nodeValue = kid as string;
    at = at!.nextSibling;
    i++;
  }
  while (at !== null) {
    const after: ChildNode | null = at.nextSibling;
    at.remove();
    at = after;
  }
}

/**
 * Where among `kids`, from `i` on, `kid` can be written (see `same`), or -1 (a new node): at `i`,
 * or further on for a group (`<g>`), whose remaking costs the most. Renderers keep their groups
 * in one order, so a group found further on is one whose earlier siblings went.
 */
function indexOf(kid: Light | string, kids: readonly (Light | string)[], i: number): number {
  const end = kid instanceof Light && kid.localName === 'g' ? kids.length : i + 1;
  for (let j = i; j < Math.min(end, kids.length); j++) if (same(kids[j]!, kid)) return j;
  return -1;
}

function toNode(node: Node | string): Node {
  return typeof node === 'string' ? document.createTextNode(node) : node;
}

/**
 * Whether `b` can be written onto the node drawn from `a`: a text onto a text, an element onto an
 * element of the same tag and, for a group, the same first class (the group of a heatmap's
 * value labels is not patched onto the group of missing cells before it: every label would be
 * rewritten). A mark of another class (a line's lone dot where a marker was) is patched.
 */
function same(a: Light | string, b: Light | string): boolean {
  return a instanceof Light
    ? b instanceof Light &&
        a.localName === b.localName &&
        a.namespaceURI === b.namespaceURI &&
        (a.localName !== 'g' || sameFirstClass(a.attrs.get('class'), b.attrs.get('class')))
    : typeof b === 'string';
}

/** Most patched elements keep their class whole: compared without splitting it. */
function sameFirstClass(a = '', b = ''): boolean {
  return a === b || a.split(' ', 1)[0] === b.split(' ', 1)[0];
}
