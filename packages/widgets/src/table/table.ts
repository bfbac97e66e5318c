import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChartContext, ChartOutput } from '@pantau/charts';
import type { FilterClause, QueryPlan, QueryResult, Row, TableSchema } from '@pantau/core';
import { PantauChartElement } from '../base/chart-element.ts';
import { lazyModule } from '../base/lazy-module.ts';
import { pageDefaults } from '../base/page-defaults.ts';
import type { TablePlan, TableSortSpec } from './table-query.ts';
import { tableStyles } from './table.styles.ts';
import { RowLayout } from './row-layout.ts';
import { focusCommand, focusedCommand } from './command-focus.ts';
import type * as RendererModule from './table-module.ts';

type Renderer = typeof RendererModule;
const tableRenderer = lazyModule<Renderer>(() => import('./table-module.ts'));

interface PageState {
  sort: TableSortSpec;
  page: number;
}

/**
 * A sortable, paged table over a Pantau source: one page of rows is queried at a time
 * (ORDER BY, LIMIT/OFFSET, the total counted in the same query); a click on a column heading
 * sorts by it (again to reverse), the pager moves between pages. Rows are the keyboard's marks.
 *
 * @summary Sortable, paged table of a source's rows or of measures per group.
 * @fires pantau-ready - The page of rows is drawn, or there are none.
 * @fires pantau-error - The table cannot be shown; `detail.error` says why, in both languages.
 * @fires pantau-select - A row was chosen; `detail.selection` holds its group (or first) column.
 * @csspart base - The whole widget.
 * @csspart plot - The focusable table area.
 * @csspart summary - Which rows are shown and their order.
 * @cssprop --pantau-table-height - Height of the table area (default: its rows).
 * @cssprop --pantau-table-stripe - Background of every other row.
 */
export class PantauTable extends PantauChartElement<Renderer> {
  static override styles = [...PantauChartElement.styles, tableStyles];

  /**
   * Columns, comma-separated: column names or measures, each with an optional heading after a
   * colon (`unit_code:Unit, ikm:IKM, count(*):Responden`). Empty: every column of the source.
   */
  @property() columns = '';
  /** Initial order: a column (heading or name) with `asc`/`desc`, e.g. `IKM desc`; default the first column. */
  @property() sort = '';
  /** Rows per page (1 to 1000, default 10). */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number | null = null;

  /** The order chosen by clicking a heading; null = the `sort` attribute's. */
  @state() private _sort: TableSortSpec | null = null;
  @state() private _page = 0;

