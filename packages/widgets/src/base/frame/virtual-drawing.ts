/**
 * A redraw built in plain objects and written onto the drawing on screen (issue 13). Renderers
 * stay pure and build through `context.document`; given this module's document they build light
 * objects instead of DOM nodes, and the new drawing is compared with the last one in JavaScript:
 * only attributes and texts that differ are written to the page, and only nodes of another kind
 * are inserted or removed (patch-drawing.ts's rule, position by position). A click's drawing
 * was a detached SVG of every widget built node by node, then read back attribute by attribute
 * against the live one: over half of a click's script time. Loaded after a widget's first draw.
 *
 * Only the few DOM calls renderers make are here (attributes, text, append, simple selectors,
 * style and dataset for the canvas and table wrappers); anything else throws, and the drawing is
 * then made with the page's document as before (see `drawVirtually`).
 */

import { ensureTitle, type ChartOutput } from '@pantau/charts';
import { isPantauError } from '@pantau/core';
import { patchDrawing } from '../patch-drawing.ts';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

type Child = VElement | VText | Node;

class VText {
  live: Text | null = null;
  constructor(public text: string) {}
  get textContent(): string {
    return this.text;
  }
}

class VElement {
  readonly attrs = new Map<string, string>();
  children: Child[] = [];
  parent: VElement | null = null;
  live: Element | null = null;
  readonly dataset = new Proxy({} as Record<string, string>, {
    set: (target, name: string, value: string) => {
      target[name] = String(value);
      this.attrs.set(`data-${kebab(name)}`, String(value));
      return true;
    },
  });

  /** Style set through `style`, kept in a real declaration so it serialises as the DOM's does. */
  #styled: HTMLElement | null = null;

  constructor(
    readonly namespaceURI: string,
    readonly localName: string,
  ) {
    // A DOM property this class lacks then throws (strict mode) instead of being lost.
    Object.preventExtensions(this);
  }

