import { BRUSH_WORDS, say, UI } from '@pantau/messages';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChartContext, ChartOutput, LineOutput, LineSpan } from '@pantau/charts';
import {
  type BilingualText,
  type FilterClause,
  type Lang,
  type QueryPlan,
  type QueryResult,
  type TableSchema,
} from '@pantau/core';
import { PantauChartElement } from '../base/chart-element.ts';
import type { Publishes } from '../dashboard/publisher-columns.ts';
import { lazyModule } from '../base/lazy-module.ts';
import { LegendSelect, legendEntries, selectEvent, seriesChosen } from '../base/legend-select.ts';
import { legendSelectStyles } from '../base/legend-select.styles.ts';
import type { LineInput } from './line-chart-data.ts';
import { lineChartStyles } from './line-chart.styles.ts';
import type { LineBrush } from './line-brush.ts';
import type * as RendererModule from './line-chart-module.ts';

type Renderer = typeof RendererModule;
const lineRenderer = lazyModule<Renderer>(() => import('./line-chart-module.ts'));

/**
 * A time series: a measure per day, week, month or year (truncated in SQL), one line per value
 * of a series column, a dashed target line, and gaps where a period was not reported: a missing
 * month breaks the line and reads "belum input", never zero. Long series are reduced (M4) and
 * drawn on a canvas, with the same keyboard marks and data table.
 *
 * In a dashboard, a drag across the plot (or Shift+Left/Right from a focused point, then Enter)
 * filters the other widgets to a range of whole periods, and a legend item to one series; the
 * chart itself keeps showing everything, with the range as a band and the series' item ringed.
 *
 * @summary Lines or areas over time from a Pantau source.
 * @fires pantau-ready - The chart drew its data, or found none.
 * @fires pantau-error - The chart cannot be shown; `detail.error` says why, in both languages.
 * @fires pantau-select - A point was chosen (`detail.selection` is `{ [x]: period }` and the series),
 *   a time range brushed (`{ [x]: [start, end] }`) or a legend item chosen (`{ [series]: value }`).
 *   Cancel it to keep the dashboard unfiltered.
 * @csspart base - The whole widget.
 * @csspart plot - The focusable drawing area.
 * @csspart summary - The text summary.
 * @csspart table - The data-table view.
 * @csspart tooltip - The tooltip.
 * @cssprop --pantau-line-chart-height - Height of the drawing (default 300px; `--pantau-chart-height` wins).
 */
export class PantauLineChart extends PantauChartElement<Renderer> {
  /** @internal The columns its marks publish on (dashboard/publisher-columns.ts). */
  static readonly publishes: Publishes = { attributes: ['x', 'series'], periodOf: 'x' };
  static override styles = [...PantauChartElement.styles, legendSelectStyles, lineChartStyles];

  /** Date (or number) column along the time axis. */
  @property() x = '';
  /** Measure per period, in the measure grammar: `sum(received)`, `on_time_rate`, `avg(ikm)`. */
  @property() y = '';
  /** Column whose values become separate lines (e.g. `unit_code`). */
  @property() series = '';
  /** Period to group dates by: `day`, `week` (ISO, from Monday), `month`, `year`; default: as stored. */
  @property() interval = '';
  /** A reference value drawn as a dashed line (e.g. `0.9` for 90%). */
  @property({ type: Number }) target: number | null = null;
  /** Label of the target line; default "Target". */
  @property({ attribute: 'target-label' }) targetLabel = '';
  /** Fill the area under each line (the value axis then starts at zero). */
  @property({ type: Boolean, reflect: true }) area = false;
  /** Official category bands behind the lines: `ikm` (A..D), `pekppp`, `iid`; default none. */
  @property() bands = '';

  /** Bumped when only the brush or the legend's buttons change: re-render, never redraw. */
  @state() private _overlay = 0;
  /** The last drawing and the input it drew, for mapping gestures back to periods and series. */
  #drawn: { output: LineOutput; input: LineInput } | null = null;

  #lineBrush: LineBrush | null = null;

