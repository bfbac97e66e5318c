import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { consume } from '@lit/context';
import {
  PantauError,
  formatNumber,
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
import {
  filterColumn,
  filterQuery,
  filterType,
  MAX_OPTIONS,
  type FilterType,
} from './filter-query.ts';
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
import { matchOptions, nextActive, optionList, type FilterOption } from './option-list.ts';
import {
  NO_DASHBOARD,
  cappedNote,
  chosenCount,
  extentNote,
  matchNote,
  say,
} from './filter-text.ts';
import { filterStyles } from './filter.styles.ts';

/** Detail of a filter's `pantau-filter-change`: its own clauses now, and every entry in force. */
export interface FilterElementChangeDetail extends FilterChangeDetail {
  /** The filter's key in the dashboard's selection (its `id`, or an automatic one). */
  owner: string;
}

/** Waits this long after the last keystroke before a search filters the dashboard. */
export const SEARCH_DEBOUNCE_MS = 250;

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
 * @fires pantau-filter-change - This filter's clauses changed (by the reader, the summary or the URL); `detail.clauses` are its own.
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
  static override styles = [filterStyles];

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
  /** Date range: the day quick ranges count from (`YYYY-MM-DD`); default: the reader's today. */
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
        return { coordinator, sources, source, filter: this.#othersFilter() };
      },
      build: (table, filter) =>
        filterQuery(
          {
            type: this.type,
            column: this.column,
            search: this.#manyValues ? this._typed : '',
            term: searchOf(this.#own),
            limit: MAX_OPTIONS,
          },
          table,
          filter,
        ),
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
    this.#watched?.removeEventListener('change', this.#onSelection);
    this.#watched = undefined;
  }

  protected override willUpdate(): void {
    this.#watchSelection();
    const result = this.queryController.result;
    // A list cut at MAX_OPTIONS: from now on typing asks the database, not only the list shown.
    if (result !== null && Number(result.columns['total']?.[0] ?? 0) > result.numRows) {
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

  /** The other filters and widgets' choices, on columns this filter's table has. */
  #othersFilter(): readonly FilterClause[] {
    const selection = this.dashboard?.selection;
    if (selection === undefined) return [];
    return selection.clausesFor(this.selectionKey, this.queryController.schema ?? undefined);
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
    if (schema === null) return null;
    try {
      return filterColumn(schema, this.column, type);
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
    const lang = this.effectiveLang;
    const status = this.status;
    let body: TemplateResult;
    if (status === 'error') {
      body = this.#renderError(lang);
    } else if (this.queryController.result === null) {
      body = this.#renderLoading(lang);
    } else {
      body = this.#renderControl(lang);
    }
    return html`<div
      part="base"
      class="filter"
      aria-busy=${status === 'loading' || status === 'idle' ? 'true' : 'false'}
    >
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    </div>`;
  }

  #renderError(lang: Lang): TemplateResult {
    const error = this.error;
    return html`<p part="label" class="label">${this.#title || 'Filter'}</p>
      <div part="error" class="error" role="alert">
        <p class="error-title">${say('errorTitle', lang)}</p>
        <p>${error?.messageIn(lang) ?? ''}</p>
        ${error ? html`<p class="code">${say('errorCode', lang)}: ${error.code}</p>` : nothing}
      </div>`;
  }

  #renderLoading(lang: Lang): TemplateResult {
    return html`<p part="label" class="label">${this.#title}</p>
      <div class="skeleton" aria-hidden="true"></div>
      <span class="visually-hidden">${say('loading', lang)}</span>`;
  }

  #renderControl(lang: Lang): TemplateResult {
    let type: FilterType;
    try {
      type = filterType(this.type);
    } catch {
      // The query builder refused it too: the controller has the error to show.
      return this.#renderError(lang);
    }
    switch (type) {
      case 'select':
        return this.#renderSelect(lang);
      case 'multi-select':
        return this.#renderMulti(lang);
      case 'range':
        return this.#renderBounds('number', lang);
      case 'date-range':
        return this.#renderBounds('date', lang);
      case 'search':
        return this.#renderSearch(lang);
    }
  }

  // ---- select -------------------------------------------------------------------------------

  #renderSelect(lang: Lang): TemplateResult {
    const chosen = chosenOf(this.#own);
    const { options, total } = optionList(this.queryController.result, chosen, lang);
    const chosenKey = chosen.length > 0 ? valueKey(chosen[0]) : '';
    const id = `${this.#ids}-control`;
    const note = this.#menuNote(total, lang, false);
    return html`<label part="label" class="label" for=${id}>${this.#title}</label>
      <select
        part="control"
        id=${id}
        aria-describedby=${note === '' ? nothing : `${this.#ids}-note`}
        @change=${(e: Event) => this.#onSelectChange(e, options)}
      >
        <option value="" .selected=${chosenKey === ''}>${say('all', lang)}</option>
        ${options.map(
          (option, i) =>
            html`<option value=${String(i)} .selected=${option.key === chosenKey}>
              ${option.text} (${formatNumber(option.count, lang)})
            </option>`,
        )}
      </select>
      ${this.#renderNote(note)}`;
  }

  #onSelectChange(e: Event, options: readonly FilterOption[]): void {
    const picked = (e.target as HTMLSelectElement).value;
    const option = picked === '' ? undefined : options[Number(picked)];
    this.#publishChoice(option === undefined ? [] : [option.value]);
  }

  /** What a menu leaves out ("Menampilkan 500 dari 1.234 nilai"), or that it has nothing. */
  #menuNote(total: number, lang: Lang, searchable: boolean): string {
    const rows = this.queryController.result?.numRows ?? 0;
    if (total > rows) return cappedNote(rows, total, lang, searchable);
    if (rows === 0) return say('noOptions', lang);
    return '';
  }

  #renderNote(text: string) {
    return text === ''
      ? nothing
      : html`<p part="note" class="note" id="${this.#ids}-note">${text}</p>`;
  }

  /** Publishes the chosen values (none removes the entry) with their names in both languages. */
  #publishChoice(values: readonly unknown[]): void {
    const column = this.#column(filterType(this.type));
    if (column === null) return;
    const names = {
      id: values.map((v) => displayValue(v, 'id')),
      en: values.map((v) => displayValue(v, 'en')),
    };
    const label = values.length > 0 ? choiceLabel(this.#title, names) : undefined;
    this.#publish(choiceClauses(column.name, values), label);
  }

  // ---- multi-select (WAI-ARIA APG: combobox with a multi-select listbox popup) ---------------

  #renderMulti(lang: Lang): TemplateResult {
    const chosen = chosenOf(this.#own);
    const chosenKeys = new Set(chosen.map(valueKey));
    const { options, total } = optionList(this.queryController.result, chosen, lang);
    const shown = matchOptions(options, this._typed);
    const open = this._open && shown.length > 0;
    const active = open && this._active < shown.length ? this._active : -1;
    const ids = this.#ids;
    const note = this.#menuNote(total, lang, true);
    const described = [`${ids}-count`, `${ids}-hint`, ...(note === '' ? [] : [`${ids}-note`])];
    return html`<label part="label" class="label" id="${ids}-label" for="${ids}-control"
        >${this.#title}</label
      >
      <div class="combo">
        <input
          part="control"
          id="${ids}-control"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="${ids}-list"
          aria-activedescendant=${active >= 0 ? `${ids}-option-${active}` : nothing}
          aria-describedby=${described.join(' ')}
          placeholder=${say('searchOptions', lang)}
          .value=${live(this._typed)}
          @input=${this.#onTyped}
          @keydown=${(e: KeyboardEvent) => this.#onComboKey(e, shown)}
          @click=${() => (this._open = !this._open)}
          @blur=${() => (this._open = false)}
        />
        <ul
          part="listbox"
          class="listbox"
          id="${ids}-list"
          role="listbox"
          aria-multiselectable="true"
          aria-labelledby="${ids}-label"
          ?hidden=${!open}
          @mousedown=${(e: Event) => e.preventDefault()}
        >
          ${shown.map((option, i) => {
            const selected = chosenKeys.has(option.key);
            return html`<li
              id="${ids}-option-${i}"
              role="option"
              class=${i === active ? 'option active' : 'option'}
              aria-selected=${selected ? 'true' : 'false'}
              @click=${() => this.#toggle(option, chosen)}
            >
              <span class="check" aria-hidden="true"></span>
              <span class="text">${option.text}</span>
              <span class="count"
                ><span class="visually-hidden">, </span>${formatNumber(option.count, lang)}</span
              >
            </li>`;
          })}
        </ul>
      </div>
      ${
        this._open && shown.length === 0 && options.length > 0
          ? html`<p part="note" class="note">${say('noMatch', lang)}</p>`
          : nothing
      }
      <div class="chosen">
        <span id="${ids}-count">${chosenCount(chosen.length, lang)}</span>
        <button
          type="button"
          class="clear"
          ?disabled=${chosen.length === 0}
          @click=${() => this.#clearChoice(lang)}
        >
          ${say('clearChoice', lang)}
        </button>
      </div>
      <span class="visually-hidden" id="${ids}-hint">${say('listHint', lang)}</span>
      ${this.#renderNote(note)}`;
  }

  #onTyped = (e: Event): void => {
    this._typed = (e.target as HTMLInputElement).value;
    this._open = true;
    this._active = -1;
  };

  #onComboKey(e: KeyboardEvent, shown: readonly FilterOption[]): void {
    if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      this._open = e.key === 'ArrowDown';
      return;
    }
    if (e.key === 'Escape') {
      if (this._open) {
        this._open = false;
        e.stopPropagation();
      } else if (this._typed !== '') {
        this._typed = '';
        e.stopPropagation();
      }
      return;
    }
    if (e.key === 'Enter') {
      const option = this._open ? shown[this._active] : undefined;
      if (option !== undefined) {
        e.preventDefault();
        this.#toggle(option, chosenOf(this.#own));
      }
      return;
    }
    const next = nextActive(
      e.key,
      this._open ? this._active : -1,
      shown.length,
      e.ctrlKey || e.metaKey,
    );
    if (next === null) return;
    e.preventDefault();
    this._open = true;
    this._active = next;
  }

  #toggle(option: FilterOption, chosen: readonly unknown[]): void {
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

  #clearChoice(lang: Lang): void {
    this.#publish([]);
    this.#announce(say('cleared', lang));
    this.renderRoot.querySelector<HTMLInputElement>(`#${this.#ids}-control`)?.focus();
  }

  // ---- range and date range -----------------------------------------------------------------

  #renderBounds(kind: BoundsKind, lang: Lang): TemplateResult {
    const ids = this.#ids;
    const bounds = boundsOf(this.#own);
    const show = (v: unknown) => (kind === 'date' ? (dayOf(v) ?? '') : String(numberOf(v) ?? ''));
    const low = this._low ?? show(bounds.low);
    const high = this._high ?? show(bounds.high);
    const problem = this._problem;
    const result = this.queryController.result;
    const dataLow = result?.columns['low']?.[0] ?? null;
    const dataHigh = result?.columns['high']?.[0] ?? null;
    const note =
      dataLow === null || dataHigh === null
        ? say('noData', lang)
        : extentNote(displayValue(dataLow, lang), displayValue(dataHigh, lang), lang);
    const input = (field: 'low' | 'high', value: string) => {
      const invalid = problem?.field === field;
      return html`<label class="end">
        <span>${say(field === 'low' ? 'from' : 'to', lang)}</span>
        <input
          id="${ids}-${field}"
          type=${kind}
          step=${kind === 'number' ? 'any' : nothing}
          inputmode=${kind === 'number' ? 'decimal' : nothing}
          placeholder=${kind === 'number' ? show(field === 'low' ? dataLow : dataHigh) : nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="${ids}-problem ${ids}-note"
          .value=${live(value)}
          @input=${(e: Event) => this.#onEndTyped(field, e)}
          @change=${() => this.#commitBounds(kind)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') this.#commitBounds(kind);
          }}
        />
      </label>`;
    };
    const hasBounds = bounds.low !== null || bounds.high !== null;
    return html`<fieldset part="control" class="bounds">
      <legend part="label" class="label">${this.#title}</legend>
      <div class="ends">${input('low', low)} ${input('high', high)}</div>
      <p class="problem" id="${ids}-problem" aria-live="polite">${problem?.text[lang] ?? ''}</p>
      <p part="note" class="note" id="${ids}-note">${note}</p>
      ${kind === 'date' ? this.#renderPresets(low, high, lang) : nothing}
      <button
        type="button"
        class="clear"
        ?disabled=${!hasBounds}
        @click=${() => this.#clearBounds(lang)}
      >
        ${say('clear', lang)}
      </button>
    </fieldset>`;
  }

  #onEndTyped(field: 'low' | 'high', e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    if (field === 'low') this._low = value;
    else this._high = value;
  }

  #commitBounds(kind: BoundsKind): void {
    const text = (field: 'low' | 'high') => {
      const el = this.renderRoot.querySelector<HTMLInputElement>(`#${this.#ids}-${field}`);
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

  #clearBounds(lang: Lang): void {
    this._low = this._high = null;
    this._problem = null;
    this.#publish([]);
    this.#announce(say('cleared', lang));
    this.renderRoot.querySelector<HTMLInputElement>(`#${this.#ids}-low`)?.focus();
  }

  #todayDate(): Date {
    return parseIsoDay(this.today) ?? wallClockToday();
  }

  #renderPresets(low: string, high: string, lang: Lang): TemplateResult {
    const today = this.#todayDate();
    const pressed = matchingPreset({ start: low, end: high }, today);
    return html`<div part="presets" class="presets" role="group" aria-label=${say('presets', lang)}>
      ${DATE_PRESETS.map(
        (preset) =>
          html`<button
            type="button"
            aria-pressed=${preset === pressed ? 'true' : 'false'}
            @click=${() => this.#applyPreset(preset, lang)}
          >
            ${presetLabel(preset, lang)}
          </button>`,
      )}
    </div>`;
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

  #renderSearch(lang: Lang): TemplateResult {
    const id = `${this.#ids}-control`;
    const result = this.queryController.result;
    const total = Number(result?.columns['total']?.[0] ?? 0);
    const matches = result?.columns['matches']?.[0];
    const note = matchNote(typeof matches === 'number' ? matches : null, total, lang);
    return html`<label part="label" class="label" for=${id}>${this.#title}</label>
      <input
        part="control"
        id=${id}
        type="search"
        autocomplete="off"
        aria-describedby="${this.#ids}-note"
        .value=${live(this._term ?? searchOf(this.#own))}
        @input=${this.#onSearchTyped}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter') this.#commitSearch();
        }}
      />
      <p part="note" class="note" id="${this.#ids}-note">${note}</p>`;
  }

  #onSearchTyped = (e: Event): void => {
    this._term = (e.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    // A short pause so each keystroke does not filter the whole dashboard; once it publishes,
    // the other widgets query at once (no frame of waiting).
    this.#searchTimer = setTimeout(() => this.#commitSearch(), SEARCH_DEBOUNCE_MS);
  };

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
