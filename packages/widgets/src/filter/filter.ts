import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PantauError, type FilterClause } from '@pantau/core';
import { pageDefaults } from '../base/page-defaults.ts';
import { QueryController, type WidgetStatus } from '../base/query-controller.ts';
import { lazyModule } from '../base/lazy-module.ts';
import type * as FilterModule from './filter-module.ts';
import type { FilterControls, FilterPort } from './filter-module.ts';
import { FILTER_WORDS, sayBoth } from '@pantau/messages';
import { renderError, renderLoading, type ViewFrame } from './filter-view.ts';
import { SelectionLink } from './filter-selection.ts';
import { PantauWidget } from '../base/widget-base.ts';
import { filterStyles } from './filter.styles.ts';
import { sharedStyles } from '../base/shared.styles.ts';

export type { FilterElementChangeDetail } from './filter-selection.ts';

/** Waits this long after the last keystroke before a search filters the dashboard. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The filter's query builders (with core's SQL), its controls and their state, loaded when a
 * filter connects: the controls draw only once the options query, which waits for this module,
 * has answered.
 */
const filterModule = lazyModule<typeof FilterModule>(() => import('./filter-module.ts'));

let nextId = 0;

/**
 * A filter for a dashboard: a menu, a many-choice searchable list, a number range, a date range
 * with quick ranges (bulan ini, triwulan, semester, tahun), or a text search. Its options come from
 * the data (distinct values with counts, or the lowest and highest value) through the dashboard's
 * coordinator, under the dashboard's other filters, so it offers what is still there. A choice is
 * published to the dashboard's selection (every other widget re-queries with it) and shows in the
 * dashboard's summary, where removing it clears this filter too. Outside a `<pantau-dashboard>`
 * it shows an error: there is nothing for it to filter.
 *
 * @summary Select, multi-select, range, date-range or search filter over a dashboard's data.
 * @fires pantau-filter-change - This filter's clauses changed (by the reader, the summary's remove button, reset or the URL): `detail.clauses` are this filter's own, `detail.entries` everything in force. It bubbles through the dashboard, which fires its own `pantau-filter-change` (every clause) first; tell them apart by `event.target`.
 * @fires pantau-ready - The options are loaded (`detail.status` is `ready` or `empty`).
 * @fires pantau-error - The filter cannot be shown; `detail.error` says why, in both languages.
 * @csspart base - The whole filter.
 * @csspart label - The visible label (a legend for the two-input types).
 * @csspart control - The select, combobox field, search field or range fieldset.
 * @csspart listbox - The multi-select's list of options.
 * @csspart presets - The date range's quick-range buttons.
 * @csspart note - Hints: how many values, the data's range, how many rows match.
 * @cssprop --pantau-filter-accent - Colour of chosen checkboxes and pressed presets (default: the focus colour).
 * @cssprop --pantau-filter-list-height - Most height of the open multi-select list (default 18rem).
 */
export class PantauFilter extends PantauWidget {
  // Shared rules last: their skeleton pulse applies over each element's own skeleton.
  static override styles = [filterStyles, sharedStyles];

  /** Name of the table whose values the filter offers (a `<pantau-source>` name). */
  @property() source = '';
  /** The column it filters (the same name filters every table of the dashboard that has it). */
  @property() column = '';
  /** `select` (default), `multi-select`, `range`, `date-range` or `search`. */
  @property() type = 'select';
  /** Visible label, and the filter's name in the dashboard's summary; default: the column. */
  @property() label = '';
  /** Menus: a lookup's column that names each value (`unit.name`); the value is still what is chosen. */
  @property({ attribute: 'option-label' }) optionLabel = '';
  /** Date range: the day quick ranges count from (`YYYY-MM-DD`); default (or unreadable): the reader's today. */
  @property() today = '';

  @state() private _announcement = '';

