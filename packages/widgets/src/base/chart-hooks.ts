import { say, UI } from '@pantau/messages';
import { nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChartContext, ChartOutput } from '@pantau/charts';
import type {
  BilingualText,
  FilterClause,
  Lang,
  QueryPlan,
  QueryResult,
  TableSchema,
} from '@pantau/core';
import { formatSpec, labelFormatter, valueFormatter } from './formats.ts';
import { toggleSeries } from './legend-select.ts';
import type { LazyModule } from './lazy-module.ts';
import { linkedFilterKey } from './linked-filter.ts';
import { PantauWidget } from './widget-base.ts';
import { widgetEvent } from './widget-event.ts';

/**
 * What a chart kind says and may override, with the defaults: its attributes, its query and
 * drawing, its module, and hooks for its own gestures, overlays and choices; and the helpers it
 * calls to publish them. The frame that calls the hooks (controllers, lifecycle, templates) is
 * PantauChartElement, in chart-element.ts.
 */
export abstract class ChartHooks<R> extends PantauWidget {
  /** Name of the table to read (a `<pantau-source>` name). */
  @property() source = '';
  /** Heading shown above the chart and used as its accessible name. */
  @property() override title = '';
  /** One or two sentences under the heading: what the chart shows and where the data is from. */
  @property() description = '';
  /** How values are shown: `number`, `number:1`, `percent`, `currency`, `days`, `ikm`, ... */
  @property() format = '';
  /** `none` opts out of the dashboard's filter. */
  @property({ attribute: 'filter-by' }) filterBy = '';
  /** Level of the heading for the page's outline (2 to 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

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
   * lazy-module.ts). Its query waits for it; until its first draw the skeleton stays; once
   * loaded, every draw (a resize, new data) is synchronous. Null: nothing to load, `chartQuery`
   * and `drawChart` get undefined.
   */
  protected get renderer(): LazyModule<R> | null {
    return null;
  }

  /** Sources this element's attributes may name as lookups (`unit` of `unit.name`). */
  protected lookupNames(): string[] {
    return [];
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
    return say(UI, lang, 'keyboardHint');
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

  /** The frame's size changed (see FrameSize: layout is done, reading style costs nothing). */
  protected frameResized(): void {}

  /**
   * State of the element's own that only moves what lies over the drawing (a brush, legend
   * buttons): never a redraw. The frame's rings, tooltip, menu and live region are never one.
   */
  protected isOverlayState(_key: PropertyKey): boolean {
    return false;
  }

  /** Drawn over the plot, under the focus ring and tooltip (a brushed band, legend buttons). */
  protected renderPlotOverlay(_output: ChartOutput): unknown {
    return nothing;
  }

  /** The key the coordinator filters this element by; null when nothing may filter it. */
  protected filterKey(): string | null {
    if (this.dashboard === undefined || this.filterBy.trim().toLowerCase() === 'none') return null;
    return this.selectionKey;
  }

  /**
   * The key this widget publishes its choices under: the key of a select or multi-select
   * `<pantau-filter>` on `linkedColumn` in the same dashboard (one choice, shown in both), else
   * its `id`, else its tag and position among its dashboard's widgets of that tag.
   */
  override get selectionKey(): string {
    return linkedFilterKey(this, this.linkedColumn) ?? super.selectionKey;
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

  /** Says `text` in the widget's live region. */
  protected abstract announce(text: string): void;

  /**
   * A legend item's choice (Shift/Ctrl adds): tells the page (`pantau-select`) and, in a
   * dashboard, toggles the series among this widget's clauses (its other ones, chosen bars or a
   * brushed range, stay) and publishes them under the words `describe` gives.
   */
  protected chooseSeries(
    series: string,
    value: unknown,
    additive: boolean,
    describe: (clauses: readonly FilterClause[]) => BilingualText | undefined,
  ): void {
    const lang = this.effectiveLang;
    const detail = {
      selection: { [series]: value },
      row: null,
      label: labelFormatter(lang)(value),
    };
    if (!this.dispatchEvent(widgetEvent('pantau-select', detail, true)) || !this.dashboard) return;
    const clauses = toggleSeries(this.ownClauses, series, value, additive);
    const label = describe(clauses);
    this.publish(clauses, label);
    this.announce(
      label === undefined
        ? say(UI, lang, 'selectionCleared')
        : `${say(UI, lang, 'selected')}: ${label[lang]}. ${say(UI, lang, 'othersFiltered')}`,
    );
  }

  /** Formats values per the `format` attribute (or the metric's default) in the page's language. */
  protected valueFormat() {
    return valueFormatter(formatSpec(this.format, this.primaryMeasure), this.effectiveLang);
  }
}
