import { say, UI } from '@pantau/messages';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ChartContext, ChartOutput } from '@pantau/charts';
import type { FilterClause, Lang, PantauError, Row } from '@pantau/core';
import { coerceNumberProperties } from './number-properties.ts';
import { loadBesideEngine } from './lazy-module.ts';
import { pageDefaults } from './page-defaults.ts';
import { QueryController, type WidgetStatus } from './query-controller.ts';
import { labelFormatter } from './formats.ts';
import { chartStyles } from './chart.styles.ts';
import { sharedStyles } from './shared.styles.ts';
import { ChartHooks } from './chart-hooks.ts';
import { Announcer } from './frame/announcer.ts';
import { ChartDrawing } from './frame/chart-drawing.ts';
import { FrameSize } from './frame/frame-size.ts';
import { renderFocus, renderHeader, renderMessage } from './frame/frame-view.ts';
import { MarkChoice } from './frame/mark-choice.ts';
import { MarkNavigation } from './frame/mark-navigation.ts';
import { ProvisionalView } from './frame/provisional-view.ts';
import { TableAndDownloads } from './frame/table-and-downloads.ts';

export type { WidgetStatus } from './query-controller.ts';
export type { SelectDetail, ReadyDetail, ErrorDetail } from './widget-base.ts';

let nextId = 0;

