import { plotNumber } from '@pantau/core';
import { property } from 'lit/decorators.js';
import type { ChartContext, ChartOutput } from '@pantau/charts';
import type { FilterClause, QueryPlan, QueryResult, TableSchema } from '@pantau/core';
import { PantauChartElement, type WidgetStatus } from '../base/chart-element.ts';
import { lazyModule } from '../base/lazy-module.ts';
import { categoryOf, gradeScaleOf, gradesOf } from '../base/grades.ts';
import { gaugeStyles } from './gauge.styles.ts';
import type * as RendererModule from './gauge-module.ts';

type Renderer = typeof RendererModule;
const gaugeRenderer = lazyModule<Renderer>(() => import('./gauge-module.ts'));

/**
 * One value on its category bands: the IKM on A..D (25..100), the public service index on
 * PEKPPP's A..F (0..5), the regional innovation index on its predicates (0..100), or bands the
 * page lists. The needle points at the value; its band's letter and label are written under it.
 *
 * @summary A value on official category bands (IKM, PEKPPP, IID) or explicit ones.
 * @fires pantau-ready - The gauge drew its value, or found no rows.
 * @fires pantau-error - The gauge cannot be shown; `detail.error` says why, in both languages.
 * @fires pantau-select - The value or a band was chosen (`detail.selection` is empty: a gauge has one value).
 * @csspart base - The whole widget.
 * @csspart plot - The focusable drawing area.
 * @csspart summary - The text summary.
 * @csspart table - The data-table view.
 * @csspart tooltip - The tooltip.
 * @cssprop --pantau-gauge-height - Height of the drawing (default 220px).
 */
export class PantauGauge extends PantauChartElement<Renderer> {
  static override styles = [...PantauChartElement.styles, gaugeStyles];

  /** The measure, in the measure grammar: `ikm`, `ipp`, `iid`, `avg(score)`. */
  @property() value = '';
  /**
   * `ikm`, `pekppp`, `iid`, or a list `"D 0..64.99 Tidak Baik; C 65..76.6 Kurang Baik; ..."`;
   * default from `value` (`ikm`, `ipp`, `iid`).
   */
  @property() bands = '';
  /** Lower end of the scale; default the scale's (IKM 25, PEKPPP 0, IID 0) or the lowest band. */
  @property({ type: Number }) min: number | null = null;
  /** Upper end of the scale; default the scale's or the highest band. */
  @property({ type: Number }) max: number | null = null;
  /** What the value is, for the summary and announcements; default the title. */
  @property() label = '';

  /** `empty` as well when no rows are behind the value. */
  protected override get shownStatus(): WidgetStatus {
    const status = super.shownStatus;
    // Ready means a query was built, so the module that built it is loaded.
    const module = gaugeRenderer.current;
    if (status !== 'ready' || module === undefined) return status;
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
    // Checked before querying so a wrong attribute shows at once, like a wrong column.
    this.#scale('id', module);
    return module.gaugeQuery(this.value, table, filter);
  }

  protected override get renderer() {
    return gaugeRenderer;
  }

  protected drawChart(result: QueryResult, context: ChartContext, module: Renderer): ChartOutput {
    const measure = this.value.trim();
    const raw = result.columns[measure]?.[0];
    const value = plotNumber(raw);
    const { bands, domain, scale } = this.#scale(context.lang, module);
    return module.renderGauge(
      // Official scales: core decides the category (its rounding rules); explicit: the bands do.
      scale === null ? { value } : { value, category: categoryOf(scale, value, context.lang) },
      { bands, domain, ...(this.label.trim() ? { label: this.label.trim() } : {}) },
      context,
    );
  }

  #scale(lang: 'id' | 'en', { gaugeScale, attributeError, finiteOrNull }: Renderer) {
    const text = this.bands.trim();
    // A list of bands wins over the measure's own scale; a name (or nothing) picks a scale.
    const listed = !['', 'none'].includes(text.toLowerCase()) && gradesOf(text) === null;
    const named = listed ? null : gradeScaleOf(text, this.value);
    const found = gaugeScale(listed ? text : '', named, lang);
    if (found === null) {
      throw attributeError(
        '<pantau-gauge> membutuhkan pita kategori: bands="ikm", "pekppp", "iid" atau daftar seperti "C 0..60 Kurang; B 60..80 Baik; A 80..100 Sangat Baik".',
        '<pantau-gauge> needs category bands: bands="ikm", "pekppp", "iid" or a list such as "C 0..60 Fair; B 60..80 Good; A 80..100 Very good".',
        { attribute: 'bands' },
      );
    }
    const min = finiteOrNull('min', this.min) ?? found.domain[0];
    const max = finiteOrNull('max', this.max) ?? found.domain[1];
    if (!(min < max)) {
      throw attributeError(
        `Skala gauge tidak valid: min (${min}) harus lebih kecil dari max (${max}).`,
        `The gauge's scale is not valid: min (${min}) must be below max (${max}).`,
        { attribute: 'min', min, max },
      );
    }
    return { ...found, domain: [min, max] as const };
  }
}
