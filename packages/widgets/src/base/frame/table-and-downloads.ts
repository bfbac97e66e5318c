/**
 * Under the drawing: its text summary, the menu button of the data table and the downloads, and
 * the data table's region. The menu's code (chart-menu.ts, the table's rows included) loads when a
 * reader first reaches the button; the downloads' code (downloads.ts) on the first download.
 */

import { say, UI } from '@pantau/messages';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ChartOutput } from '@pantau/charts';
import type { FilterClause, Lang } from '@pantau/core';
import { toError } from '../errors.ts';
import { lazyModule } from '../lazy-module.ts';
import type { QueryController } from '../query-controller.ts';
import type * as ChartMenu from '../chart-menu.ts';
import type * as DownloadsModule from '../downloads.ts';

/** The table-and-downloads menu, loaded when a reader first reaches a chart's menu button. */
const menuCode = lazyModule<typeof ChartMenu>(() => import('../chart-menu.ts'));

/** The download buttons' code (CSV columns, images with their own frame): fetched on first use. */
const downloads = lazyModule<typeof DownloadsModule>(() => import('../downloads.ts'));

export type ExportKind = DownloadsModule.ExportKind;

export interface TableAndDownloadsHost
  extends ReactiveControllerHost, HTMLElement, ChartMenu.MenuChart {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly effectiveLang: Lang;
  title: string;
  format: string;
  source: string;
}

/** What the menu and the downloads ask of the element. */
export interface TableAndDownloadsOptions {
  /** Prefix of the ids this part renders (`<prefix>-summary`, `-menu`, `-table`). */
  ids: string;
  query: QueryController;
  /** The drawing on screen (ChartDrawing), read when needed. */
  drawing: { readonly output: ChartOutput | null };
  size(): { width: number; height: number };
  /** Whether to offer the data-table toggle (a table element already is one). */
  offersTable(): boolean;
  /** The dashboard's filter clauses that apply to the chart (a download's period and notes). */
  filter(): readonly FilterClause[];
  announce(text: string): void;
}

export class TableAndDownloads {
  #tableOpen = false;
  #menuOpen = false;
  readonly #host: TableAndDownloadsHost;
  readonly #options: TableAndDownloadsOptions;

  constructor(host: TableAndDownloadsHost, options: TableAndDownloadsOptions) {
    this.#host = host;
    this.#options = options;
  }

  /**
   * The summary, the menu and the data table. The table's rows are rendered only while it is
   * open (each update then renders the current drawing's): thousands of hidden rows on every
   * draw cost more than the chart itself (bench/README.md). Its empty container stays, so the
   * menu item's aria-controls always names an element. Open, it is a named region in the tab
   * order: a long table scrolls inside it, and keyboard users must be able to scroll it too.
   */
  render(output: ChartOutput, lang: Lang): TemplateResult {
    const { ids } = this.#options;
    const tableId = `${ids}-table`;
    const open = this.#tableOpen;
    return html`<p part="summary" class="summary" id="${ids}-summary">${output.summary}</p>
      <div part="toolbar" class="toolbar">${this.#renderMenu(output, lang, tableId)}</div>
      ${
        this.#options.offersTable()
          ? html`<div
              part="table"
              class="data-table"
              id=${tableId}
              role="region"
              aria-label=${[say(UI, lang, 'tableOf'), output.table.caption].filter(Boolean).join(': ')}
              tabindex=${open ? '0' : nothing}
              ?hidden=${!open}
            >
              ${open ? (menuCode.current?.renderDataTable(output) ?? nothing) : nothing}
            </div>`
          : nothing
      }`;
  }

  /** Saves the chart's rows (`csv`) or drawing; a failure is said in the live region. */
  async save(kind: ExportKind): Promise<void> {
    const { query } = this.#options;
    const result = query.result;
    if (result === null) return;
    const host = this.#host;
    const lang = host.effectiveLang;
    try {
      await (
        await downloads.load()
      ).saveChart(kind, {
        host,
        title: host.title,
        lang,
        format: host.format,
        source: host.source,
        result,
        plan: query.sent?.plan ?? null,
        schema: query.schema,
        filter: this.#options.filter(),
        output: this.#options.drawing.output,
        size: this.#options.size(),
      });
    } catch (error) {
      this.#options.announce(
        kind === 'png' ? say(UI, lang, 'pngFailed') : toError(error).messageIn(lang),
      );
    }
  }

  /**
   * One tab stop for every command: a menu button (WAI-ARIA pattern: Enter, Space or Down opens
   * on the first item, Up on the last) and, once open, the lazily loaded menu.
   */
  #renderMenu(output: ChartOutput, lang: Lang, tableId: string): TemplateResult {
    const menu = this.#menuOpen ? menuCode.current : undefined;
    const id = `${this.#options.ids}-menu`;
    const offersTable = this.#options.offersTable();
    const name = say(UI, lang, offersTable ? 'tableAndDownloads' : 'download');
    const preload = () => void menuCode.load().catch(() => undefined);
    return html`<button
        part="menu-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${menu ? 'true' : 'false'}
        aria-controls=${menu ? id : nothing}
        @pointerenter=${preload}
        @click=${() => (this.#menuOpen ? this.#close(false) : this.#open('first'))}
        @keydown=${this.#onButtonKey}
      >
        ${name}
      </button>
      ${
        menu?.renderChartMenu({
          id,
          name,
          say: (word) => say(UI, lang, word),
          tableOpen: this.#tableOpen,
          tableId: offersTable ? tableId : null,
          surface: output.surface,
          unchecked: this.#options.query.provisional !== null,
          toggleTable: () => this.#set(!this.#tableOpen, this.#menuOpen),
          chart: this.#host,
          close: (refocus) => this.#close(refocus),
        }) ?? nothing
      }`;
  }

  #onButtonKey = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    this.#open(e.key === 'ArrowDown' ? 'first' : 'last');
  };

  /** Loads the menu if need be, opens it and focuses an item; a failed load is announced. */
  #open(focus: 'first' | 'last'): void {
    const host = this.#host;
    menuCode.load().then(
      async (module) => {
        this.#set(this.#tableOpen, true);
        await host.updateComplete;
        module.showMenu(host.renderRoot as ShadowRoot, focus);
      },
      (error: unknown) => this.#options.announce(toError(error).messageIn(host.effectiveLang)),
    );
  }

  #close(refocus: boolean): void {
    this.#set(this.#tableOpen, false);
    if (refocus) this.#host.renderRoot.querySelector<HTMLElement>('[part="menu-button"]')?.focus();
  }

  #set(tableOpen: boolean, menuOpen: boolean): void {
    if (tableOpen === this.#tableOpen && menuOpen === this.#menuOpen) return;
    this.#tableOpen = tableOpen;
    this.#menuOpen = menuOpen;
    this.#host.requestUpdate();
  }
}
