import { property } from 'lit/decorators.js';
import type { ChartContext, ChartOutput } from '@pantau/charts';
import type { FilterClause, QueryPlan, QueryResult, TableSchema } from '@pantau/core';
import { PantauChartElement, type WidgetStatus } from '../base/chart-element.ts';
import { lazyModule } from '../base/lazy-module.ts';
import { categoryOf, gradeScaleOf } from '../base/grades.ts';
import { formatSpec } from '../base/formats.ts';
import { kpiStyles } from './kpi.styles.ts';
import type * as RendererModule from './kpi-module.ts';

type Renderer = typeof RendererModule;
const kpiRenderer = lazyModule<Renderer>(() => import('./kpi-module.ts'));

/**
 * A headline number: the latest value of a measure with its change against the previous period
 * (arrow, sign and colour together), a sparkline of recent periods, its official category (IKM,
 * PEKPPP, IID) as letter and label, and progress towards a target. A value not reported reads
 * "belum input", never 0.
 *
 * With `time`, the query groups by that column's periods (its values, e.g. a month or a year
 * column, or a date cut to `interval`) and keeps the newest `periods`: the newest is the headline,
 * the one before it the comparison, all of them the sparkline. A period with no rows at all is
 * skipped, so "previous" is the latest period before it that has rows. Without `time`, the value
 * is the whole (filtered) table's.
 *
 * @summary Headline value with change, sparkline, category badge and target.
 * @fires pantau-ready - The tile drew its value, or found no rows.
 * @fires pantau-error - The tile cannot be shown; `detail.error` says why, in both languages.
 * @fires pantau-select - A period was chosen; `detail.selection` is `{ [time]: period }`.
 * @csspart base - The whole widget.
 * @csspart plot - The focusable drawing area.
 * @csspart summary - The text summary.
 * @csspart table - The data-table view.
 * @csspart tooltip - The tooltip.
 * @cssprop --pantau-kpi-height - Height of the tile's drawing (default 176px).
 */
export class PantauKpi extends PantauChartElement<Renderer> {
  static override styles = [...PantauChartElement.styles, kpiStyles];

  /** The measure, in the measure grammar: `ikm`, `on_time_rate`, `sum(completed)`. */
  @property() value = '';
  /** What the number is, written in the tile (e.g. "Indeks Kepuasan Masyarakat"). */
  @property() label = '';
  /** Period column (a month, a year): groups the value for the change and the sparkline. */
  @property() time = '';
  /** Cut a date `time` column to `day`, `week`, `month` or `year` periods; default: its values as they are. */
  @property() interval = '';
  /** `previous` (default with `time`): change against the period before; `none`: no change. */
  @property() compare = '';
  /** How many recent periods the sparkline shows (2 to 240; default 12). */
  @property({ type: Number }) periods: number | null = null;
  /** A target value: the tile shows whether it is met and how far along the value is. */
  @property({ type: Number }) target: number | null = null;
  /** Grade scale for the badge: `ikm`, `pekppp`, `iid`, `none`; default from `value` (`ikm`, `ipp`, `iid`). */
  @property() bands = '';
  /** A fall is good news (e.g. days to complete): the change turns green when the value drops. */
  @property({ type: Boolean, reflect: true, attribute: 'lower-is-better' }) lowerIsBetter = false;

  /** `empty` as well when a whole-table value has no rows behind it. */
  protected override get shownStatus(): WidgetStatus {
    const status = super.shownStatus;
    // Ready means a query was built, so the module that built it is loaded.
    const module = kpiRenderer.current;
    if (status !== 'ready' || this.time.trim() !== '' || module === undefined) return status;
    const { alias } = module.recordsMeasure([this.value.trim()]);
    return module.noRecords(this.queryController.result, alias) ? 'empty' : status;
  }

  protected override get primaryMeasure(): string {
    return this.value;
  }

  protected chartQuery(
    table: TableSchema,
    filter: readonly FilterClause[],
    module: Renderer,
  ): QueryPlan {
    const { bandsAttribute, attributeError, finiteOrNull } = module;
    bandsAttribute(this.bands);
    if (module.parseInterval(this.interval) !== null && this.time.trim() === '') {
      throw attributeError(
        'Atribut interval membutuhkan time (kolom tanggal), mis. time="date" interval="year".',
        'The interval attribute needs time (a date column), e.g. time="date" interval="year".',
        { attribute: 'interval' },
      );
    }
    finiteOrNull('target', this.target);
    return module.withRespondents(module.kpiQuery(this.#spec(module), table, filter), this.value);
  }

  protected override get renderer() {
    return kpiRenderer;
  }

  protected drawChart(result: QueryResult, context: ChartContext, module: Renderer): ChartOutput {
    const { renderKpi, changeFormatter, toKpiInput } = module;
    const value = this.value.trim();
    const time = this.time.trim() === '' ? null : (result.names[0] ?? null);
    const compare = module.kpiCompare(this.#spec(module)) === 'previous';
    const interval = module.parseInterval(this.interval);
    const input = toKpiInput(result, { value, time }, compare, { interval, lang: context.lang });
    const scale = gradeScaleOf(this.bands, value);
    const target = module.finiteOrNull('target', this.target);
    const label = this.label.trim();
    const spec = formatSpec(this.format, value);
    const formatChange = changeFormatter(spec, value, context.lang, context.formatValue);
    // The headline's respondents (rows come newest first), for an IKM value.
    const note = module.sampleNote(result.columns[module.RESPONDENTS]?.[0], context.lang);
    const output = renderKpi(
      {
        ...input.data,
        category: scale === null ? null : categoryOf(scale, input.data.value, context.lang),
        ...(target !== null ? { target } : {}),
      },
      {
        ...(label ? { label } : {}),
        higherIsBetter: !this.lowerIsBetter,
        ...input.named,
        formatChange,
        ...(note !== null ? { note: { line: note.line, detail: note.warning } } : {}),
      },
      context,
    );
    if (time !== null) {
      // Marks run oldest first; `data` (the query's rows) newest first.
      const n = input.periods.length;
      for (const mark of output.marks) {
        if (mark.index >= n) continue;
        mark.selection = { [time]: input.periods[mark.index] };
        mark.index = n - 1 - mark.index;
      }
    }
    return output;
  }

  #spec(module: Renderer) {
    module.kpiPeriods(this.periods);
    return {
      value: this.value,
      time: this.time,
      interval: this.interval,
      compare: this.compare,
      periods: this.periods,
    };
  }
}