/**
 * The frame every Pantau chart shares: it finds its coordinator and table, runs the element's
 * query, shows the loading, empty and error states, and makes the drawing accessible (heading,
 * summary, data table, one tab stop with arrow keys, live announcements, tooltips, export).
 * Subclasses only say what to ask (`chartQuery`) and how to draw the answer (`drawChart`). Each
 * concern is a controller of its own in `frame/`; this class wires them and keeps the hooks.
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
export abstract class PantauChartElement<R = unknown> extends ChartHooks<R> {
  // Shared rules last: their skeleton pulse applies over each element's own skeleton.
  static override styles = [chartStyles, sharedStyles];

  readonly #ids = `pantau-${++nextId}`;
  #changes: PropertyValues | null = null; // the update under way's (Lit's map), for the query
  readonly #announcer = new Announcer(this);
  readonly #size = new FrameSize(this, () => this.frameResized());
  readonly #provisional = new ProvisionalView(
    this,
    () => this.provisional,
    (lang) => this.queryController.snapshotNote(lang),
  );
  protected readonly queryController: QueryController = new QueryController(this, {
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
    unchanged: () => this.#changes?.size === 0,
  });
  readonly #drawing: ChartDrawing<R> = new ChartDrawing<R>(this, {
    query: this.queryController,
    renderer: () => this.renderer,
    size: () => this.#size.size,
    context: (): ChartContext => {
      const lang = this.effectiveLang;
      const { size } = this.#size;
      const formatValue = this.valueFormat();
      return { lang, size, formatValue, formatLabel: labelFormatter(lang), title: this.title };
    },
    draw: (result, context, renderer) => this.drawChart(result, context, renderer),
    drawn: (marks) => this.#navigation.drawn(marks),
  });
  readonly #choice = new MarkChoice(this, {
    drawing: this.#drawing,
    selection: () => this.dashboard?.selection,
    own: () => this.ownClauses,
    chosen: () => this.chosenClauses,
    published: (clauses) => this.publishedClauses(clauses),
    publish: (clauses, label) => this.publish(clauses, label),
    announce: (text) => this.announce(text),
  });
  readonly #navigation: MarkNavigation = new MarkNavigation(this, {
    drawing: this.#drawing,
    keyDown: (e) => this.onPlotKeyDown(e),
    pointerDown: (e) => this.onPlotPointerDown(e),
    click: (e) => this.onPlotClick(e),
    choose: (index, additive) => this.#choice.choose(index, additive),
    clearChoice: () => this.#choice.clear(),
    announce: (text) => this.announce(text),
  });
  readonly #extras = new TableAndDownloads(this, {
    ids: this.#ids,
    query: this.queryController,
    drawing: this.#drawing,
    size: () => this.#size.size,
    offersTable: () => this.offersDataTable,
    filter: () => this.activeFilter(),
    announce: (text) => this.announce(text),
  });

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
    return this.queryController.provisional !== null && this.#drawing.error === null;
  }

  /**
   * What the frame shows: the status of the answer in view, a snapshot's included (subclasses
   * that find `empty` in a `ready` answer override this, not `status`). A snapshot that cannot be
   * drawn shows the skeleton: it is not the widget's error.
   */
  protected get shownStatus(): WidgetStatus {
    if (this.#drawing.error !== null) return this.queryController.provisional ? 'loading' : 'error';
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
    return this.#drawing.error ?? this.queryController.error;
  }

  /** The rows drawn, as plain objects (numbers, strings, Dates, null). */
  get data(): readonly Row[] {
    return this.queryController.result?.rows() ?? [];
  }

  /** The focused mark's index in the drawing's marks, or -1. */
  protected get activeMark(): number {
    return this.#navigation.active;
  }

  /** Moves the focus ring and tooltip to a mark and announces it, as the arrow keys do. */
  protected focusMark(index: number): void {
    this.#navigation.focus(index);
  }

  protected announce(text: string): void {
    this.#announcer.say(text);
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

  /** Saves the rows drawn as CSV, under the chart's headings, in the page's language. */
  downloadCsv = (): Promise<void> => this.#extras.save('csv');

  /** Saves the drawing as SVG with its title, period, source and background. */
  downloadSvg = (): Promise<void> => this.#extras.save('svg');

  /** Saves the drawing as PNG (twice the size on screen), framed as the SVG. */
  downloadPng = (): Promise<void> => this.#extras.save('png');

  override connectedCallback(): void {
    super.connectedCallback();
    loadBesideEngine(this.renderer, (this.dashboard ?? pageDefaults()).sources.firstView !== null);
  }

  protected override willUpdate(changed: PropertyValues): void {
    coerceNumberProperties(this, (this.#changes = changed));
    if (this.#size.changed || this.#drawing.needed(changed, (key) => this.isOverlayState(key))) {
      this.#size.changed = false;
      this.#drawing.draw();
    }
  }

  protected override updated(): void {
    const { result } = this.queryController;
    if (this.settled) this.settle(this.error ?? result, result?.numRows ?? 0);
  }

  /** Drawn, empty or failed; a snapshot's figures (or their failure to draw) settle nothing. */
  protected get settled(): boolean {
    if (this.queryController.provisional !== null) return false;
    const status = this.status;
    return (
      status === 'error' ||
      status === 'empty' ||
      (status === 'ready' && this.#drawing.output !== null)
    );
  }

  protected override render(): TemplateResult {
    const lang = this.effectiveLang;
    const status = this.shownStatus;
    const output = this.#drawing.output;
    // Figures from the snapshot carry a visible note until the live query has checked them.
    const note = this.#provisional.note(lang);
    const busy = status === 'loading' || (status === 'ready' && !output) || note !== null;
    const message = status === 'error' || status === 'empty';
    // title="": the host's `title` attribute is the heading here; without this the browser would
    // also show it as a native tooltip over the whole widget, on top of the chart's own tooltips.
    return html`<section
      part="base"
      class="widget"
      title=""
      aria-busy=${busy ? 'true' : 'false'}
      aria-labelledby=${this.title ? `${this.#ids}-title` : nothing}
    >
      ${renderHeader({
        title: this.title,
        description: this.description,
        level: this.headingLevel,
        id: `${this.#ids}-title`,
      })}
      <div class=${message ? 'frame message' : 'frame'}>
        ${
          message || output === null || (status !== 'ready' && status !== 'loading')
            ? renderMessage(message ? status : 'loading', lang, this.error, () =>
                this.queryController.retry(),
              )
            : this.#renderPlot(output, lang, status === 'loading')
        }
      </div>
      ${note === null ? nothing : html`<p part="snapshot-note" class="snapshot-note">${note}</p>`}
      ${!message && status !== 'idle' && output ? this.#extras.render(output, lang) : nothing}
      ${this.#announcer.render()}
    </section>`;
  }

  #renderPlot(output: ChartOutput, lang: Lang, stale: boolean): TemplateResult {
    const nav = this.#navigation;
    const mark = output.marks[nav.active];
    const label = [this.title || say(UI, lang, 'chart'), this.keyboardHint(lang)].join('. ');
    return html`<div
      part="plot"
      class=${stale ? 'plot stale' : 'plot'}
      tabindex="0"
      role="group"
      aria-label=${label}
      aria-describedby="${this.#ids}-summary"
      @keydown=${nav.keyDown}
      @focus=${nav.focusIn}
      @blur=${nav.blur}
      @pointermove=${nav.pointerMove}
      @pointerleave=${nav.pointerLeave}
      @pointerdown=${nav.pointerDown}
      @click=${nav.click}
    >
      ${output.node} ${this.#choice.renderRings(output)} ${this.renderPlotOverlay(output)}
      ${mark ? renderFocus(mark, this.#size.size, nav.tooltip) : nothing}
    </div>`;
  }
}
