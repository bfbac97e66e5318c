import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from './style-props.ts';
import { consume } from '@lit/context';
import {
  ensureTitle,
  NAVIGATION_KEYS,
  nextMarkIndex,
  type ChartContext,
  type ChartMark,
  type ChartOutput,
} from '@pantau/charts';
import {
  formatNumber,
  type FilterClause,
  type BilingualText,
  type Lang,
  type PantauError,
  type QueryPlan,
  type QueryResult,
  type Row,
  type Selection,
  type TableSchema,
} from '@pantau/core';
import { chosenValues, isChosen, markName, toggleMark } from './mark-selection.ts';
import { dashboardContext, ensureContextRoot, type DashboardContext } from './context.ts';
import { coerceNumberProperties } from './number-properties.ts';
import { pageDefaults } from './page-defaults.ts';
import { QueryController, type WidgetStatus } from './query-controller.ts';
import { formatSpec, labelFormatter, valueFormatter } from './formats.ts';
import { ui } from './ui-text.ts';
import { chartStyles } from './chart.styles.ts';
import { sharedStyles } from './shared.styles.ts';
import { canRetry, toError } from './errors.ts';
import { patchDrawing } from './patch-drawing.ts';
import { lazyRenderer, type LazyRenderer } from './lazy-renderer.ts';
import type * as DownloadsModule from './downloads.ts';
import { linkedFilterKey } from './linked-filter.ts';
import type * as ChartMenu from './chart-menu.ts';

export type { WidgetStatus } from './query-controller.ts';

/** Detail of `pantau-select`: what the chosen mark stands for and the row it draws. */
export interface SelectDetail {
  selection: Readonly<Record<string, unknown>>;
  row: Row | null;
  label: string;
}

export interface ReadyDetail {
  status: WidgetStatus;
  rows: number;
}

export interface ErrorDetail {
  error: PantauError;
}

/** State that only moves the focus ring, tooltip or table toggle: never a reason to redraw. */
const UI_ONLY = new Set<PropertyKey>([
  '_active',
  '_tooltip',
  '_announcement',
  '_tableOpen',
  '_menuOpen',
]);

/** The table-and-downloads menu, loaded when a reader first reaches a chart's menu button. */
const menuCode = lazyRenderer<typeof ChartMenu>(() => import('./chart-menu.ts'));

/** Errors that may pass by themselves (a server down or busy, a file not fetched): a retry helps. */
let nextId = 0;

const FALLBACK_SIZE = { width: 640, height: 300 };

/** The download buttons' code (CSV columns, images with their own frame): fetched on first use. */
const downloads = lazyRenderer<typeof DownloadsModule>(() => import('./downloads.ts'));

/**
 * The frame every Pantau chart shares: it finds its coordinator and table, runs the element's
 * query, shows the loading, empty and error states, and makes the drawing accessible (heading,
 * summary, data table, one tab stop with arrow keys, live announcements, tooltips, export).
 * Subclasses only say what to ask (`chartQuery`) and how to draw the answer (`drawChart`).
 *
 * @fires pantau-ready - The chart drew its data, or found none (`detail.status` is `ready` or `empty`).
 * @fires pantau-error - The chart cannot be shown; `detail.error` is a PantauError.
 * @fires pantau-select - A mark was chosen with Enter or a click; `detail.selection` says what it stands for.
 * @csspart base - The whole widget.
 * @csspart title - The heading.
 * @csspart description - The description under the heading.
 * @csspart plot - The focusable drawing area.
 * @csspart svg - The drawing itself.
 * @csspart summary - The text summary.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data-table view.
 * @csspart toolbar - Holds the menu button and its menu.
 * @csspart menu-button - Opens the menu of the data table and the downloads.
 * @csspart menu - The open menu.
 * @csspart menu-item - A command in the menu.
 * @cssprop --pantau-chart-height - Height of the drawing area (default 300px).
 */
export abstract class PantauChartElement<R = unknown> extends LitElement {
  // Shared rules last: their skeleton pulse applies over each element's own skeleton.
  static override styles = [chartStyles, sharedStyles];

