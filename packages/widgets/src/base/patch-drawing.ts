/**
 * Redraws by patching: the new drawing's attributes and text are copied onto the nodes already
 * on screen, position by position, and only nodes that differ in kind are inserted or removed.
 * Renderers stay pure (they build a fresh SVG each time); the page keeps its nodes, so the
 * browser restyles and lays out only what changed instead of a whole new SVG per widget and
 * interaction (issue 13: replacing nine SVGs was most of a cross-filter's drawing). The effect of
 * a keyed D3 join that updates attributes, for every renderer at once.
 *
 * For SVG drawings and the table's HTML: a canvas holds pixels, not attributes, so it is never
 * patched.
 */

/** Makes `target` match `source` (same tag required); `source` is consumed. */
export function patchDrawing(target: Element, source: Element): boolean {
  if (!sameKind(target, source)) return false;
  patchElement(target, source);
  return true;
}

function sameKind(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  if (!(a instanceof Element) || !(b instanceof Element)) return true;
  return (
    a.localName === b.localName && a.namespaceURI === b.namespaceURI && a.localName !== 'canvas'
  );
}

function patchElement(target: Element, source: Element): void {
  for (const name of target.getAttributeNames()) {
    if (!source.hasAttribute(name)) target.removeAttribute(name);
  }
  for (const name of source.getAttributeNames()) {
    const value = source.getAttribute(name)!;
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
  let current = target.firstChild;
  let next = source.firstChild;
  while (next !== null) {
    const following = next.nextSibling;
    if (current !== null && sameKind(current, next)) {
      if (current instanceof Element) patchElement(current, next as Element);
      else if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
      current = current.nextSibling;
    } else {
      target.insertBefore(next, current);
    }
    next = following;
  }
  while (current !== null) {
    const after = current.nextSibling;
    current.remove();
    current = after;
  }
}
