import { property } from 'lit/decorators.js';
import type { ChartContext, ChartOutput, ValueCategory } from '@pantau/charts';
import type { FilterClause, QueryPlan, QueryResult, TableSchema } from '@pantau/core';
import { PantauChartElement } from '../base/chart-element.ts';
import type { Publishes } from '../dashboard/publisher-columns.ts';
import { autoHeight } from '../base/auto-height.ts';
import { lazyModule } from '../base/lazy-module.ts';
import { categoryOf, gradeBands, gradeScaleOf } from '../base/grades.ts';
import { heatmapStyles } from './heatmap.styles.ts';
import type * as RendererModule from './heatmap-module.ts';

type Renderer = typeof RendererModule;
const heatmapRenderer = lazyModule<Renderer>(() => import('./heatmap-module.ts'));

/** Height per unit row, and room for legend and time axis, when the page sets no height (px). */
const ROW_HEIGHT = 26;
const CHROME_HEIGHT = 96;
const MAX_AUTO_HEIGHT = 1_400;

/**
 * A unit x period matrix: one cell per unit and month (or any column across), coloured on a
 * sequential ramp or by grade (IKM, PEKPPP, IID), the value written in cells that fit it. A cell
 * nobody reported is hatched and unfilled, listed as "belum input": never zero. More than about
 * 2,000 cells go on a canvas, with the same keyboard marks and data table.
 *
 * @summary Unit x period heatmap from a Pantau source.
 * @fires pantau-ready - The chart drew its data, or found none.
 * @fires pantau-error - The chart cannot be shown; `detail.error` says why, in both languages.
 * @fires pantau-select - A cell was chosen; `detail.selection` is `{ [y]: unit, [x]: period }`.
 * @csspart base - The whole widget.
 * @csspart plot - The focusable drawing area.
 * @csspart summary - The text summary.
 * @csspart table - The data-table view.
 * @csspart tooltip - The tooltip.
 * @cssprop --pantau-heatmap-height - Height of the drawing; default: about 26 px a unit
 *   (`--pantau-chart-height` wins over both).
 */
export class PantauHeatmap extends PantauChartElement<Renderer> {
  /** @internal The columns its marks publish on (dashboard/publisher-columns.ts). */
  static readonly publishes: Publishes = { attributes: ['y', 'x'], periodOf: 'x' };
  static override styles = [...PantauChartElement.styles, heatmapStyles];

  /** Column across: a date column (periods) or categories. */
  @property() x = '';
  /** Column down: one row per value (a unit). */
  @property() y = '';
  /** Measure per cell, in the measure grammar: `on_time_rate`, `sum(received)`, `ikm`. */
  @property() value = '';
  /** Period to group the x dates by: `day`, `week`, `month`, `year`; default: as stored. */
  @property() interval = '';
  /** Grade scale for cell colours: `ikm`, `pekppp`, `iid`, `none`; default from `value`. */
  @property() bands = '';

  /** The grid grows with its units; the page's height still wins (see styles). */
  #height = autoHeight(this, 'pantau-heatmap');

  protected override get primaryMeasure(): string {
    return this.value;
  }

  protected chartQuery(
    table: TableSchema,
    filter: readonly FilterClause[],
    { heatmapQuery, bandsAttribute }: Renderer,
  ): QueryPlan {
    bandsAttribute(this.bands);
    return heatmapQuery(
      { x: this.x, y: this.y, value: this.value, interval: this.interval },
      table,
      filter,
    );
  }

  protected override get renderer() {
    return heatmapRenderer;
  }

  // Cells of periods publish whole periods as a date range (./period-choice.ts).
  protected override get chosenClauses(): readonly FilterClause[] {
    const module = heatmapRenderer.current;
    const interval = module?.parseInterval(this.interval) ?? null;
    if (module === undefined || interval === null) return this.ownClauses;
    return module.rangeToPeriods(this.ownClauses, this.x, interval);
  }

  protected override publishedClauses(clauses: FilterClause[]): FilterClause[] {
    const module = heatmapRenderer.current;
    const interval = module?.parseInterval(this.interval) ?? null;
    if (module === undefined || interval === null) return clauses;
    return module.periodsToRange(clauses, this.x, interval);
  }

  protected drawChart(
    result: QueryResult,
    context: ChartContext,
    { renderHeatmap, toHeatmapInput, parseInterval }: Renderer,
  ): ChartOutput {
    const interval = parseInterval(this.interval);
    const input = toHeatmapInput(result, {
      interval,
      formatLabel: context.formatLabel ?? String,
    });
    const scale = gradeScaleOf(this.bands, this.value);
    const categories: (ValueCategory | null)[] | undefined =
      scale === null ? undefined : input.data.values.map((v) => categoryOf(scale, v, context.lang));
    const size = this.#height.sizeFor(
      context.size,
      this.#height.pageSetsHeight()
        ? null
        : Math.min(MAX_AUTO_HEIGHT, CHROME_HEIGHT + ROW_HEIGHT * input.data.rows.length),
    );
    const output = renderHeatmap(
      categories ? { ...input.data, categories } : input.data,
      {
        ...(interval !== null ? { interval } : {}),
        ...(scale !== null ? { categoryLegend: gradeBands(scale, context.lang) } : {}),
        rowHeader: input.names.y,
      },
      { ...context, size },
    );
    // Marks carry the data's own values and point at the result row behind the cell.
    for (const mark of output.marks) {
      const r = mark.row ?? 0;
      const c = mark.col ?? 0;
      mark.selection = {
        [input.names.y]: input.rowValues[r],
        [input.names.x]: input.colValues[c],
      };
      mark.index = input.rowOf[mark.index] ?? -1;
    }
    return output;
  }

  protected override updated(): void {
    super.updated();
    this.#height.write();
  }

  protected override frameResized(): void {
    this.#height.frameResized();
  }
}