  /** Name of the table to read (a `<pantau-source>` name). */
  @property() source = '';
  /** Heading shown above the chart and used as its accessible name. */
  @property() override title = '';
  /** One or two sentences under the heading: what the chart shows and where the data is from. */
  @property() description = '';
  /** How values are shown: `number`, `number:1`, `percent`, `currency`, `days`, `ikm`, ... */
  @property() format = '';
  /** `id` (default) or `en`; inherits the dashboard's. */
  @property() override lang = '';
  /** `none` opts out of the dashboard's filter. */
  @property({ attribute: 'filter-by' }) filterBy = '';
  /** Level of the heading for the page's outline (2 to 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @consume({ context: dashboardContext, subscribe: true })
  @state()
  protected dashboard?: DashboardContext;

  @state() private _size = { width: 0, height: 0 };
  @state() private _active = -1;
  @state() private _tooltip = false;
  @state() private _announcement = '';
  @state() private _tableOpen = false;
  @state() private _menuOpen = false;

  protected readonly queryController: QueryController;
  #output: ChartOutput | null = null;
  #drawError: PantauError | null = null;
  #resizeObserver: ResizeObserver | null = null;
  readonly #ids = `pantau-${++nextId}`;
  #autoKey: string | undefined;
  #watched: Selection | undefined;
  readonly #onSelection = (): void => this.requestUpdate();
  /** The answer the current drawing shows. */
  #drawnResult: QueryResult | null = null;
  #waiters: (() => void)[] = [];
  #announced: unknown = null;
  /** A renderer load under way (one per element; the module itself is shared per tag). */
  #rendererPending = false;
  /** The last failed renderer load and the result it was for: a new result tries again. */
  #rendererFailure: { result: QueryResult; error: PantauError } | null = null;

  constructor() {
    super();
    ensureContextRoot();
    this.queryController = new QueryController(this, {
      settings: () => {
        const { coordinator, sources } = this.dashboard ?? pageDefaults();
        return { coordinator, sources, source: this.source.trim(), filterKey: this.filterKey() };
      },
      // Until the element's module is there, no query ("none"): `pending` makes the controller
      // wait for it and ask again.
      build: (table, filter) => {
        const lazy = this.renderer;
        const module = lazy?.current;
        if (lazy !== null && module === undefined) return null;
        return this.chartQuery(table, filter, module as R);
      },
      pending: () => {
        const lazy = this.renderer;
        if (lazy !== null && lazy.current === undefined) return lazy.load();
        // Lookup tables named in attributes (`label="unit.name"`) must be in before the plan.
        return (this.dashboard ?? pageDefaults()).sources.lookupsPending(this.lookupNames());
      },
      snapshot: true,
    });
  }

  /** Sources this element's attributes may name as lookups (`unit` of `unit.name`). */
  protected lookupNames(): string[] {
    return [];
  }

  /**
   * `idle`, `loading`, `ready`, `empty` or `error`, about live figures only: `loading` while a
   * first-view snapshot is shown (see `provisional`), and a snapshot that cannot be drawn is no
   * error (the live query decides).
   */
  get status(): WidgetStatus {
    return this.queryController.provisional !== null ? 'loading' : this.shownStatus;
  }

  /**
   * True while the figures shown come from the dashboard's first-view snapshot and the live query
   * has not yet checked them (reflected as the `provisional` attribute, for page CSS).
   */
  get provisional(): boolean {
    return this.queryController.provisional !== null && this.#drawError === null;
  }

