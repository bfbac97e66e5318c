import { property } from 'lit/decorators.js';
import type { ChartContext, ChartOutput } from '@pantau/charts';
import type { FilterClause, QueryPlan, QueryResult, TableSchema } from '@pantau/core';
import { PantauChartElement, type WidgetStatus } from '../base/chart-element.ts';
import { lazyModule } from '../base/lazy-module.ts';
import { valueFormatter } from '../base/formats.ts';
import { radarStyles } from './radar.styles.ts';
import type * as RendererModule from './radar-module.ts';

type Renderer = typeof RendererModule;
const radarRenderer = lazyModule<Renderer>(() => import('./radar-module.ts'));

/**
 * A profile over several axes: the nine IKM elements U1..U9 (`value="ikm_profile"`, on the NRR
 * scale 1..4), PEKPPP's six aspects (`axis="aspect" value="avg(score)" max="5"`), or any list of
 * measures. `series` draws one outline per unit (up to 8), each in its own colour and marker
 * shape. An axis a series did not report breaks its outline and reads "belum input".
 *
 * Axes come either from a column (`axis`, one measure in `value`) or, without `axis`, from a
 * comma list of measures in `value`, one per axis.
 *
 * @summary Radar profile over IKM elements, PEKPPP aspects or a list of measures.
 * @fires pantau-ready - The radar drew its data, or found none.
 * @fires pantau-error - The radar cannot be shown; `detail.error` says why, in both languages.
 * @fires pantau-select - A point was chosen; `detail.selection` holds its axis (column mode) and series.
 * @csspart base - The whole widget.
 * @csspart plot - The focusable drawing area.
 * @csspart summary - The text summary.
 * @csspart table - The data-table view.
 * @csspart tooltip - The tooltip.
 * @cssprop --pantau-radar-height - Height of the drawing (default 380px; `--pantau-chart-height` wins).
 */
export class PantauRadar extends PantauChartElement<Renderer> {
  static override styles = [...PantauChartElement.styles, radarStyles];

  /** Column with one axis per value (`aspect`); leave out to list measures in `value`. */
  @property() axis = '';
  /** One measure (with `axis`), or a comma list of measures, one per axis, or `ikm_profile`. */
  @property() value = '';
  /** Column with one outline per value (`unit_code`), at most 8. */
  @property() series = '';
  /** Centre of the scale; default 1 for IKM elements (NRR 1..4), else 0. */
  @property({ type: Number }) min: number | null = null;
  /** Rim of the scale; default 4 for IKM elements, else the largest value rounded up. */
  @property({ type: Number }) max: number | null = null;
  /** Name of the one outline when there is no `series`; default the title. */
  @property() label = '';

  /** `empty` as well when a whole-table profile has no rows behind it. */
  protected override get shownStatus(): WidgetStatus {
    const status = super.shownStatus;
    if (status !== 'ready' || this.axis.trim() !== '' || this.series.trim() !== '') return status;
    // Ready means a query was built, so the module that built it is loaded.
    const module = radarRenderer.current;
    if (module === undefined) return status;
    let measures: string[];
    try {
      measures = module.axisMeasures(this.value);
    } catch {
      return status;
    }
    const { alias } = module.recordsMeasure(measures);
    return module.noRecords(this.queryController.result, alias) ? 'empty' : status;
  }

  protected override get primaryMeasure(): string {
    return this.axis.trim() === '' ? '' : this.value;
  }

  /** IKM element NRRs (1..4) read with two decimals, as the regulation's tables print them. */
  protected override valueFormat() {
    if (this.format.trim() === '' && this.#ikmElements()) {
      return valueFormatter('number:2', this.effectiveLang);
    }
    return super.valueFormat();
  }

  protected chartQuery(
    table: TableSchema,
    filter: readonly FilterClause[],
    module: Renderer,
  ): QueryPlan {
    this.#domain(null, module);
    const { radarQuery } = module;
    return radarQuery(this.#spec(), table, filter);
  }

  protected override get renderer() {
    return radarRenderer;
  }

  protected drawChart(
    result: QueryResult,
    context: ChartContext,
    {
      radarDomain,
      renderRadar,
      fromAxisRows,
      fromMeasureColumns,
      axisMeasures,
      defaultDomain,
      finiteOrNull,
      attributeError,
    }: Renderer,
  ): ChartOutput {
    const formatLabel = context.formatLabel ?? String;
    const series = this.series.trim() !== '';
    const name = this.label.trim() || this.title || this.value.trim();
    const byColumn = this.axis.trim() !== '';
    const measures = byColumn ? [] : axisMeasures(this.value);
    const input = byColumn
      ? fromAxisRows(result, { series, name, formatLabel })
      : fromMeasureColumns(result, measures, { series, name, formatLabel, lang: context.lang });
    const domain = this.#domain(defaultDomain(measures) ?? radarDomain(input.data, {}), {
      finiteOrNull,
      attributeError,
    });
    const output = renderRadar(
      input.data,
      {
        domain,
        axisTitle: byColumn ? (result.names[0] ?? '') : context.lang === 'id' ? 'Unsur' : 'Element',
      },
      context,
    );
    // Selections carry the data's own values; `data` holds one row per series (measures mode)
    // or per axis and series (column mode), so each mark points at its own row.
    const axisName = byColumn ? (result.names[0] ?? '') : null;
    const seriesName = series ? (result.names[byColumn ? 1 : 0] ?? '') : null;
    const rows = result.rows();
    for (const mark of output.marks) {
      const s = mark.row ?? 0;
      const a = mark.col ?? 0;
      const selection: Record<string, unknown> = {};
      if (axisName !== null) selection[axisName] = input.axisValues[a] ?? null;
      if (seriesName !== null) selection[seriesName] = input.seriesValues[s] ?? null;
      mark.selection = selection;
      mark.index = byColumn
        ? rows.findIndex(
            (row) =>
              sameValue(row[axisName!], input.axisValues[a]) &&
              (seriesName === null || sameValue(row[seriesName], input.seriesValues[s])),
          )
        : s;
    }
    return output;
  }

  #spec() {
    return { axis: this.axis, value: this.value, series: this.series };
  }

  #ikmElements(): boolean {
    if (this.axis.trim() !== '') return false;
    try {
      // Read when drawing, so the module is loaded by then.
      const module = radarRenderer.current;
      return module !== undefined && module.defaultDomain(module.axisMeasures(this.value)) !== null;
    } catch {
      return false;
    }
  }

  /** `min`/`max` where given, else `fallback`'s ends (checked without one, before querying). */
  #domain(
    fallback: readonly [number, number] | null,
    { finiteOrNull, attributeError }: Pick<Renderer, 'finiteOrNull' | 'attributeError'>,
  ): readonly [number, number] {
    const min = finiteOrNull('min', this.min);
    const max = finiteOrNull('max', this.max);
    const lo = min ?? fallback?.[0] ?? Number.NEGATIVE_INFINITY;
    const hi = max ?? fallback?.[1] ?? Number.POSITIVE_INFINITY;
    if (!(lo < hi)) {
      throw attributeError(
        `Skala radar tidak valid: min (${lo}) harus lebih kecil dari max (${hi}).`,
        `The radar's scale is not valid: min (${lo}) must be below max (${hi}).`,
        { attribute: 'min', min: lo, max: hi },
      );
    }
    return [lo, hi];
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
