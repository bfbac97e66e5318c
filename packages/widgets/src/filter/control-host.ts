/**
 * What `<pantau-filter>`'s controls work with: the element's facts and actions (its port), and
 * what the reader has typed or opened (the control state, kept here, not in the element class, so
 * it loads with the controls rather than with every page). Each control is a module of its own
 * (select-control.ts, multi-select-control.ts, bounds-control.ts, search-control.ts) written
 * against `FilterHost`.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  BilingualText,
  ColumnInfo,
  FilterClause,
  Lang,
  PantauError,
  QueryResult,
  TableSchema,
} from '@pantau/core';
import { filterColumn, type FilterType } from './filter-query.ts';

/** What the reader has typed or opened. */
export interface ControlState {
  /** Multi-select: the text typed to narrow the list. */
  typed: string;
  open: boolean;
  active: number;
  /** Range and date range: what is typed in each end, until the selection says otherwise. */
  low: string | null;
  high: string | null;
  /** Search: the text typed, published after a pause. */
  term: string | null;
  problem: { text: BilingualText; field: 'low' | 'high' } | null;
}

/** What the controls read of the element, fresh at each call. */
export interface FilterFacts {
  readonly type: string;
  readonly column: string;
  readonly today: string;
  readonly title: string;
  readonly result: QueryResult | null;
  readonly schema: TableSchema | null;
  readonly error: PantauError | null;
  /** This filter's clauses in the selection. */
  readonly own: readonly FilterClause[];
  readonly lang: Lang;
}

/** The element as the filter's code that loads later sees it. */
export interface FilterPort {
  facts(): FilterFacts;
  publish(clauses: FilterClause[], label?: BilingualText): void;
  clear(): void;
  announce(text: string): void;
  /** The field with this id suffix (`control`, `low`), or null. */
  field(idSuffix: string): HTMLInputElement | null;
  /** The active option of an open list, or null. */
  activeOption(): Element | null;
}

/** The element as its controls see it: its facts and actions, and the control state. */
export interface FilterHost extends FilterFacts {
  readonly state: ControlState;
  /** Changes the state (the element redraws). */
  set(change: Partial<ControlState>): void;
  publish(clauses: FilterClause[], label?: BilingualText): void;
  clear(): void;
  announce(text: string): void;
  /** Moves focus to the element's control with this id suffix (`control`, `low`). */
  focus(idSuffix: string): void;
  field(idSuffix: string): HTMLInputElement | null;
  /** Runs `commit` after the search pause, instead of any pending one. */
  debounceSearch(commit: () => void): void;
  cancelSearch(): void;
}

const KEYS = ['typed', 'open', 'active', 'low', 'high', 'term', 'problem'] as const;

/** The control state of one filter, as a controller of its element. */
export class FilterControls implements FilterHost, ReactiveController {
  state: ControlState = {
    typed: '',
    open: false,
    active: -1,
    low: null,
    high: null,
    term: null,
    problem: null,
  };
  readonly #element: ReactiveControllerHost;
  readonly #port: FilterPort;
  /** The pause after the last keystroke before a search publishes (filter.ts SEARCH_DEBOUNCE_MS). */
  readonly #searchPause: number;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** The active option last scrolled into view. */
  #scrolledTo = -1;

  constructor(element: ReactiveControllerHost, port: FilterPort, searchPause: number) {
    this.#element = element;
    this.#port = port;
    this.#searchPause = searchPause;
    element.addController(this);
  }

  get type() {
    return this.#port.facts().type;
  }
  get column() {
    return this.#port.facts().column;
  }
  get today() {
    return this.#port.facts().today;
  }
  get title() {
    return this.#port.facts().title;
  }
  get result() {
    return this.#port.facts().result;
  }
  get schema() {
    return this.#port.facts().schema;
  }
  get error() {
    return this.#port.facts().error;
  }
  get own() {
    return this.#port.facts().own;
  }
  get lang() {
    return this.#port.facts().lang;
  }

  set(change: Partial<ControlState>): void {
    const next = { ...this.state };
    for (const key of KEYS) {
      if (!(key in change)) continue;
      // An absent bound, term or problem is null; typed, open and active keep theirs.
      const value =
        change[key] ?? (key === 'typed' || key === 'open' || key === 'active' ? undefined : null);
      if (value !== undefined) (next as Record<string, unknown>)[key] = value;
    }
    if (KEYS.every((key) => next[key] === this.state[key])) return;
    this.state = next;
    this.#element.requestUpdate();
  }

  /** The selection changed from outside (summary, reset, URL): what was typed gives way to it. */
  reset(): void {
    this.cancelSearch();
    this.set({ low: null, high: null, term: null, problem: null });
  }

  publish(clauses: FilterClause[], label?: BilingualText): void {
    this.#port.publish(clauses, label);
  }

  clear(): void {
    this.#port.clear();
  }

  announce(text: string): void {
    this.#port.announce(text);
  }

  focus(idSuffix: string): void {
    this.#port.field(idSuffix)?.focus();
  }

  field(idSuffix: string): HTMLInputElement | null {
    return this.#port.field(idSuffix);
  }

  debounceSearch(commit: () => void): void {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(commit, this.#searchPause);
  }

  cancelSearch(): void {
    clearTimeout(this.#searchTimer);
  }

  hostDisconnected(): void {
    this.cancelSearch();
  }

  // Keep the active option in view as the arrows move it (not on every re-query).
  hostUpdated(): void {
    if (this.state.active === this.#scrolledTo) return;
    this.#scrolledTo = this.state.active;
    this.#port.activeOption()?.scrollIntoView({ block: 'nearest' });
  }
}

/** The column as the table spells it, or null before the table is known. */
export function columnOf(host: FilterHost, type: FilterType): ColumnInfo | null {
  if (host.schema === null) return null;
  try {
    return filterColumn(host.schema, host.column, type);
  } catch {
    return null;
  }
}
