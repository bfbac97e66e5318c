import { property, state } from 'lit/decorators.js';
import type {
  BarMode,
  BarOrientation,
  ChartContext,
  ChartOutput,
  ValueCategory,
} from '@pantau/charts';
import {
  type FilterClause,
  type QueryPlan,
  type QueryResult,
  type TableSchema,
} from '@pantau/core';
import { PantauChartElement } from '../base/chart-element.ts';
import type { Publishes } from '../dashboard/publisher-columns.ts';
import { autoHeight } from '../base/auto-height.ts';
import { pageDefaults } from '../base/page-defaults.ts';
import { lazyModule } from '../base/lazy-module.ts';
import { categoryOf, gradeScaleOf } from '../base/grades.ts';
import { LegendSelect, legendEntries, seriesChosen } from '../base/legend-select.ts';
import { legendSelectStyles } from '../base/legend-select.styles.ts';
import type { BarInput } from './bar-chart-data.ts';
import { barChartStyles } from './bar-chart.styles.ts';
import type * as RendererModule from './bar-chart-module.ts';

type Renderer = typeof RendererModule;
const barRenderer = lazyModule<Renderer>(() => import('./bar-chart-module.ts'));

const ORIENTATIONS: readonly BarOrientation[] = ['horizontal', 'vertical'];
const MODES: readonly Exclude<BarMode, 'single'>[] = ['grouped', 'stacked'];

/**
 * Bars: units ranked by a measure (the Simonik view), or bars over time, grouped or stacked by a
 * series column; graded measures (IKM, PEKPPP, IID) carry their category colour and letter, a
 * target draws a reference line, and units that did not report read "belum input", never zero.
 * With `label`, bars are grouped and chosen by a code (`x="unit_code"`) and named by another
 * column (`label="unit"`), so a click filters every view that holds the code. In a dashboard, a
 * legend item (one tab stop, arrow keys between items) chooses its series as a filter.
 *
 * @summary Ranking, grouped or stacked bars over a Pantau source.
 * @fires pantau-ready - The chart drew its data, or found none.
 * @fires pantau-error - The chart cannot be shown; `detail.error` says why, in both languages.
 * @fires pantau-select - A bar was chosen (`detail.selection` is `{ [x]: value }` and the series),
 *   or a legend item (`{ [color]: value }`).
 * @csspart base - The whole widget.
 * @csspart plot - The focusable drawing area.
 * @csspart summary - The text summary.
 * @csspart table - The data-table view.
 * @csspart tooltip - The tooltip.
 * @cssprop --pantau-bar-chart-height - Height of the drawing; default: about 28 px a bar for a
 *   horizontal ranking, 300px otherwise (`--pantau-chart-height` wins over both).
 */
export class PantauBarChart extends PantauChartElement<Renderer> {
  /** @internal The columns its marks publish on (dashboard/publisher-columns.ts). */
  static readonly publishes: Publishes = { attributes: ['x', 'color'] };
  static override styles = [...PantauChartElement.styles, legendSelectStyles, barChartStyles];

