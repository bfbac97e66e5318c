/**
 * A chart's menu of the data table and the downloads, opened by its menu button (the WAI-ARIA
 * menu button pattern): a chart is then two tab stops, its drawing and this button, instead of one
 * per command. Loaded on first use (frame/table-and-downloads.ts preloads it when the pointer
 * reaches the button), so a page that never opens a menu never downloads it, nor its styles, nor
 * the data table's rows (the menu is the only way to open the table). It imports
 * nothing from the page's first chunk but Lit (its words come through `say`): a shared module
 * would become a chunk of its own that every page loads.
 */

import { css, html, nothing, type TemplateResult } from 'lit';
import type { ChartOutput } from '@pantau/charts';
import type { MessageKey, UI } from '@pantau/messages';

/** What the menu's items do: the chart element's own exports. */
export interface MenuChart {
  downloadCsv(): Promise<void>;
  downloadSvg(): Promise<void>;
  downloadPng(): Promise<void>;
}

export interface ChartMenuOptions {
  /** The menu's id (the button's aria-controls) and its name (the button's). */
  id: string;
  name: string;
  /** The interface's words in the page's language (@pantau/messages' UI area). */
  say(word: MessageKey<typeof UI>): string;
  tableOpen: boolean;
  /** The data table's container, when the chart offers one. */
  tableId: string | null;
  /** What the drawing is: an SVG can be saved as SVG and PNG, a canvas as PNG, HTML as neither. */
  surface: 'svg' | 'canvas' | 'html';
  /** A snapshot's figures are not downloaded: a file would lose the note that they are unchecked. */
  unchecked: boolean;
  toggleTable(): void;
  chart: MenuChart;
  /** Closes the menu; `refocus`: giving focus back to its button. */
  close(refocus: boolean): void;
}

interface MenuItem {
  label: string;
  disabled: boolean;
  controls?: string;
  run(): void;
}

function itemsOf(options: ChartMenuOptions): MenuItem[] {
  const { say, tableId, surface, unchecked, chart } = options;
  const items: MenuItem[] = [];
  if (tableId !== null) {
    const label = say(options.tableOpen ? 'hideTable' : 'showTable');
    items.push({ label, disabled: false, controls: tableId, run: options.toggleTable });
  }
  items.push({
    label: say('downloadCsv'),
    disabled: unchecked,
    run: () => void chart.downloadCsv(),
  });
  if (surface === 'svg') {
    items.push({
      label: say('downloadSvg'),
      disabled: unchecked,
      run: () => void chart.downloadSvg(),
    });
  }
  if (surface !== 'html') {
    const run = () => void chart.downloadPng();
    items.push({ label: say('downloadPng'), disabled: unchecked, run });
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
    aria-label=${options.name}
    @keydown=${(e: KeyboardEvent) => onMenuKey(e, options)}
    @focusout=${(e: FocusEvent) => onMenuLeft(e, options)}
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
            options.close(true);
            item.run();
          }}
        >
          ${item.label}
        </button>`,
    )}
  </div>`;
}

const menuStyles = css`
  .menu {
    position: absolute;
    z-index: 3;
    top: 100%;
    margin-top: 4px;
    display: flex;
    flex-direction: column;
    padding: 4px;
    background: var(--pantau-chart-background);
    border: 1px solid var(--pantau-chart-border);
    border-radius: 6px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 18%);
  }
  .menu button {
    border-color: transparent;
    text-align: start;
  }
  .menu button:focus {
    background: var(--pantau-sys-surface-muted, #f3f4f6);
  }
  .menu [aria-disabled='true'] {
    color: var(--pantau-chart-muted);
    cursor: not-allowed;
  }
`.styleSheet;

/**
 * Once the menu is rendered in `root`: gives the chart's shadow root the menu's styles (a
 * constructed sheet, which a strict `style-src` allows) and focuses its first or last item.
 */
export function showMenu(root: ShadowRoot, which: 'first' | 'last'): void {
  if (menuStyles && !root.adoptedStyleSheets.includes(menuStyles)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, menuStyles];
  }
  const items = root.querySelectorAll<HTMLElement>('[role="menuitem"]');
  items[which === 'first' ? 0 : items.length - 1]?.focus();
}

/**
 * Focus leaving the menu (a click elsewhere) closes it, unless it went to the menu button, whose
 * click then closes it (closing here first would have that click open it again).
 */
function onMenuLeft(e: FocusEvent, options: ChartMenuOptions): void {
  const next = e.relatedTarget;
  if (next instanceof Element && next.matches('[part="menu-button"], .menu *')) return;
  options.close(false);
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
      options.close(true);
      return;
    case 'Tab':
      // Focus goes back to the button, and Tab's own move then carries on from there: Tab
      // leaves the chart, Shift+Tab returns to its drawing.
      options.close(true);
      return;
    default:
      return;
  }
  e.preventDefault();
  items[next]?.focus();
}

/** The drawing's data table: a caption, a header row, and one row per mark headed by its label. */
export function renderDataTable(output: ChartOutput): TemplateResult {
  const { table } = output;
  const numeric = table.numeric ?? [];
  return html`<table>
    <caption>
      ${table.caption}
    </caption>
    <thead>
      <tr>
        ${table.headers.map((h, i) => html`<th scope="col" class=${numeric[i] ? 'num' : ''}>${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${table.rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((cell, i) =>
              i === 0
                ? html`<th scope="row" class=${numeric[i] ? 'num' : ''}>${cell}</th>`
                : html`<td class=${numeric[i] ? 'num' : ''}>${cell}</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
