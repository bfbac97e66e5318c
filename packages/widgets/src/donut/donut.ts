import { plotNumber } from '@pantau/core';
import { property } from 'lit/decorators.js';
import type { ChartContext, ChartOutput } from '@pantau/charts';
import type { FilterClause, QueryPlan, QueryResult, TableSchema } from '@pantau/core';
import { PantauChartElement } from '../base/chart-element.ts';
import type { Publishes } from '../dashboard/publisher-columns.ts';
import { lazyModule } from '../base/lazy-module.ts';
import { donutStyles } from './donut.styles.ts';
import type * as RendererModule from './donut-module.ts';

type Renderer = typeof RendererModule;
const donutRenderer = lazyModule<Renderer>(() => import('./donut-module.ts'));

/**
 * Shares of a whole: innovations by form, type or stage. Slices are labelled directly with name
 * and percentage, the total sits in the centre. Slices under 3% (or past the eighth) are grouped
 * into "Lainnya" when there are at least two of them; a category whose value is not reported is
 * named under the ring as "belum input", never drawn as a zero slice.
 *
 * @summary Donut of shares per category, with the total in the centre.
 * @fires pantau-ready - The donut drew its data, or found none.
 * @fires pantau-error - The donut cannot be shown; `detail.error` says why, in both languages.
 * @fires pantau-select - A slice was chosen; `detail.selection` is `{ [category]: value }`.
 * @csspart base - The whole widget.
 * @csspart plot - The focusable drawing area.
 * @csspart summary - The text summary.
 * @csspart table - The data-table view.
 * @csspart tooltip - The tooltip.
 * @cssprop --pantau-donut-height - Height of the drawing (default 260px; `--pantau-chart-height` wins).
 */
export class PantauDonut extends PantauChartElement<Renderer> {
  /** @internal The columns its marks publish on (dashboard/publisher-columns.ts). */
  static readonly publishes: Publishes = { attributes: ['category'] };
  static override styles = [...PantauChartElement.styles, donutStyles];

  /** Column with one slice per value (`form`, `type`, `stage`). */
  @property() category = '';
  /** Measure per slice, in the measure grammar; default `count(*)`. */
  @property() value = '';
  /** `desc` or `-y` (largest first, clockwise from 12 o'clock; default), `none` or `x` (category order, e.g. stages). */
  @property() sort = '';

  /** A slice chooses its category alone: a filter on `category` shares the choice. */
  protected override get linkedColumn(): string {
    return this.category;
  }

  protected override get primaryMeasure(): string {
    // Read when drawing, so the module is loaded by then.
    return donutRenderer.current?.donutMeasure(this.value) ?? this.value;
  }

  protected chartQuery(
    table: TableSchema,
    filter: readonly FilterClause[],
    { donutQuery, donutSortsByValue }: Renderer,
  ): QueryPlan {
    donutSortsByValue(this.sort);
    return donutQuery({ category: this.category, value: this.value }, table, filter);
  }

  protected override get renderer() {
    return donutRenderer;
  }

  protected drawChart(
    result: QueryResult,
    context: ChartContext,
    { renderDonut, donutSortsByValue, measureLabel }: Renderer,
  ): ChartOutput {
    const [categoryName, valueName] = result.names;
    const raw = result.columns[categoryName ?? ''] ?? [];
    const values = (result.columns[valueName ?? ''] ?? []).map(plotNumber);
    const formatLabel = context.formatLabel ?? String;
    const output = renderDonut(
      { category: raw.map((c) => formatLabel(c)), value: values },
      {
        sort: donutSortsByValue(this.sort),
        categoryField: categoryName ?? '',
        categoryLabel: categoryName ?? '',
        valueLabel: measureLabel(valueName ?? '', context.lang),
      },
      context,
    );
    // Selections carry the data's own values (a Date stays a Date), not the formatted labels.
    // "Lainnya" (several categories) and the total have no selection and keep none.
    for (const mark of output.marks) {
      if (mark.selection === undefined) continue;
      mark.selection = { [categoryName ?? '']: raw[mark.index] ?? null };
    }
    return output;
  }
}
