import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  PantauError,
  isTimestampType,
  type BilingualText,
  type ColumnInfo,
  type FilterClause,
  type Lang,
  type Selection,
} from '@pantau/core';
import { dashboardContext, ensureContextRoot, type DashboardContext } from '../base/context.ts';
import { pageDefaults } from '../base/page-defaults.ts';
import { QueryController, type WidgetStatus } from '../base/query-controller.ts';
import type { ErrorDetail, ReadyDetail } from '../base/chart-element.ts';
import type { FilterChangeDetail } from '../dashboard/dashboard.ts';
import { lazyRenderer } from '../base/lazy-renderer.ts';
import type * as QueryModule from './filter-query.ts';
import type { FilterType } from './filter-query.ts';
import {
  boundsClauses,
  boundsLabel,
  boundsOf,
  choiceClauses,
  choiceLabel,
  chosenOf,
  dayBoundsClauses,
  dayOf,
  displayValue,
  numberOf,
  searchClauses,
  searchLabel,
  searchOf,
  valueKey,
} from './filter-clauses.ts';
import { readBounds, type BoundsKind } from './bounds-input.ts';
import {
  DATE_PRESETS,
  matchingPreset,
  parseIsoDay,
  presetLabel,
  presetRange,
  wallClockToday,
  type DatePreset,
} from './date-presets.ts';
import { comboKey, matchOptions, optionList, type FilterOption } from './option-list.ts';
import {
  NO_DASHBOARD,
  cappedNote,
  chosenCount,
  extentNote,
  matchNote,
  say,
} from './filter-text.ts';
import { renderError, renderLoading, type ViewFrame } from './filter-view.ts';
import { renderMultiSelect, renderSelect } from './filter-menu-view.ts';
import { renderBounds } from './filter-bounds-view.ts';
import { renderSearch } from './filter-search-view.ts';
import { filterStyles } from './filter.styles.ts';
import { sharedStyles } from '../base/shared.styles.ts';

/** Detail of a filter's `pantau-filter-change`: its own clauses now, and every entry in force. */
export interface FilterElementChangeDetail extends FilterChangeDetail {
  /** The filter's key in the dashboard's selection (its `id`, or an automatic one). */
  owner: string;
}

/** Waits this long after the last keystroke before a search filters the dashboard. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The filter's query builders (with core's SQL), loaded when a filter connects. */
const filterModule = lazyRenderer<typeof QueryModule>(() => import('./filter-query.ts'));

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
export class PantauFilter extends LitElement {
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
  /** `id` (default) or `en`; inherits the dashboard's. */
  @property() override lang = '';
  /** Date range: the day quick ranges count from (`YYYY-MM-DD`); default (or unreadable): the reader's today. */
  @property() today = '';

  @consume({ context: dashboardContext, subscribe: true })
  @state()
  protected dashboard?: DashboardContext;

  /** Multi-select: the text typed to narrow the list. */
  @state() private _typed = '';
  @state() private _open = false;
  @state() private _active = -1;
  /** Range and date range: what is typed in each end, until the selection says otherwise. */
  @state() private _low: string | null = null;
  @state() private _high: string | null = null;
  /** Search: the text typed, published after a pause. */
  @state() private _term: string | null = null;
  @state() private _problem: { text: BilingualText; field: 'low' | 'high' } | null = null;
  @state() private _announcement = '';

  protected readonly queryController: QueryController;
  readonly #ids = `pantau-filter-${++nextId}`;
  #autoKey: string | undefined;
  #watched: Selection | undefined;
  #lastOwn = '';
  #publishing = false;
  #manyValues = false;
  #previousColumnResult: unknown = null;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #waiters: (() => void)[] = [];
  #announced: unknown = null;
  #noDashboard: PantauError | null = null;

