import { property } from 'lit/decorators.js';
import { renderLine, type ChartContext, type ChartOutput } from '@pantau/charts';
import {
  PantauError,
  type FilterClause,
  type QueryRequest,
  type QueryResult,
  type TableSchema,
} from '@pantau/core';
import { PantauChartElement } from '../base/chart-element.ts';
import { lineChartQuery } from './line-chart-query.ts';
import { toLineInput } from './line-chart-data.ts';
import { lineChartStyles } from './line-chart.styles.ts';
import { parseInterval } from './period-query.ts';

/**
 * A time series: a measure per day, week, month or year (truncated in SQL), one line per value
 * of a series column, a dashed target line, and gaps where a period was not reported: a missing
 * month breaks the line and reads "belum input", never zero. Long series are reduced (M4) and
 * drawn on a canvas, with the same keyboard marks and data table.
 *
 * @summary Lines or areas over time from a Pantau source.
 * @fires pantau-ready - The chart drew its data, or found none.
 * @fires pantau-error - The chart cannot be shown; `detail.error` says why, in both languages.
 * @fires pantau-select - A point was chosen; `detail.selection` is `{ [x]: period }` (and the series).
 * @csspart base - The whole widget.
 * @csspart plot - The focusable drawing area.
 * @csspart summary - The text summary.
 * @csspart table - The data-table view.
 * @csspart tooltip - The tooltip.
 * @cssprop --pantau-line-chart-height - Height of the drawing (default 300px; `--pantau-chart-height` wins).
 */
export class PantauLineChart extends PantauChartElement {
  static override styles = [...PantauChartElement.styles, lineChartStyles];

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

  protected override get primaryMeasure(): string {
    return this.y;
  }

  protected chartQuery(table: TableSchema, filter: readonly FilterClause[]): QueryRequest {
    // Checked here so a wrong attribute shows as the widget's error, like a wrong column.
    this.#checkTarget();
    return lineChartQuery(
      { x: this.x, y: this.y, series: this.series, interval: this.interval },
      table,
      filter,
    );
  }

  protected drawChart(result: QueryResult, context: ChartContext): ChartOutput {
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
        valueHeader: input.names.value,
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
    return output;
  }

  #checkTarget(): void {
    if (this.target === null || Number.isFinite(this.target)) return;
    throw new PantauError({
      code: 'BAD_EXPRESSION',
      text: {
        id: 'Atribut target harus berupa angka, mis. target="0.9" atau target="80".',
        en: 'The target attribute must be a number, e.g. target="0.9" or target="80".',
      },
      details: { attribute: 'target' },
    });
  }
}