  protected readonly queryController: QueryController;
  readonly #ids = `pantau-filter-${++nextId}`;
  #manyValues = false;
  #previousColumnResult: unknown = null;
  #noDashboard: PantauError | null = null;
  /** What the reader typed or opened: made with the controls, once their module is here. */
  #controls: FilterControls | undefined;
  readonly #link = new SelectionLink(this, {
    selection: () => this.dashboard?.selection,
    key: () => this.selectionKey,
    changedElsewhere: () => this.#controls?.reset(),
  });

  constructor() {
    super();
    this.queryController = new QueryController(this, {
      settings: () => {
        const { coordinator, sources } = this.dashboard ?? pageDefaults();
        // Outside a dashboard there is nothing to filter: no query, the element shows why.
        const source = this.dashboard ? this.source.trim() : '';
        // Filtered by the other filters and widgets (never by itself): the coordinator applies them.
        return { coordinator, sources, source, filterKey: this.selectionKey };
      },
      // Until the query module is there, no query: `pending` makes the controller wait for it.
      build: (table, filter) => {
        const module = filterModule.current;
        if (module === undefined) return null;
        return module.filterQuery(
          {
            type: this.type,
            column: this.column,
            search: this.#manyValues ? (this.#controls?.state.typed ?? '') : '',
            term: module.searchOf(this.#link.own),
            limit: module.MAX_OPTIONS,
            optionLabel: this.optionLabel,
            lookups: (this.dashboard ?? pageDefaults()).sources,
          },
          table,
          filter,
        );
      },
      pending: () =>
        filterModule.current === undefined
          ? filterModule.load()
          : (this.dashboard ?? pageDefaults()).sources.lookupsPending([
              this.optionLabel.split('.')[0]!.trim(),
            ]),
    });
  }

  /** `idle`, `loading`, `ready`, `empty` or `error`. */
  get status(): WidgetStatus {
    return this.#placementError() !== null ? 'error' : this.queryController.status;
  }

  /** What went wrong, when `status` is `error`. */
  get error(): PantauError | null {
    return this.#placementError() ?? this.queryController.error;
  }

  /** Always false: a filter's choices are never painted from a first-view snapshot. */
  get provisional(): boolean {
    return false;
  }

  /** The options are loaded, or found empty, or failed (`ready` resolves then). */
  protected get settled(): boolean {
    const status = this.status;
    return status === 'ready' || status === 'empty' || status === 'error';
  }

  /** The clauses this filter has published (empty when nothing is chosen). */
  get clauses(): readonly FilterClause[] {
    return this.#link.own;
  }

  /** Removes this filter's choice from the dashboard. */
  clear(): void {
    this.#controls?.set({ low: null, high: null, term: null, problem: null });
    this.#link.publish([]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched beside DuckDB's start; a failure is reported by the query controller.
    filterModule.load().catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#link.watch();
    const result = this.queryController.result;
    if (changed.has('source') || changed.has('column') || changed.has('type')) {
      // Another column: its list may be short. The answer on screen is still the old column's.
      this.#manyValues = false;
      this.#previousColumnResult = result;
    }
    // A list cut at MAX_OPTIONS: from now on typing asks the database, not only the list shown.
    if (
      result !== null &&
      result !== this.#previousColumnResult &&
      Number(result.columns['total']?.[0] ?? 0) > result.numRows
    ) {
      this.#manyValues = true;
    }
  }

  protected override updated(): void {
    const result = this.queryController.result;
    if (this.settled) this.settle(this.error ?? result, result?.numRows ?? 0);
  }

  #placementError(): PantauError | null {
    if (this.dashboard !== undefined || !this.isConnected) return null;
    // Inside a dashboard not yet defined: the context comes when it is.
    if (this.closest('pantau-dashboard') !== null) return null;
    this.#noDashboard ??= new PantauError({
      code: 'BAD_FILTER',
      text: sayBoth(FILTER_WORDS, 'noDashboard'),
    });
    return this.#noDashboard;
  }

  get #title(): string {
    return this.label.trim() || this.column.trim();
  }

  #announce(text: string): void {
    // The same words twice would not be read again; a trailing no-break space makes them new.
    this._announcement = this._announcement === text ? `${text}\u00a0` : text;
  }

  protected override render(): TemplateResult {
    const frame: ViewFrame = { ids: this.#ids, title: this.#title, lang: this.effectiveLang };
    const status = this.status;
    let body: TemplateResult;
    if (status === 'error') body = renderError(frame, this.error, this.#retry);
    else if (this.queryController.result === null) body = renderLoading(frame);
    else body = this.#renderControl(frame);
    return html`<div
      part="base"
      class="filter"
      aria-busy=${status === 'loading' || status === 'idle' ? 'true' : 'false'}
    >
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    </div>`;
  }

  readonly #retry = (): void => this.queryController.retry();

  #renderControl(frame: ViewFrame): TemplateResult {
    // Options are shown, so the module whose query asked for them is loaded.
    const module = filterModule.current!;
    this.#controls ??= new module.FilterControls(this, this.#port(), SEARCH_DEBOUNCE_MS);
    return module.renderControl(this.#controls, frame);
  }

  /** The element as its controls see it: what they draw from, and what they may do. */
  #port(): FilterPort {
    return {
      facts: () => ({
        type: this.type,
        column: this.column,
        today: this.today,
        title: this.#title,
        result: this.queryController.result,
        schema: this.queryController.schema,
        error: this.error,
        own: this.#link.own,
        lang: this.effectiveLang,
      }),
      publish: (clauses, label) => this.#link.publish(clauses, label),
      clear: () => this.clear(),
      announce: (text) => this.#announce(text),
      field: (suffix) => this.renderRoot.querySelector<HTMLInputElement>(`#${this.#ids}-${suffix}`),
      activeOption: () => this.renderRoot.querySelector('[role="option"].active'),
    };
  }
}