  #output: ChartOutput | null = null;
  /** Rows measured after layout, and the drawn height held for a re-query's skeleton. */
  readonly #rows = new RowLayout(() => {
    // Rings rendered before the rows were measured sit on the renderer's estimated boxes.
    if (this.shownStatus === 'ready' && (this.activeMark >= 0 || this.chosenClauses.length > 0))
      this.requestUpdate();
  });
  /** The page and order the current result answers (a result arrives for the latest request). */
  #shown: PageState | null = null;
  #shownResult: QueryResult | null = null;
  #requested: PageState | null = null;
  /**
   * Buttons (selectors, in order of preference) to give focus back to once the page asked for is
   * drawn: a redraw of another shape replaces the table's nodes, which would drop a keyboard user's focus.
   */
  #refocus: string[] | null = null;
  #dataCache = new WeakMap<QueryResult, readonly Row[]>();

  constructor() {
    super();
    // Capture on the host runs before the plot's own handlers: a heading or pager button is a
    // command, not a row to select or a key for moving between rows.
    this.addEventListener('click', this.#onClick, { capture: true });
    this.addEventListener('keydown', this.#onKeyDown, { capture: true });
  }

  /** The rows on the current page, as plain objects (without the row count). */
  override get data(): readonly Row[] {
    const result = this.queryController.result;
    // A result means a query was built, so the module that built it is loaded.
    const module = tableRenderer.current;
    if (result === null || module === undefined) return [];
    let rows = this.#dataCache.get(result);
    if (rows === undefined) {
      rows = result.rows().map((row) => {
        const copy = { ...row };
        delete copy[module.TOTAL_ROWS];
        return copy;
      });
      this.#dataCache.set(result, rows);
    }
    return rows;
  }

  protected override get offersDataTable(): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // New attributes start over at page one in their own order.
    if (['columns', 'sort', 'pageSize', 'source'].some((key) => changed.has(key))) {
      this._sort = null;
      this._page = 0;
    }
    this.#refocus ??= focusedCommand(this.renderRoot as ShadowRoot);
    super.willUpdate(changed);
  }

  protected chartQuery(
    table: TableSchema,
    filter: readonly FilterClause[],
    module: Renderer,
  ): QueryPlan {
    const { resolveSort, tableQuery, pageSizeOf } = module;
    const plan = this.#plan(table, module);
    const state = { sort: this._sort ?? resolveSort(this.sort, plan), page: this._page };
    const request = tableQuery(plan, table, filter, {
      ...state,
      pageSize: pageSizeOf(this.pageSize),
    });
    this.#requested = state;
    return module.withTableRespondents(request, plan.columns);
  }

  protected override get renderer() {
    return tableRenderer;
  }

  protected drawChart(result: QueryResult, context: ChartContext, module: Renderer): ChartOutput {
    // A first-view snapshot is drawn before the table's own schema is known: its schema then.
    const table = this.queryController.schemaInView;
    if (table === null) throw new Error('table: no schema');
    const plan = this.#plan(table, module);
    // Until a new result arrives, the old one is drawn with the order and page it answers.
    if (result !== this.#shownResult) {
      this.#shownResult = result;
      this.#shown = this.#requested;
    }
    const shown = this.#shown ?? { sort: module.resolveSort(this.sort, plan), page: 0 };
    const pageSize = module.pageSizeOf(this.pageSize);
    // Watched once rendered (`updated`): the drawing may be patched onto the table on screen.
    this.#output = module.drawTable(result, context, plan, {
      ...shown,
      pageSize,
      format: this.format,
    });
    return this.#output;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#rows.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#rows.disconnect();
  }

  protected override updated(): void {
    super.updated();
    this.#rows.holdHeight(this, this.shownStatus === 'ready');
    if (this.shownStatus === 'empty' && this._page > 0) {
      // The filter left fewer pages than the one shown: back to the first.
      this._page = 0;
      return;
    }
    if (this.shownStatus !== 'ready' || this.#output === null) return;
    if (this.#output !== this.#rows.watching) this.#rows.observe(this.#output);
    this.#restoreFocus();
  }

  /** Saves every row (all pages, in the shown order) as CSV, not only the page on screen. */
  override downloadCsv = (): Promise<void> => this.#exportAll();

  async #exportAll(): Promise<void> {
    const table = this.queryController.schema;
    // Offered only once drawn, so the module is loaded by then.
    const module = tableRenderer.current;
    if (table === null || module === undefined) return;
    const plan = this.#plan(table, module);
    await module.saveTableCsv({
      coordinator: (this.dashboard ?? pageDefaults()).coordinator,
      plan,
      table,
      filter: this.activeFilter(),
      sort: this.#shown?.sort ?? module.resolveSort(this.sort, plan),
      lang: this.effectiveLang,
      format: this.format,
      title: this.title,
    });
  }

  protected override lookupNames(): string[] {
    return this.columns
      .split(',')
      .flatMap((c) => (c.includes('.') ? [c.split('.')[0]!.trim()] : []));
  }

  #plan(table: TableSchema, { planTable, parseColumns }: Renderer): TablePlan {
    return planTable(parseColumns(this.columns), table, (this.dashboard ?? pageDefaults()).sources);
  }

  #onClick = (event: Event): void => {
    const button = this.#commandButton(event);
    if (button === null) return;
    event.stopPropagation();
    const table = this.queryController.schema;
    if (table === null || button.disabled) return;
    const sortKey = button.dataset['pantauSort'];
    // A sort button exists only once drawn, so the renderer is loaded by then.
    const module = tableRenderer.current;
    if (sortKey !== undefined && module !== undefined) {
      const current = this.#shown?.sort ?? module.resolveSort(this.sort, this.#plan(table, module));
      const nextSort = module.nextSort;
      const next = nextSort(current, sortKey);
      this._sort = { key: next.key, desc: next.desc === true };
      this._page = 0;
      this.#refocus = [`[data-pantau-sort="${CSS.escape(sortKey)}"]`];
      return;
    }
    const page = Number(button.dataset['pantauPage']);
    if (Number.isInteger(page) && page >= 0) {
      this._page = page;
      // Focus stays on the button pressed, or its partner when that one ends up disabled.
      this.#refocus = button.classList.contains('pantau-pager-next')
        ? ['.pantau-pager-next:not([disabled])', '.pantau-pager-previous']
        : ['.pantau-pager-previous:not([disabled])', '.pantau-pager-next'];
    }
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (this.#commandButton(event) !== null) event.stopPropagation();
  };

  #commandButton(event: Event): HTMLButtonElement | null {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return null;
    const button = target.closest<HTMLButtonElement>(
      'button[data-pantau-sort], button[data-pantau-page]',
    );
    return button !== null && this.renderRoot.contains(button) ? button : null;
  }

  #restoreFocus(): void {
    if (this.#refocus === null || !samePage(this.#shown, this.#requested)) return;
    const node = this.#output?.node;
    if (node) focusCommand(this.renderRoot as ShadowRoot, node, this.#refocus);
    this.#refocus = null;
  }
}

function samePage(a: PageState | null, b: PageState | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.page === b.page &&
    a.sort.key === b.sort.key &&
    a.sort.desc === b.sort.desc
  );
}
