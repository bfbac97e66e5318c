/**
 * Keeping a keyboard user's focus on the table's heading or pager button across a redraw: a page
 * or order of another shape replaces the table's nodes, which would drop the focus. The button is
 * named by selectors (in order of preference) and focused again once the page asked for is drawn.
 */

/** The heading or pager button that has focus now, as selectors that find it after a redraw. */
export function focusedCommand(root: ShadowRoot): string[] | null {
  const active = root.activeElement;
  if (!(active instanceof HTMLButtonElement)) return null;
  const sortKey = active.dataset['pantauSort'];
  if (sortKey !== undefined) return [`[data-pantau-sort="${CSS.escape(sortKey)}"]`];
  if (active.classList.contains('pantau-pager-next')) return ['.pantau-pager-next'];
  if (active.classList.contains('pantau-pager-previous')) return ['.pantau-pager-previous'];
  return null;
}

/** Focuses the first button in `node` that one of `selectors` finds, unless it has focus. */
export function focusCommand(root: ShadowRoot, node: Element, selectors: readonly string[]): void {
  const button = selectors
    .map((selector) => node.querySelector<HTMLElement>(selector))
    .find((b) => b !== null);
  if (button && root.activeElement !== button) button.focus();
}
