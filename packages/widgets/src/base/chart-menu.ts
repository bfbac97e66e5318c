/**
 * A chart's menu of the data table and the downloads, opened by its menu button (the WAI-ARIA
 * menu button pattern): a chart is then two tab stops, its drawing and this button, instead of one
 * per command. Loaded on first use (chart-element.ts preloads it when the pointer or focus reaches
 * the button), so a page that never opens a menu never downloads it.
 */

import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '@pantau/core';
import { ui } from './ui-text.ts';

export interface ChartMenuOptions {
  /** The menu's id (the button's aria-controls) and the button's id (the menu's name). */
  id: string;
  buttonId: string;
  lang: Lang;
  /** The data table's container, when the chart offers one; whether it is open. */
  tableId: string | null;
  tableOpen: boolean;
  /** What the drawing is: an SVG can be saved as SVG and PNG, a canvas as PNG, HTML as neither. */
  surface: 'svg' | 'canvas' | 'html';
  /** A snapshot's figures are not downloaded: a file would lose the note that they are unchecked. */
  unchecked: boolean;
  toggleTable(): void;
  download(kind: 'csv' | 'svg' | 'png'): void;
  /** Closes the menu, giving focus back to its button. */
  close(): void;
}

interface MenuItem {
  label: string;
  disabled: boolean;
  controls?: string;
  run(): void;
}

function itemsOf(options: ChartMenuOptions): MenuItem[] {
  const { lang, tableId, surface, unchecked, download } = options;
  const items: MenuItem[] = [];
  if (tableId !== null) {
    items.push({
      label: ui(options.tableOpen ? 'hideTable' : 'showTable', lang),
      disabled: false,
      controls: tableId,
      run: options.toggleTable,
    });
  }
  items.push({ label: ui('downloadCsv', lang), disabled: unchecked, run: () => download('csv') });
  if (surface === 'svg') {
    items.push({ label: ui('downloadSvg', lang), disabled: unchecked, run: () => download('svg') });
  }
  if (surface !== 'html') {
    items.push({ label: ui('downloadPng', lang), disabled: unchecked, run: () => download('png') });
  }
  return items;
}

/** The open menu: items are buttons out of the tab order; the arrow keys move between them. */
export function renderChartMenu(options: ChartMenuOptions): TemplateResult {
  return html`<div
    part="menu"
    class="menu"
    role="menu"
    id=${options.id}
    aria-labelledby=${options.buttonId}
    @keydown=${(e: KeyboardEvent) => onMenuKey(e, options)}
  >
    ${itemsOf(options).map(
      (item) =>
        html`<button
          part="menu-item"
          type="button"
          role="menuitem"
          tabindex="-1"
          aria-disabled=${item.disabled ? 'true' : 'false'}
          aria-controls=${item.controls ?? nothing}
          @click=${() => {
            if (item.disabled) return;
            options.close();
            item.run();
          }}
        >
          ${item.label}
        </button>`,
    )}
  </div>`;
}

/** Focuses the first or last item of the menu under `root` (as the button's keys open it). */
export function focusMenuItem(root: ParentNode, which: 'first' | 'last'): void {
  const items = root.querySelectorAll<HTMLElement>('[role="menuitem"]');
  items[which === 'first' ? 0 : items.length - 1]?.focus();
}

function onMenuKey(e: KeyboardEvent, options: ChartMenuOptions): void {
  const menu = e.currentTarget as HTMLElement;
  const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.indexOf(e.target as HTMLElement);
  const last = items.length - 1;
  let next: number;
  switch (e.key) {
    case 'ArrowDown':
      next = at >= last ? 0 : at + 1;
      break;
    case 'ArrowUp':
      next = at <= 0 ? last : at - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = last;
      break;
    case 'Escape':
      e.preventDefault();
      e.stopPropagation();
      options.close();
      return;
    case 'Tab':
      // Focus goes back to the button, and Tab's own move then carries on from there: Tab
      // leaves the chart, Shift+Tab returns to its drawing.
      options.close();
      return;
    default:
      return;
  }
  e.preventDefault();
  items[next]?.focus();
}