  constructor() {
    super();
    ensureContextRoot();
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
            search: this.#manyValues ? this._typed : '',
            term: searchOf(this.#own),
            limit: module.MAX_OPTIONS,
          },
          table,
          filter,
        );
      },
      pending: () => (filterModule.current === undefined ? filterModule.load() : null),
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

  /** Resolves once the options are loaded, or found empty, or failed; never rejects. */
  get ready(): Promise<WidgetStatus> {
    return this.updateComplete.then(() =>
      this.#isSettled()
        ? this.status
        : new Promise<WidgetStatus>((resolve) => this.#waiters.push(() => resolve(this.status))),
    );
  }

  /** The clauses this filter has published (empty when nothing is chosen). */
  get clauses(): readonly FilterClause[] {
    return this.#own;
  }

  /** Removes this filter's choice from the dashboard. */
  clear(): void {
    this._low = this._high = this._term = null;
    this._problem = null;
    this.#publish([]);
  }

  /** The language in force: the element's, else its dashboard's, else Indonesian. */
  get effectiveLang(): Lang {
    const own = this.lang.trim().toLowerCase();
    if (own.startsWith('en')) return 'en';
    if (own.startsWith('id')) return 'id';
    return this.dashboard?.lang ?? 'id';
  }

  /**
   * The key this filter publishes under: its `id`, else `pantau-filter-<n>` by its place among
   * its dashboard's filters (stable across reloads, so URL state finds it again).
   */
  get selectionKey(): string {
    if (this.id) return this.id;
    this.#autoKey ??= autoKey(this);
    return this.#autoKey;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched beside DuckDB's start; a failure is reported by the query controller.
    filterModule.load().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
    this.#watched?.removeEventListener('change', this.#onSelection);
    this.#watched = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#watchSelection();
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

  protected override updated(changed: PropertyValues): void {
    // Keep the active option in view as the arrows move it (not on every re-query).
    if (changed.has('_active')) {
      this.renderRoot.querySelector('[role="option"].active')?.scrollIntoView({ block: 'nearest' });
    }
    if (!this.#isSettled()) return;
    const outcome = this.error ?? this.queryController.result;
    if (outcome !== this.#announced) {
      this.#announced = outcome;
      const status = this.status;
      if (status === 'error' && this.error !== null) {
        this.dispatchEvent(event<ErrorDetail>('pantau-error', { error: this.error }));
      } else {
        const rows = this.queryController.result?.numRows ?? 0;
        this.dispatchEvent(event<ReadyDetail>('pantau-ready', { status, rows }));
      }
    }
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  #isSettled(): boolean {
    const status = this.status;
    return status === 'ready' || status === 'empty' || status === 'error';
  }

  #placementError(): PantauError | null {
    if (this.dashboard !== undefined || !this.isConnected) return null;
    // Inside a dashboard not yet defined: the context comes when it is.
    if (this.closest('pantau-dashboard') !== null) return null;
    this.#noDashboard ??= new PantauError({ code: 'BAD_FILTER', text: NO_DASHBOARD });
    return this.#noDashboard;
  }

  get #own(): readonly FilterClause[] {
    return this.dashboard?.selection.own(this.selectionKey) ?? [];
  }

  #watchSelection(): void {
    const selection = this.isConnected ? this.dashboard?.selection : undefined;
    if (selection === this.#watched) return;
    this.#watched?.removeEventListener('change', this.#onSelection);
    selection?.addEventListener('change', this.#onSelection);
    this.#watched = selection;
    this.#lastOwn = JSON.stringify(this.#own);
  }

  /**
   * Every change re-asks for options (the others' choices narrow them). A change to this filter's
   * own clauses that it did not make (the summary's remove button, reset, the URL) also clears
   * what is typed, so the controls show the selection; either way the page hears of it.
   */
  readonly #onSelection = (): void => {
    const own = JSON.stringify(this.#own);
    if (own !== this.#lastOwn) {
      this.#lastOwn = own;
      if (!this.#publishing) {
        clearTimeout(this.#searchTimer);
        this._low = this._high = this._term = null;
        this._problem = null;
      }
      const selection = this.dashboard?.selection;
      const detail: FilterElementChangeDetail = {
        owner: this.selectionKey,
        clauses: [...this.#own],
        entries: selection?.entries ?? [],
      };
      this.dispatchEvent(event('pantau-filter-change', detail));
    }
    this.requestUpdate();
  };

  #publish(clauses: FilterClause[], label?: BilingualText): void {
    const selection = this.dashboard?.selection;
    if (selection === undefined) return;
    // Enter then blur (change) commit the same range twice: the dashboard hears it once.
    if (JSON.stringify(clauses) === JSON.stringify(this.#own)) return;
    this.#publishing = true;
    try {
      selection.update(this.selectionKey, clauses, label);
    } finally {
      this.#publishing = false;
    }
  }

  /** The column as the table spells it, or null before the table is known. */
  #column(type: FilterType): ColumnInfo | null {
    const schema = this.queryController.schema;
    // Asked once the options are shown, so the query module is loaded by then.
    const module = filterModule.current;
    if (schema === null || module === undefined) return null;
    try {
      return module.filterColumn(schema, this.column, type);
    } catch {
      return null;
    }
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
    let type: FilterType;
    try {
      // Options are shown, so the query module that asked for them is loaded.
      type = filterModule.current!.filterType(this.type);
    } catch {
      // The query builder refused it too: the controller has the error to show.
      return renderError(frame, this.error);
    }
    switch (type) {
      case 'select':
        return this.#select(frame);
      case 'multi-select':
        return this.#multiSelect(frame);
      case 'range':
        return this.#bounds(frame, 'number');
      case 'date-range':
        return this.#bounds(frame, 'date');
      case 'search':
        return this.#search(frame);
    }
  }

  // ---- select and multi-select --------------------------------------------------------------

  #select(frame: ViewFrame): TemplateResult {
    const chosen = chosenOf(this.#own);
    const { options, total } = optionList(this.queryController.result, chosen, frame.lang);
    return renderSelect({
      ...frame,
      options,
      chosenKey: chosen.length > 0 ? valueKey(chosen[0]) : '',
      note: this.#menuNote(total, frame.lang, false),
      onPick: (option) => this.#publishChoice(option === undefined ? [] : [option.value]),
    });
  }

  /** What a menu leaves out ("Menampilkan 500 dari 1.234 nilai"), or that it has nothing. */
  #menuNote(total: number, lang: Lang, searchable: boolean): string {
    const rows = this.queryController.result?.numRows ?? 0;
    if (total > rows) return cappedNote(rows, total, lang, searchable);
    if (rows === 0) return say('noOptions', lang);
    return '';
  }

  /** Publishes the chosen values (none removes the entry) with their names in both languages. */
  #publishChoice(values: readonly unknown[]): void {
    let type: FilterType;
    try {
      type = filterModule.current!.filterType(this.type);
    } catch {
      return;
    }
    const column = this.#column(type);
    if (column === null) return;
    const names = {
      id: values.map((v) => displayValue(v, 'id')),
      en: values.map((v) => displayValue(v, 'en')),
    };
    const label = values.length > 0 ? choiceLabel(this.#title, names) : undefined;
    this.#publish(choiceClauses(column.name, values), label);
  }

  #multiSelect(frame: ViewFrame): TemplateResult {
    const chosen = chosenOf(this.#own);
    const { options, total } = optionList(this.queryController.result, chosen, frame.lang);
    const shown = matchOptions(options, this._typed);
    return renderMultiSelect({
      ...frame,
      options,
      shown,
      chosenKeys: new Set(chosen.map(valueKey)),
      typed: this._typed,
      open: this._open,
      active: this._active,
      note: this.#menuNote(total, frame.lang, true),
      onTyped: (text) => {
        this._typed = text;
        this._open = true;
        this._active = -1;
      },
      onKeyDown: (e) => this.#onComboKey(e, shown),
      onFieldClick: () => (this._open = !this._open),
      onBlur: () => (this._open = false),
      onToggle: (option) => this.#toggle(option),
      onClear: () => {
        this.#publish([]);
        this.#announce(say('cleared', frame.lang));
        this.renderRoot.querySelector<HTMLInputElement>(`#${this.#ids}-control`)?.focus();
      },
    });
  }

  #onComboKey(e: KeyboardEvent, shown: readonly FilterOption[]): void {
    const state = {
      open: this._open,
      active: this._active,
      typed: this._typed,
      count: shown.length,
    };
    const action = comboKey(e.key, { alt: e.altKey, ctrl: e.ctrlKey || e.metaKey }, state);
    if (action.kind === 'ignore') return;
    e.preventDefault();
    if (action.kind === 'toggle') {
      const option = shown[action.index];
      if (option !== undefined) this.#toggle(option);
      return;
    }
    // Esc handled here (closing the list, clearing the text) goes no further up the page.
    if (e.key === 'Escape') e.stopPropagation();
    this._open = action.state.open;
    this._active = action.state.active;
    this._typed = action.state.typed;
  }

  #toggle(option: FilterOption): void {
    const chosen = chosenOf(this.#own);
    const was = chosen.some((v) => valueKey(v) === option.key);
    const values = was
      ? chosen.filter((v) => valueKey(v) !== option.key)
      : [...chosen, option.value];
    this.#publishChoice(values);
    const lang = this.effectiveLang;
    this.#announce(
      `${option.text} ${say(was ? 'notChosen' : 'chosen', lang)}. ${chosenCount(values.length, lang)}.`,
    );
  }

  // ---- range and date range -----------------------------------------------------------------

  #bounds(frame: ViewFrame, kind: BoundsKind): TemplateResult {
    const { lang } = frame;
    const bounds = boundsOf(this.#own);
    const typed = (v: unknown) => (kind === 'date' ? (dayOf(v) ?? '') : String(numberOf(v) ?? ''));
    const low = this._low ?? typed(bounds.low);
    const high = this._high ?? typed(bounds.high);
    const result = this.queryController.result;
    const dataLow = result?.columns['low']?.[0] ?? null;
    const dataHigh = result?.columns['high']?.[0] ?? null;
    const today = this.#todayDate();
    const pressed = matchingPreset({ start: low, end: high }, today);
    return renderBounds({
      ...frame,
      kind,
      low,
      high,
      placeholders: { low: typed(dataLow), high: typed(dataHigh) },
      problem: this._problem,
      note:
        dataLow === null || dataHigh === null
          ? say('noData', lang)
          : extentNote(displayValue(dataLow, lang), displayValue(dataHigh, lang), lang),
      presets:
        kind === 'date'
          ? DATE_PRESETS.map((preset) => ({
              preset,
              label: presetLabel(preset, lang),
              pressed: preset === pressed,
            }))
          : [],
      hasBounds: bounds.low !== null || bounds.high !== null,
      onTyped: (end, value) => {
        if (end === 'low') this._low = value;
        else this._high = value;
      },
      onCommit: () => this.#commitBounds(kind),
      onPreset: (preset) => this.#applyPreset(preset, lang),
      onClear: () => {
        this.clear();
        this.#announce(say('cleared', lang));
        this.renderRoot.querySelector<HTMLInputElement>(`#${this.#ids}-low`)?.focus();
      },
    });
  }

  #commitBounds(kind: BoundsKind): void {
    const text = (end: 'low' | 'high') => {
      const el = this.renderRoot.querySelector<HTMLInputElement>(`#${this.#ids}-${end}`);
      // A number field holding "1e" or a half-typed date reports "" with badInput: not blank.
      return el === null ? '' : el.validity.badInput ? '\u0000' : el.value;
    };
    const read = readBounds(text('low'), text('high'), kind);
    if (!read.ok) {
      this._problem = { text: read.problem, field: read.field };
      return;
    }
    this._problem = null;
    this.#publishBounds(kind, read.low, read.high);
  }

  #publishBounds(kind: BoundsKind, low: unknown, high: unknown): void {
    const column = this.#column(kind === 'date' ? 'date-range' : 'range');
    if (column === null) return;
    const clauses =
      kind === 'date'
        ? dayBoundsClauses(
            column.name,
            low as string | null,
            high as string | null,
            isTimestampType(column.type),
          )
        : boundsClauses(column.name, low, high);
    const show = (v: unknown, lang: Lang) =>
      kind === 'date' ? displayValue(parseIsoDay(String(v)), lang) : displayValue(v, lang);
    const label = clauses.length > 0 ? boundsLabel(this.#title, low, high, show) : undefined;
    this.#publish(clauses, label);
  }

  /** `today` when it is a real day, else the reader's calendar date. */
  #todayDate(): Date {
    return parseIsoDay(this.today) ?? wallClockToday();
  }

  #applyPreset(preset: DatePreset, lang: Lang): void {
    const { start, end } = presetRange(preset, this.#todayDate());
    this._low = this._high = null;
    this._problem = null;
    this.#publishBounds('date', start, end);
    const show = (day: string) => displayValue(parseIsoDay(day), lang);
    this.#announce(
      `${say('applied', lang)}: ${presetLabel(preset, lang)}, ${show(start)} – ${show(end)}.`,
    );
  }

  // ---- search -------------------------------------------------------------------------------

  #search(frame: ViewFrame): TemplateResult {
    const result = this.queryController.result;
    const total = Number(result?.columns['total']?.[0] ?? 0);
    const matches = result?.columns['matches']?.[0];
    return renderSearch({
      ...frame,
      value: this._term ?? searchOf(this.#own),
      note: matchNote(typeof matches === 'number' ? matches : null, total, frame.lang),
      onTyped: (value) => {
        this._term = value;
        clearTimeout(this.#searchTimer);
        // A short pause so each keystroke does not filter the whole dashboard; once it
        // publishes, the other widgets query at once (no frame of waiting).
        this.#searchTimer = setTimeout(() => this.#commitSearch(), SEARCH_DEBOUNCE_MS);
      },
      onCommit: () => this.#commitSearch(),
    });
  }

  #commitSearch(): void {
    clearTimeout(this.#searchTimer);
    const column = this.#column('search');
    if (column === null || this._term === null) return;
    const term = this._term.trim();
    if (term === searchOf(this.#own)) return;
    const clauses = searchClauses(column.name, term);
    this.#publish(clauses, clauses.length > 0 ? searchLabel(this.#title, term) : undefined);
  }
}

function event<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

let pageKeys = 0;

/** `pantau-filter-2`: the filter's place among its dashboard's filters. */
function autoKey(el: HTMLElement): string {
  const scope = el.closest('pantau-dashboard');
  if (scope === null) return `${el.localName}-page-${++pageKeys}`;
  return `${el.localName}-${[...scope.querySelectorAll(el.localName)].indexOf(el) + 1}`;
}