  get style(): CSSStyleDeclaration {
    this.#styled ??= document.createElement('div');
    return new Proxy(this.#styled.style, {
      set: (style, name: string, value: string) => {
        style.setProperty(kebab(name), value);
        this.attrs.set('style', style.cssText);
        return true;
      },
    });
  }

  setAttribute(name: string, value: unknown): void {
    this.attrs.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attrs.has(name);
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
  set className(value: string) {
    this.attrs.set('class', value);
  }
  get className(): string {
    return this.attrs.get('class') ?? '';
  }
  // The reflected properties the table's renderer sets (a button's type, a heading's scope).
  set type(value: string) {
    this.attrs.set('type', value);
  }
  set scope(value: string) {
    this.attrs.set('scope', value);
  }
  set disabled(value: boolean) {
    if (value) this.attrs.set('disabled', '');
    else this.attrs.delete('disabled');
  }

  append(...nodes: (Child | string)[]): void {
    for (const node of nodes) this.children.push(this.#adopt(node));
  }
  appendChild<T extends Child>(node: T): T {
    this.append(node);
    return node;
  }
  prepend(...nodes: (Child | string)[]): void {
    this.children.unshift(...nodes.map((n) => this.#adopt(n)));
  }
  remove(): void {
    const siblings = this.parent?.children;
    siblings?.splice(siblings.indexOf(this), 1);
    this.parent = null;
  }

  get textContent(): string {
    return this.children.map((c) => c.textContent ?? '').join('');
  }
  set textContent(text: string) {
    this.children = text === '' ? [] : [new VText(text)];
  }

  /** `tag` or `:scope > tag` only (what renderers ask); anything else throws. */
  querySelectorAll(selector: string): VElement[] {
    const direct = /^:scope\s*>\s*([\w-]+)$/.exec(selector);
    if (direct !== null) return this.children.filter((c) => isNamed(c, direct[1]!)) as VElement[];
    if (!/^[\w-]+$/.test(selector)) throw new Error(`virtual drawing: selector ${selector}`);
    const out: VElement[] = [];
    const walk = (el: VElement) => {
      for (const c of el.children) {
        if (!(c instanceof VElement)) continue;
        if (c.localName === selector) out.push(c);
        walk(c);
      }
    };
    walk(this);
    return out;
  }
  querySelector(selector: string): VElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }

  #adopt(node: Child | string): Child {
    const child = typeof node === 'string' ? new VText(node) : node;
    if (child instanceof VElement) {
      child.remove();
      child.parent = this;
    }
    return child;
  }
}

/** What renderers are given as `context.document`: light nodes; a canvas is the page's own. */
export const virtualDocument = {
  createElementNS: (ns: string, tag: string) => new VElement(ns, tag),
  createElement: (tag: string) =>
    tag === 'canvas' ? document.createElement('canvas') : new VElement(HTML_NS, tag),
  createTextNode: (text: string) => new VText(text),
  get documentElement() {
    return document.documentElement;
  },
  get defaultView() {
    return document.defaultView;
  },
} as unknown as Document;

/**
 * Draws with `draw` in light nodes and puts the result on screen: written onto `onScreen` (the
 * live drawing and the light tree it was last written from), or made into DOM nodes. Returns the
 * output (its node the live one) and the tree to keep for the next redraw; null when the
 * renderer needs more of the DOM than this module offers (the caller then draws as before).
 */
export function drawVirtually(
  draw: (document: Document) => ChartOutput,
  onScreen: { node: Element; tree: unknown } | null,
): { output: ChartOutput; tree: unknown } | null {
  let output: ChartOutput;
  try {
    output = draw(virtualDocument);
  } catch (error) {
    if (isPantauError(error)) throw error;
    return null;
  }
  const root = output.node as unknown as VElement | Element;
  const svg = root.localName === 'svg' ? root : root.querySelector('svg');
  if (svg !== null) ensureTitle(svg as SVGSVGElement, svgDocument(svg), output.summary);
  const last = onScreen?.tree;
  const live = onScreen?.node.isConnected === true ? onScreen.node : null;
  const patched = output.surface !== 'canvas' && live !== null;
  if (!(root instanceof VElement)) {
    // Drawn in the page's document after all (an element that builds its own context).
    if (patched && patchDrawing(live, root)) output.node = live;
    return { output, tree: null };
  }
  if (patched && last instanceof VElement && last.live === live && same(last, root)) {
    patch(last, root);
  } else {
    const made = materialize(root) as Element;
    // The first light redraw of a drawing made in the DOM: patched as before, then linked.
    if (patched && patchDrawing(live, made)) link(root, live);
  }
  output.node = root.live!;
  return { output, tree: root };
}

function svgDocument(svg: VElement | Element): Document {
  return svg instanceof VElement ? virtualDocument : svg.ownerDocument;
}

function materialize(node: Child): Node {
  if (node instanceof VText) return (node.live = document.createTextNode(node.text));
  if (!(node instanceof VElement)) return node;
  const el =
    node.namespaceURI === HTML_NS
      ? document.createElement(node.localName)
      : document.createElementNS(node.namespaceURI, node.localName);
  for (const [name, value] of node.attrs) el.setAttribute(name, value);
  for (const child of node.children) el.append(materialize(child));
  return (node.live = el);
}

/** After patchDrawing made `live` equal to the tree, child for child. */
function link(node: Child, live: Node): void {
  if (node instanceof VText) node.live = live as Text;
  if (!(node instanceof VElement)) return;
  node.live = live as Element;
  let at = live.firstChild;
  for (const child of node.children) {
    link(child, at!);
    at = at!.nextSibling;
  }
}

/** Writes the difference between the last tree and the next onto the live nodes. */
function patch(last: VElement, next: VElement): void {
  const live = last.live!;
  next.live = live;
  for (const name of last.attrs.keys()) if (!next.attrs.has(name)) live.removeAttribute(name);
  for (const [name, value] of next.attrs) {
    if (last.attrs.get(name) !== value) live.setAttribute(name, value);
  }
  const before = last.children;
  let i = 0;
  for (const child of next.children) {
    const old = before[i];
    if (old !== undefined && same(old, child)) {
      if (child instanceof VText) {
        const text = (old as VText).live!;
        if ((old as VText).text !== child.text) text.nodeValue = child.text;
        child.live = text;
      } else patch(old as VElement, child as VElement);
      i++;
    } else live.insertBefore(materialize(child), liveOf(old));
  }
  for (; i < before.length; i++) (liveOf(before[i]) as ChildNode | null)?.remove();
}

function same(a: Child, b: Child): boolean {
  if (a instanceof VText) return b instanceof VText;
  return (
    a instanceof VElement &&
    b instanceof VElement &&
    a.localName === b.localName &&
    a.namespaceURI === b.namespaceURI
  );
}

function liveOf(node: Child | undefined): Node | null {
  if (node === undefined) return null;
  return node instanceof VElement || node instanceof VText ? node.live : node;
}

function isNamed(node: Child, tag: string): boolean {
  return node instanceof VElement && node.localName === tag;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