  readonly #legend = new LegendSelect(
    (entry, additive) => this.#chooseSeries(entry.value, additive),
    () => this._overlay++,
  );

  protected override get primaryMeasure(): string {
    return this.y;
  }

  /**
   * The line module (brush and range code included), once loaded. Every gesture and overlay that
   * uses it comes after a drawing, and the module drew it.
   */
  get #module(): Renderer | null {
    return lineRenderer.current ?? null;
  }

  /** The brush, made with the first drawing's module; null before. */
  get #brush(): LineBrush | null {
    const module = this.#module;
    if (module === null) return null;
    this.#lineBrush ??= new module.LineBrush({
      axis: () => this.#drawn?.output.xAxis ?? null,
      node: () => this.#drawn?.output.node ?? null,
      marks: () => this.#drawn?.output.marks ?? [],
      activeMark: () => this.activeMark,
      focusMark: (index) => this.focusMark(index),
      preview: (span) => this.#preview(span),
      apply: (span) => this.#applyRange(span),
      changed: () => this._overlay++,
    });
    return this.#lineBrush;
  }

  protected chartQuery(
    table: TableSchema,
    filter: readonly FilterClause[],
    { lineChartQuery, bandsAttribute, finiteOrNull, TARGET_EXAMPLE }: Renderer,
  ): QueryPlan {
    // Checked here so a wrong attribute shows as the widget's error, like a wrong column.
    finiteOrNull('target', this.target, TARGET_EXAMPLE);
    bandsAttribute(this.bands);
    return lineChartQuery(
      { x: this.x, y: this.y, series: this.series, interval: this.interval },
      table,
      filter,
    );
  }

  protected override get renderer() {
    return lineRenderer;
  }

  protected drawChart(
    result: QueryResult,
    context: ChartContext,
    { renderLine, toLineInput, parseInterval, measureLabel, lineExtras }: Renderer,
  ): ChartOutput {
    const input = toLineInput(result, {
      series: this.series.trim() !== '',
      formatLabel: context.formatLabel ?? String,
    });
    const interval = parseInterval(this.interval);
    const output = renderLine(
      input.data,
      {
        area: this.area,
        target: this.target,
        ...(this.targetLabel ? { targetLabel: this.targetLabel } : {}),
        ...(interval !== null ? { interval } : {}),
        xHeader: input.names.x,
        valueHeader: measureLabel(input.names.value, context.lang),
        ...lineExtras(this, context),
      },
      context,
    );
    // Marks carry the data's own values (a Date stays a Date) and point at the result row drawn.
    for (const mark of output.marks) {
      const s = mark.row ?? 0;
      const selection: Record<string, unknown> = { [input.names.x]: input.xValues[mark.index] };
      if (input.names.series !== null && input.seriesValues !== null) {
        selection[input.names.series] = input.seriesValues[s];
      }
      mark.selection = selection;
      mark.index = input.rowOf[s]?.[mark.index] ?? -1;
    }
    this.#drawn = { output, input };
    return output;
  }

  protected override keyboardHint(lang: Lang): string {
    return `${super.keyboardHint(lang)} ${say(BRUSH_WORDS, lang, 'brushKeyboardHint')}`;
  }

  protected override isOverlayState(key: PropertyKey): boolean {
    return key === '_overlay' || super.isOverlayState(key);
  }

  protected override onPlotPointerDown(e: PointerEvent): void {
    this.#brush?.pointerDown(e);
  }

  protected override onPlotClick(): boolean {
    return this.#brush?.takeClick() ?? false;
  }

  protected override onPlotKeyDown(e: KeyboardEvent): boolean {
    return this.#brush?.keyDown(e) ?? false;
  }

  protected override renderPlotOverlay(_output: ChartOutput): unknown {
    const drawn = this.#drawn;
    if (drawn === null) return nothing;
    const lang = this.effectiveLang;
    const series = drawn.input.names.series;
    const entries =
      series === null ? [] : legendEntries(drawn.output.legend, drawn.input.seriesValues ?? []);
    const chosen = (entry: { value: unknown }) =>
      series !== null && seriesChosen(this.ownClauses, series, entry.value);
    const module = this.#module;
    const applied =
      module?.appliedRange(this.ownClauses, drawn.output.xAxis, drawn.input.names.x, lang) ?? null;
    return html`${this.#brush?.render(applied) ?? nothing}
    ${this.#legend.render(entries, chosen, lang)}`;
  }

  /** A range being chosen by keyboard: say which, how long, and how to apply or drop it. */
  #preview(span: LineSpan | null): void {
    const lang = this.effectiveLang;
    const axis = this.#drawn?.output.xAxis;
    if (span === null || axis === undefined) {
      this.announce(say(BRUSH_WORDS, lang, 'rangeCancelled'));
      return;
    }
    // The brush that calls this came with the module, so it is loaded.
    const count = this.#module!.periodCount(span[1] - span[0] + 1, axis.interval, lang);
    const text = this.#module!.spanText(axis, span, lang);
    this.announce(
      `${say(BRUSH_WORDS, lang, 'range')}: ${text} (${count}). ${say(BRUSH_WORDS, lang, 'rangeHint')}`,
    );
  }

  /** Publishes a brushed range of periods; a chosen series stays chosen. */
  #applyRange(span: LineSpan): void {
    const drawn = this.#drawn;
    const module = this.#module;
    if (drawn === null || module === null) return;
    const x = drawn.input.names.x;
    const lang = this.effectiveLang;
    const { clause, text } = module.spanChoice(drawn.output.xAxis, x, span, lang);
    const proceed = this.dispatchEvent(
      selectEvent({ selection: { [x]: clause.value }, row: null, label: text }),
    );
    if (!proceed || this.dashboard === undefined) return;
    const others = this.ownClauses.filter((c) => c.column.toLowerCase() !== x.toLowerCase());
    const clauses = [...others, clause];
    this.publish(clauses, this.#describe(clauses));
    this.announce(`${say(UI, lang, 'selected')}: ${text}. ${say(UI, lang, 'othersFiltered')}`);
  }

  /** A legend item toggles its series (Shift/Ctrl adds); a brushed range stays. */
  #chooseSeries(value: unknown, additive: boolean): void {
    const series = this.#drawn?.input.names.series ?? null;
    if (series !== null) this.chooseSeries(series, value, additive, (c) => this.#describe(c));
  }

  /** The filter summary's words for this chart's clauses: "Jan–Mar 2024, Disdukcapil". */
  #describe(clauses: readonly FilterClause[]): BilingualText | undefined {
    const drawn = this.#drawn;
    if (drawn === null) return undefined;
    const { names } = drawn.input;
    return this.#module?.describeLine(clauses, names.x, drawn.output.xAxis.interval);
  }
}