  /**
   * What the frame shows: the status of the answer in view, a snapshot's included (subclasses
   * that find `empty` in a `ready` answer override this, not `status`). A snapshot that cannot be
   * drawn shows the skeleton: it is not the widget's error.
   */
  protected get shownStatus(): WidgetStatus {
    if (this.#drawError !== null) return this.queryController.provisional ? 'loading' : 'error';
    return this.queryController.status;
  }

  /**
   * While the chart shows its dashboard's first-view snapshot (`<pantau-dashboard snapshot>`) and
   * the live query has not yet checked it: when the snapshot was taken. Null otherwise.
   */
  get snapshotTakenAt(): Date | null {
    return this.queryController.provisional;
  }

  /** What went wrong, when `status` is `error`. */
  get error(): PantauError | null {
    if (this.queryController.provisional !== null) return null;
    return this.#drawError ?? this.queryController.error;
  }

  /** The rows drawn, as plain objects (numbers, strings, Dates, null). */
  get data(): readonly Row[] {
    return this.queryController.result?.rows() ?? [];
  }

  /** Resolves once the current data is drawn, or found empty, or failed; never rejects. */
  get ready(): Promise<WidgetStatus> {
    return this.updateComplete.then(() =>
      this.#isSettled()
        ? this.status
        : new Promise<WidgetStatus>((resolve) => this.#waiters.push(() => resolve(this.status))),
    );
  }

  /** The language in force: the element's, else its dashboard's, else Indonesian. */
  get effectiveLang(): Lang {
    const own = this.lang.trim().toLowerCase();
    if (own.startsWith('en')) return 'en';
    if (own.startsWith('id')) return 'id';
    return this.dashboard?.lang ?? 'id';
  }

  /**
   * The query for this element's attributes over `table` (pure; throws PantauError), built with
   * `module`, the element's loaded module (undefined when it has none to load).
   */
  protected abstract chartQuery(
    table: TableSchema,
    filter: readonly FilterClause[],
    module: R,
  ): QueryPlan | null;

  /**
   * Draws the query's answer (pure; throws PantauError on data it cannot draw) with `renderer`,
   * the module `renderer` loaded (undefined when the chart has none to load).
   */
  protected abstract drawChart(
    result: QueryResult,
    context: ChartContext,
    renderer: R,
  ): ChartOutput;

  /**
   * The element's module: its query builders and drawing code, loaded when it connects (see
   * lazy-renderer.ts). Its query waits for it; until its first draw the skeleton stays; once
   * loaded, every draw (a resize, new data) is synchronous. Null: nothing to load, `chartQuery`
   * and `drawChart` get undefined.
   */
  protected get renderer(): LazyRenderer<R> | null {
    return null;
  }

  /** The measure whose format and grades apply by default (e.g. the `y` of a bar chart). */
  protected get primaryMeasure(): string {
    return '';
  }

  /** Whether to offer the data-table toggle (a table element already is one). */
  protected get offersDataTable(): boolean {
    return true;
  }

  /** How the plot's keys work, read out with its name; a chart with gestures of its own adds them. */
  protected keyboardHint(lang: Lang): string {
    return ui('keyboardHint', lang);
  }

  /**
   * Hooks for a chart's own gestures on its plot (a line chart's brush), called before the shared
   * keyboard and click model: return true when the event was handled and the shared model must
   * leave it alone.
   */
  protected onPlotKeyDown(_e: KeyboardEvent): boolean {
    return false;
  }

  protected onPlotPointerDown(_e: PointerEvent): void {}

  protected onPlotClick(_e: MouseEvent): boolean {
    return false;
  }

  /**
   * The frame's size changed (a ResizeObserver callback: layout is done, so reading computed
   * style here costs nothing, where a read during a draw forces the page's style to be recomputed
   * in the middle of the other widgets' updates).
   */
  protected frameResized(): void {}

  /** State that only moves what lies over the drawing (rings, tooltip, a brush): never a redraw. */
  protected isOverlayState(key: PropertyKey): boolean {
    return UI_ONLY.has(key);
  }

  /** Drawn over the plot, under the focus ring and tooltip (a brushed band, legend buttons). */
  protected renderPlotOverlay(_output: ChartOutput): unknown {
    return nothing;
  }

  /** The focused mark's index in the drawing's marks, or -1. */
  protected get activeMark(): number {
    return this._active;
  }

  /** Moves the focus ring and tooltip to a mark and announces it, as the arrow keys do. */
  protected focusMark(index: number): void {
    this.#activate(index);
  }

  /** Says `text` in the widget's live region. */
  protected announce(text: string): void {
    this._announcement = text;
  }

  /**
   * The dashboard's filter clauses that apply to this element: everyone else's choices on columns
   * its table has, unless `filter-by="none"`.
   */
  protected activeFilter(): readonly FilterClause[] {
    const { coordinator } = this.dashboard ?? pageDefaults();
    return coordinator.filterFor({
      filterKey: this.filterKey(),
      filterSchema: this.queryController.schema,
    });
  }

  /** The key the coordinator filters this element by; null when nothing may filter it. */
  protected filterKey(): string | null {
    if (this.dashboard === undefined || this.filterBy.trim().toLowerCase() === 'none') return null;
    return this.selectionKey;
  }

  /**
   * The key this widget publishes its choices under: the key of a select or multi-select
   * `<pantau-filter>` on `linkedColumn` in the same dashboard (one choice, shown in both), else
   * its `id`, else its tag and position among its dashboard's widgets of that tag (stable across
   * reloads, so URL state finds it again).
   */
  get selectionKey(): string {
    const linked = linkedFilterKey(this, this.linkedColumn);
    if (linked !== null) return linked;
    if (this.id) return this.id;
    this.#autoKey ??= autoKey(this);
    return this.#autoKey;
  }

  /**
   * The column whose values this widget's marks choose, when that is all they choose (a bar
   * chart without series); '' when a filter's control could not show its choice.
   */
  protected get linkedColumn(): string {
    return '';
  }

  /** This widget's own choices (highlighted here, filtering the others). */
  protected get ownClauses(): readonly FilterClause[] {
    return this.dashboard?.selection.own(this.selectionKey) ?? [];
  }

  /**
   * This widget's choices as its marks stand for them (eq / in on the marks' values): what the
   * rings and the next click are worked out from. A chart that publishes something else (a
   * heatmap of periods publishes a date range) turns its published clauses back here.
   */
  protected get chosenClauses(): readonly FilterClause[] {
    return this.ownClauses;
  }

  /** The clauses published for marks chosen in the form `chosenClauses` gives (as they are). */
  protected publishedClauses(clauses: FilterClause[]): FilterClause[] {
    return clauses;
  }

  /** Publishes this widget's choices to its dashboard (an empty list clears them). */
  protected publish(clauses: readonly FilterClause[], label?: BilingualText): void {
    this.dashboard?.selection.update(this.selectionKey, clauses, label);
  }

  /** Formats values per the `format` attribute (or the metric's default) in the page's language. */
  protected valueFormat() {
    return valueFormatter(formatSpec(this.format, this.primaryMeasure), this.effectiveLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver ??= new ResizeObserver((entries) => this.#onResize(entries));
    // Fetched beside DuckDB's start, not after the table's schema: a failure is reported by the
    // query controller, which asks for the module again.
    this.renderer?.load().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watched?.removeEventListener('change', this.#onSelection);
    this.#watched = undefined;
    this.#resizeObserver?.disconnect();
  }

  protected override firstUpdated(): void {
    const frame = this.renderRoot.querySelector('.frame');
    if (frame !== null) this.#resizeObserver?.observe(frame);
  }

  protected override willUpdate(changed: PropertyValues): void {
    coerceNumberProperties(this, changed);
    this.#watchSelection();
    // An update with no changed property comes from the query controller (new status or data),
    // a renderer that arrived, or the dashboard's selection. A selection change only re-queries
    // (hostUpdate, next) and re-rings (render): drawing the old answer again first would hold up
    // this widget's query, and every widget's after it in the same batch.
    const redraw =
      changed.size === 0
        ? this.#output === null ||
          this.queryController.status !== 'ready' ||
          this.queryController.result !== this.#drawnResult
        : [...changed.keys()].some((key) => !this.isOverlayState(key));
    if (redraw) this.#draw();
    // After the draw: a snapshot that cannot be drawn is not shown, so not provisional.
    this.toggleAttribute('provisional', this.provisional);
  }

  protected override updated(): void {
    if (!this.#isSettled()) return;
    // Announce each outcome once: a resize or a focus move re-renders without a new outcome.
    const outcome = this.error ?? this.queryController.result;
    if (outcome !== this.#announced) {
      this.#announced = outcome;
      const status = this.status;
      if (status === 'error' && this.error !== null) {
        this.dispatchEvent(event('pantau-error', { error: this.error }));
      } else {
        const rows = this.queryController.result?.numRows ?? 0;
        this.dispatchEvent(event('pantau-ready', { status, rows }));
      }
    }
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  /** Drawn, empty or failed: nothing more will happen until something changes. */
  #isSettled(): boolean {
    // A snapshot's figures, or its failure to draw, settle nothing: the live query has not answered.
    if (this.queryController.provisional !== null) return false;
    const status = this.status;
    return (
      status === 'error' || status === 'empty' || (status === 'ready' && this.#output !== null)
    );
  }

  /** Re-query (others' choices) or re-highlight (own) whenever the dashboard's selection changes. */
  #watchSelection(): void {
    const selection = this.isConnected ? this.dashboard?.selection : undefined;
    if (selection === this.#watched) return;
    this.#watched?.removeEventListener('change', this.#onSelection);
    selection?.addEventListener('change', this.#onSelection);
    this.#watched = selection;
  }

  #draw(): void {
    const result = this.queryController.result;
    this.#drawError = null;
    const status = this.queryController.status;
    // While a new query runs, the last drawing stays (dimmed) rather than flashing a skeleton.
    if (status === 'loading' || status === 'idle') return;
    if (result === null || status !== 'ready' || this._size.width === 0) {
      this.#output = null;
      return;
    }
    const lazy = this.renderer;
    const renderer = lazy?.current;
    if (lazy !== null && renderer === undefined) {
      this.#output = null;
      this.#loadRenderer(lazy, result);
      return;
    }
    const lang = this.effectiveLang;
    // A canvas holds pixels: only SVG and HTML (the table's) drawings are patched.
    const onScreen = this.#output?.surface === 'canvas' ? null : (this.#output?.node ?? null);
    try {
      this.#output = this.drawChart(
        result,
        {
          lang,
          size: this._size,
          formatValue: this.valueFormat(),
          formatLabel: labelFormatter(lang),
          title: this.title,
        },
        renderer as R,
      );
      this.#drawnResult = result;
      // The drawing on screen takes the new one's attributes and text (see patch-drawing.ts).
      const drawn = this.#output;
      if (drawn.surface !== 'canvas' && onScreen?.isConnected && patchDrawing(onScreen, drawn.node))
        drawn.node = onScreen;
      if (this._active >= this.#output.marks.length) this._active = -1;
      // An <svg role="img"> needs a name; a chart without a title is named by its summary.
      const svg = this.#svg();
      if (svg !== null) ensureTitle(svg, document, this.#output.summary);
    } catch (error) {
      this.#output = null;
      this.#drawError = toError(error);
    }
  }

  /**
   * Starts the renderer's load and redraws when it lands, with the result current then (a newer
   * query's answer, not the one that started the load). A failed load is this widget's error
   * until a new result arrives.
   */
  #loadRenderer(lazy: LazyRenderer<R>, result: QueryResult): void {
    if (this.#rendererFailure?.result === result) {
      this.#drawError = this.#rendererFailure.error;
      return;
    }
    if (this.#rendererPending) return;
    this.#rendererPending = true;
    lazy.load().then(
      () => {
        this.#rendererPending = false;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#rendererPending = false;
        this.#rendererFailure = {
          result: this.queryController.result ?? result,
          error: toError(error),
        };
        this.requestUpdate();
      },
    );
  }

  protected override render(): TemplateResult {
    const lang = this.effectiveLang;
    const status = this.shownStatus;
    // Figures from the snapshot carry a visible note until the live query has checked them.
    const note = this.provisional ? this.queryController.snapshotNote(lang) : null;
    // title="": the host's `title` attribute is the heading here; without this the browser would
    // also show it as a native tooltip over the whole widget, on top of the chart's own tooltips.
    return html`<section
      part="base"
      class="widget"
      title=""
      aria-busy=${status === 'loading' || (status === 'ready' && !this.#output) || note !== null ? 'true' : 'false'}
      aria-labelledby=${this.title ? `${this.#ids}-title` : nothing}
    >
      ${this.#renderHeader()}
      <div class=${status === 'error' || status === 'empty' ? 'frame message' : 'frame'}>
        ${this.#renderBody(status, lang)}
      </div>
      ${note === null ? nothing : html`<p part="snapshot-note" class="snapshot-note">${note}</p>`}
      ${
        (status === 'ready' || status === 'loading') && this.#output
          ? this.#renderExtras(this.#output, lang)
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    </section>`;
  }

  #renderHeader(): TemplateResult | typeof nothing {
    if (!this.title && !this.description) return nothing;
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    return html`<header>
      ${
        this.title
          ? html`<div
              part="title"
              class="title"
              role="heading"
              aria-level=${level}
              id="${this.#ids}-title"
            >
              ${this.title}
            </div>`
          : nothing
      }
      ${this.description ? html`<p part="description" class="description">${this.description}</p>` : nothing}
    </header>`;
  }

  #renderBody(status: WidgetStatus, lang: Lang): TemplateResult {
    if (status === 'error') {
      const error = this.error;
      return html`<div class="state error" role="alert">
        <p class="state-title">${ui('errorTitle', lang)}</p>
        <p>${error?.messageIn(lang) ?? ''}</p>
        ${error ? html`<p class="code">${ui('errorCode', lang)}: ${error.code}</p>` : nothing}
        ${
          canRetry(error)
            ? html`<button part="retry" type="button" @click=${() => this.queryController.retry()}>
                ${ui('retry', lang)}
              </button>`
            : nothing
        }
      </div>`;
    }
    if (status === 'empty') {
      return html`<div class="state empty">
        <p class="state-title">${ui('empty', lang)}</p>
        <p>${ui('emptyHint', lang)}</p>
      </div>`;
    }
    const output = this.#output;
    if (status === 'loading' && output !== null) return this.#renderPlot(output, lang, true);
    if (status !== 'ready' || output === null) {
      return html`<div class="state loading">
        <div class="skeleton" aria-hidden="true"></div>
        <span class="visually-hidden">${ui('loading', lang)}</span>
      </div>`;
    }
    return this.#renderPlot(output, lang);
  }

  #renderPlot(output: ChartOutput, lang: Lang, stale = false): TemplateResult {
    const mark = output.marks[this._active];
    const label = [this.title || ui('chart', lang), this.keyboardHint(lang)].join('. ');
    return html`<div
      part="plot"
      class=${stale ? 'plot stale' : 'plot'}
      tabindex="0"
      role="group"
      aria-label=${label}
      aria-describedby="${this.#ids}-summary"
      @keydown=${this.#onKeyDown}
      @focus=${this.#onFocus}
      @blur=${this.#onBlur}
      @pointermove=${this.#onPointerMove}
      @pointerleave=${this.#onPointerLeave}
      @pointerdown=${this.#onPointerDown}
      @click=${this.#onClick}
    >
      ${output.node} ${this.#renderChosen(output)} ${this.renderPlotOverlay(output)}
      ${mark ? this.#renderFocus(mark) : nothing}
    </div>`;
  }

  /** Rings around this widget's chosen marks: the others are filtered by them, this one is not. */
  #renderChosen(output: ChartOutput): TemplateResult[] {
    const chosen = chosenValues(this.chosenClauses);
    if (chosen.size === 0) return [];
    return output.marks
      .filter((m) => isChosen(m, chosen))
      .map(({ box }) => {
        const ring = {
          left: `${box.x - 2}px`,
          top: `${box.y - 2}px`,
          width: `${box.width + 4}px`,
          height: `${box.height + 4}px`,
        };
        return html`<div class="chosen-ring" aria-hidden="true" style=${styleProps(ring)}></div>`;
      });
  }

  #renderFocus(mark: ChartMark): TemplateResult {
    const { x, y, width, height } = mark.box;
    // styleProps writes through CSSOM only, which a strict `style-src` (no 'unsafe-inline') allows.
    const ring = {
      left: `${x - 3}px`,
      top: `${y - 3}px`,
      width: `${width + 6}px`,
      height: `${height + 6}px`,
    };
    const below = y + height + 8;
    const flip = below > this._size.height - 40;
    const tip = {
      left: `${Math.max(0, Math.min(x, this._size.width - 220))}px`,
      top: `${flip ? Math.max(0, y - 44) : below}px`,
    };
    return html`<div class="focus-ring" aria-hidden="true" style=${styleProps(ring)}></div>
      <div
        part="tooltip"
        class="tooltip"
        role="tooltip"
        ?hidden=${!this._tooltip}
        style=${styleProps(tip)}
      >
        ${mark.label}
      </div>`;
  }

  /**
   * The summary, the menu and the data table. The table's rows are rendered only while it is
   * open (each update then renders the current drawing's): thousands of hidden rows on every
   * draw cost more than the chart itself (bench/README.md). Its empty container stays, so the
   * menu item's aria-controls always names an element. Open, it is a named region in the tab order:
   * a long table scrolls inside it, and keyboard users must be able to scroll it too.
   */
  #renderExtras(output: ChartOutput, lang: Lang): TemplateResult {
    const tableId = `${this.#ids}-table`;
    return html`<p part="summary" class="summary" id="${this.#ids}-summary">${output.summary}</p>
      <div part="toolbar" class="toolbar">${this.#renderMenu(output, lang, tableId)}</div>
      ${
        this.offersDataTable
          ? html`<div
              part="table"
              class="data-table"
              id=${tableId}
              role="region"
              aria-label=${[ui('tableOf', lang), output.table.caption].filter(Boolean).join(': ')}
              tabindex=${this._tableOpen ? '0' : nothing}
              ?hidden=${!this._tableOpen}
            >
              ${this._tableOpen ? renderDataTable(output) : nothing}
            </div>`
          : nothing
      }`;
  }

  /**
   * One tab stop for every command: a menu button (WAI-ARIA pattern: Enter, Space or Down opens
   * on the first item, Up on the last) and, once open, the lazily loaded menu.
   */
  #renderMenu(output: ChartOutput, lang: Lang, tableId: string): TemplateResult {
    const menu = this._menuOpen ? menuCode.current : undefined;
    const id = `${this.#ids}-menu`;
    const preload = () => void menuCode.load().catch(() => undefined);
    return html`<button
        part="menu-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${menu ? 'true' : 'false'}
        aria-controls=${menu ? id : nothing}
        @pointerenter=${preload}
        @click=${() => (this._menuOpen ? this.#closeMenu(false) : this.#openMenu('first'))}
        @keydown=${this.#onMenuButtonKey}
      >
        ${ui(this.offersDataTable ? 'tableAndDownloads' : 'download', lang)}
      </button>
      ${
        menu?.renderChartMenu({
          id,
          name: ui(this.offersDataTable ? 'tableAndDownloads' : 'download', lang),
          say: (word) => ui(word, lang),
          tableOpen: this._tableOpen,
          tableId: this.offersDataTable ? tableId : null,
          surface: output.surface,
          unchecked: this.queryController.provisional !== null,
          toggleTable: () => (this._tableOpen = !this._tableOpen),
          chart: this,
          close: (refocus) => this.#closeMenu(refocus),
        }) ?? nothing
      }`;
  }

  #onMenuButtonKey = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    this.#openMenu(e.key === 'ArrowDown' ? 'first' : 'last');
  };

  /** Loads the menu if need be, opens it and focuses an item; a failed load is announced. */
  #openMenu(focus: 'first' | 'last'): void {
    menuCode.load().then(
      async (module) => {
        this._menuOpen = true;
        await this.updateComplete;
        module.showMenu(this.renderRoot as ShadowRoot, focus);
      },
      (error: unknown) => (this._announcement = toError(error).messageIn(this.effectiveLang)),
    );
  }

  #closeMenu(refocus: boolean): void {
    this._menuOpen = false;
    if (refocus) this.renderRoot.querySelector<HTMLElement>('[part="menu-button"]')?.focus();
  }

  /** Saves the rows drawn as CSV, under the chart's headings, in the page's language. */
  downloadCsv = (): Promise<void> => this.#save('csv');

  /** Saves the drawing as SVG with its title, period, source and background. */
  downloadSvg = (): Promise<void> => this.#save('svg');

  /** Saves the drawing as PNG (twice the size on screen), framed as the SVG. */
  downloadPng = (): Promise<void> => this.#save('png');

  async #save(kind: DownloadsModule.ExportKind): Promise<void> {
    const result = this.queryController.result;
    if (result === null) return;
    const lang = this.effectiveLang;
    try {
      await (
        await downloads.load()
      ).saveChart(kind, {
        host: this,
        title: this.title,
        lang,
        format: this.format,
        source: this.source,
        result,
        plan: this.queryController.sent?.plan ?? null,
        schema: this.queryController.schema,
        filter: this.activeFilter(),
        output: this.#output,
        size: this._size,
      });
    } catch (error) {
      this._announcement = kind === 'png' ? ui('pngFailed', lang) : toError(error).messageIn(lang);
    }
  }

  #svg(): SVGSVGElement | null {
    const node = this.#output?.node ?? null;
    if (node instanceof SVGSVGElement) return node;
    return node?.querySelector('svg') ?? null;
  }

  #onResize(entries: ResizeObserverEntry[]): void {
    const box = entries[entries.length - 1]?.contentRect;
    if (box === undefined) return;
    this.frameResized();
    let width = Math.floor(box.width);
    let height = Math.floor(box.height);
    if (width <= 0 || height <= 0) {
      // Hidden (display: none, a closed tab): draw at a usual size now, the real one when shown.
      if (this._size.width > 0) return;
      width = FALLBACK_SIZE.width;
      height = FALLBACK_SIZE.height;
    }
    if (width === this._size.width && height === this._size.height) return;
    this._size = { width, height };
  }

  #onKeyDown(e: KeyboardEvent): void {
    if (this.onPlotKeyDown(e)) return;
    const marks = this.#output?.marks ?? [];
    if (e.key === 'Escape') {
      if (this._tooltip) {
        this._tooltip = false;
        e.stopPropagation();
      } else if (this.ownClauses.length > 0) {
        this.publish([]);
        this._announcement = ui('selectionCleared', this.effectiveLang);
        e.stopPropagation();
      }
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      if (this._active >= 0) {
        e.preventDefault();
        this.#select(this._active, e.shiftKey || e.ctrlKey || e.metaKey);
      }
      return;
    }
    if (!NAVIGATION_KEYS.includes(e.key)) return;
    e.preventDefault();
    this.#activate(nextMarkIndex(marks, this._active, e.key));
  }

  #onFocus(): void {
    if (this._active >= 0) this._tooltip = true;
  }

  #onBlur(): void {
    this._tooltip = false;
  }

  #onPointerMove(e: PointerEvent): void {
    const index = this.#markAt(e);
    if (index < 0) {
      this._tooltip = false;
      return;
    }
    if (index !== this._active) this._active = index;
    this._tooltip = true;
  }

  #onPointerLeave(): void {
    if (!this.matches(':focus-within')) this._tooltip = false;
  }

  #onPointerDown(e: PointerEvent): void {
    this.onPlotPointerDown(e);
  }

  #onClick(e: MouseEvent): void {
    if (this.onPlotClick(e)) return;
    const index = this.#markAt(e);
    if (index >= 0) this.#select(index, e.shiftKey || e.ctrlKey || e.metaKey);
  }

  /** The mark under the pointer, or the nearest within 12 px (points and thin bars). */
  #markAt(e: MouseEvent): number {
    const svgOrWrapper = this.#output?.node;
    if (!svgOrWrapper) return -1;
    const origin = svgOrWrapper.getBoundingClientRect();
    const px = e.clientX - origin.left;
    const py = e.clientY - origin.top;
    let best = -1;
    let bestDistance = 12;
    this.#output!.marks.forEach((mark, i) => {
      const { x, y, width, height } = mark.box;
      const dx = Math.max(x - px, 0, px - (x + width));
      const dy = Math.max(y - py, 0, py - (y + height));
      const distance = Math.hypot(dx, dy);
      if (distance < bestDistance || (distance === 0 && bestDistance === 0)) {
        best = i;
        bestDistance = distance;
      }
    });
    return best;
  }

  #activate(index: number): void {
    const marks = this.#output?.marks ?? [];
    const mark = marks[index];
    if (mark === undefined) return;
    this._active = index;
    this._tooltip = true;
    const lang = this.effectiveLang;
    const [at, of] = [index + 1, marks.length].map((n) => formatNumber(n, lang));
    const position = lang === 'id' ? `${at} dari ${of}` : `${at} of ${of}`;
    this._announcement = `${mark.label} (${position})`;
  }

  /**
   * Chooses a mark: tells the page (`pantau-select`) and, inside a dashboard, publishes what the
   * mark stands for so the other widgets filter by it (Shift/Ctrl adds to the choice). A page can
   * cancel the event to keep the dashboard unfiltered.
   */
  #select(index: number, additive = false): void {
    const marks = this.#output?.marks ?? [];
    const mark = marks[index];
    if (mark === undefined) return;
    const detail: SelectDetail = {
      selection: mark.selection ?? {},
      row: this.data[mark.index] ?? null,
      label: mark.label,
    };
    const proceed = this.dispatchEvent(event('pantau-select', detail, true));
    if (!proceed || !this.dashboard || Object.keys(detail.selection).length === 0) return;
    const clauses = toggleMark(this.chosenClauses, mark, additive);
    const chosen = chosenValues(clauses);
    const names = marks.filter((m) => isChosen(m, chosen)).map(markName);
    const label = names.length > 0 ? { id: names.join(', '), en: names.join(', ') } : undefined;
    this.publish(this.publishedClauses(clauses), label);
    const lang = this.effectiveLang;
    this._announcement =
      clauses.length === 0
        ? ui('selectionCleared', lang)
        : `${ui('selected', lang)}: ${names.join(', ')}. ${ui('othersFiltered', lang)}`;
  }
}

function renderDataTable(output: ChartOutput): TemplateResult {
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

function event<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable });
}

let autoKeys = 0;

/** `pantau-bar-chart-2`: the widget's place among same-tag widgets of its dashboard. */
function autoKey(el: HTMLElement): string {
  const scope = el.closest('pantau-dashboard');
  if (scope === null) return `${el.localName}-page-${++autoKeys}`;
  const index = [...scope.querySelectorAll(el.localName)].indexOf(el);
  return `${el.localName}-${index + 1}`;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pantau-ready': CustomEvent<ReadyDetail>;
    'pantau-error': CustomEvent<ErrorDetail>;
    'pantau-select': CustomEvent<SelectDetail>;
  }
}