  /** Column with one bar per value (a unit, a month); what a chosen bar filters by. */
  @property() x = '';
  /** Column that names the bars when `x` holds codes, e.g. `x="unit_code" label="unit"`. */
  @property() label = '';
  /** Measure per bar, in the measure grammar: `ikm`, `sum(received)`, `avg("Waktu (hari)")`. */
  @property() y = '';
  /** Column whose values become series: grouped (default) or stacked bars. */
  @property() color = '';
  /** `desc` or `-y` (largest first; the default for categories), `asc` or `y`, `x` (the default for dates and numbers), `-x` (reversed), `none`. */
  @property() sort = '';
  /** At most this many bars (labels), after sorting. */
  @property({ type: Number }) limit: number | null = null;
  /** `horizontal` (a ranking) or `vertical`; default: vertical for a few short labels. */
  @property() orientation = '';
  /** With `color`: `grouped` (side by side, default) or `stacked`. */
  @property() mode = '';
  /** A reference value drawn as a dashed line (e.g. `0.9` for 90%). */
  @property({ type: Number }) target: number | null = null;
  /** Label of the target line; default "Target". */
  @property({ attribute: 'target-label' }) targetLabel = '';
  /** Grade scale for colours and letters: `ikm`, `pekppp`, `iid`, `none`; default from `y` (`ikm`, `ipp`, `iid`). */
  @property() bands = '';
  /** Hide the value labels at the bars' ends. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-values' }) hideValues = false;

  /** A ranking grows with its bars; the page's --pantau-chart-height still wins (see styles). */
  #height = autoHeight(this, 'pantau-bar-chart');
  /** Bumped when only the legend's buttons change: re-render, never redraw. */
  @state() private _overlay = 0;
  /** The last drawing and its input, for mapping a legend item back to its series. */
  #drawn: { output: ChartOutput; input: BarInput } | null = null;
  readonly #legend = new LegendSelect(
    (entry, additive) => this.#chooseSeries(entry.value, additive),
    () => this._overlay++,
  );

  protected override get primaryMeasure(): string {
    return this.y;
  }

  /** Without series a bar chooses its `x` value alone: a filter on `x` shares the choice. */
  protected override get linkedColumn(): string {
    return this.color.trim() === '' ? this.x : '';
  }

  protected chartQuery(
    table: TableSchema,
    filter: readonly FilterClause[],
    {
      barChartQuery,
      bandsAttribute,
      oneOf,
      finiteOrNull,
      TARGET_EXAMPLE,
      withRespondents,
    }: Renderer,
  ): QueryPlan {
    // Checked here so a wrong attribute shows as the widget's error, like a wrong column.
    oneOf('orientation', this.orientation, ORIENTATIONS);
    oneOf('mode', this.mode, MODES);
    bandsAttribute(this.bands);
    finiteOrNull('target', this.target, TARGET_EXAMPLE);
    const plan = barChartQuery(this.#spec(), table, filter);
    return this.color.trim() === '' ? withRespondents(plan, this.y) : plan;
  }

  protected override get renderer() {
    return barRenderer;
  }

  protected drawChart(
    result: QueryResult,
    context: ChartContext,
    {
      chooseOrientation,
      preferredBarsHeight,
      renderBars,
      toBarInput,
      barLimit,
      barSortOrder,
      oneOf,
      measureLabel,
      barNotes,
    }: Renderer,
  ): ChartOutput {
    const series = this.color.trim() !== '';
    // A first-view snapshot is drawn before the table's own schema is known: its schema then.
    const table = this.queryController.schemaInView;
    const sort = table === null ? 'none' : barSortOrder(this.#spec(), table);
    const input = toBarInput(result, {
      series,
      label: this.label.trim() !== '',
      sort,
      limit: barLimit(this.limit),
      formatLabel: context.formatLabel ?? String,
    });
    const scale = series ? null : gradeScaleOf(this.bands, this.y);
    const categories: (ValueCategory | null)[] | undefined =
      scale !== null && 'values' in input.data
        ? input.data.values.map((v) => categoryOf(scale, v, context.lang))
        : undefined;
    // Too few respondents behind an IKM bar: "⚠ n = 50" beside its value (rows are the bars).
    const sample = barNotes(series ? {} : result.columns, input.data.labels, context.lang);
    const given = oneOf('orientation', this.orientation, ORIENTATIONS);
    const orientation =
      given === '' ? chooseOrientation(input.data.labels, context.size.width) : given;
    const mode = series ? oneOf('mode', this.mode, MODES) || 'grouped' : 'single';
    // A ranking gets about 28 px a bar unless the page fixed the height; drawn at that height
    // now (not after a resize), so the first drawing is already the right one.
    const size = this.#height.sizeFor(
      context.size,
      orientation === 'horizontal' && !this.#height.pageSetsHeight()
        ? preferredBarsHeight(input.data.labels.length, {
            mode,
            series: 'series' in input.data ? input.data.series.length : 1,
            legend: series,
            target: this.target !== null,
          })
        : null,
    );
    const output = renderBars(
      input.data,
      {
        orientation,
        mode,
        target: this.target,
        ...(this.targetLabel ? { targetLabel: this.targetLabel } : {}),
        ...(categories ? { categories } : {}),
        notes: sample.notes,
        showValues: !this.hideValues,
        labelHeader: input.names.label ?? input.names.x,
        valueHeader: measureLabel(input.names.value, context.lang),
      },
      { ...context, size },
    );
    // Selections carry the data's own values (a Date stays a Date), not the formatted labels.
    for (const mark of output.marks) {
      const selection: Record<string, unknown> = { [input.names.x]: input.xValues[mark.index] };
      if (input.names.series !== null && input.seriesValues !== null && mark.col !== undefined) {
        selection[input.names.series] = input.seriesValues[mark.col];
      }
      mark.selection = selection;
    }
    this.#drawn = { output, input };
    if (sample.sentence !== '') output.summary = `${output.summary} ${sample.sentence}`;
    return output;
  }

  protected override isOverlayState(key: PropertyKey): boolean {
    return key === '_overlay' || super.isOverlayState(key);
  }

  protected override renderPlotOverlay(output: ChartOutput): unknown {
    const input = this.#drawn?.input;
    const series = input?.names.series ?? null;
    if (input === undefined || series === null) return null;
    const entries = legendEntries(output.legend, input.seriesValues ?? []);
    const chosen = (entry: { value: unknown }) =>
      seriesChosen(this.ownClauses, series, entry.value);
    return this.#legend.render(entries, chosen, this.effectiveLang);
  }

  /** A legend item toggles its series (Shift/Ctrl adds); chosen bars stay chosen. */
  #chooseSeries(value: unknown, additive: boolean): void {
    const input = this.#drawn?.input;
    const series = input?.names.series ?? null;
    if (input === undefined || series === null) return;
    // The bars' names are in the module that drew them (bar-names.ts).
    this.chooseSeries(series, value, additive, (clauses) =>
      barRenderer.current?.describeBars(clauses, input),
    );
  }

  protected override updated(): void {
    super.updated();
    this.#height.write();
  }

  protected override frameResized(): void {
    this.#height.frameResized();
  }

  #spec() {
    return {
      x: this.x,
      y: this.y,
      color: this.color,
      sort: this.sort,
      limit: this.limit,
      label: this.label,
      lookups: (this.dashboard ?? pageDefaults()).sources,
    };
  }

  protected override lookupNames(): string[] {
    return this.label.includes('.') ? [this.label.split('.')[0]!.trim()] : [];
  }
}
