/**
 * What every Pantau widget that reads a dashboard shares (charts today; the filter may adopt it):
 * its language, its dashboard from context, the key it publishes choices under, `ready`, and the
 * typed `pantau-ready` / `pantau-error` / `pantau-select` events. Nothing about drawing lives here.
 */

import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Lang, PantauError, Row } from '@pantau/core';
import { dashboardContext, ensureContextRoot, type DashboardContext } from './context.ts';
import type { WidgetStatus } from './query-controller.ts';
import { widgetEvent } from './widget-event.ts';

/** Detail of `pantau-select`: what the chosen mark stands for and the row it draws. */
export interface SelectDetail {
  selection: Readonly<Record<string, unknown>>;
  row: Row | null;
  label: string;
}

export interface ReadyDetail {
  status: WidgetStatus;
  rows: number;
}

export interface ErrorDetail {
  error: PantauError;
}

export abstract class PantauWidget extends LitElement {
  /** `id` (default) or `en`; inherits the dashboard's. */
  @property() override lang = '';

  @consume({ context: dashboardContext, subscribe: true })
  @state()
  protected dashboard?: DashboardContext;

  #autoKey: string | undefined;
  #waiters: (() => void)[] = [];
  #announced: unknown = null;

  constructor() {
    super();
    ensureContextRoot();
  }

  /** `idle`, `loading`, `ready`, `empty` or `error`. */
  abstract get status(): WidgetStatus;

  /** What went wrong, when `status` is `error`. */
  abstract get error(): PantauError | null;

  /** Drawn, empty or failed: nothing more will happen until something changes. */
  protected abstract get settled(): boolean;

  /** Resolves once the current data is drawn, or found empty, or failed; never rejects. */
  get ready(): Promise<WidgetStatus> {
    return this.updateComplete.then(() =>
      this.settled
        ? this.status
        : new Promise<WidgetStatus>((resolve) => this.#waiters.push(() => resolve(this.status))),
    );
  }

  /** The language in force: the element's, else its dashboard's, else Indonesian. */
  get effectiveLang(): Lang {
    const own = this.lang.trim().toLowerCase();
    if (own.startsWith('en')) return 'en';
    if (own.startsWith('id')) return 'id';
    return this.dashboard?.lang ?? 'id';
  }

  /**
   * The key this widget publishes its choices under: its `id`, else its tag and position among
   * its dashboard's widgets of that tag (stable across reloads, so URL state finds it again).
   */
  get selectionKey(): string {
    if (this.id) return this.id;
    this.#autoKey ??= autoKey(this);
    return this.#autoKey;
  }

  /**
   * Called after each update once settled: fires `pantau-ready` or `pantau-error` once per
   * `outcome` (a resize or a focus move re-renders without a new one), then wakes `ready`.
   */
  protected settle(outcome: unknown, rows: number): void {
    if (outcome !== this.#announced) {
      this.#announced = outcome;
      const { status, error } = this;
      this.dispatchEvent(
        status === 'error' && error !== null
          ? widgetEvent<ErrorDetail>('pantau-error', { error })
          : widgetEvent<ReadyDetail>('pantau-ready', { status, rows }),
      );
    }
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }
}

let autoKeys = 0;

/** `pantau-bar-chart-2`: the widget's place among same-tag widgets of its dashboard. */
function autoKey(el: HTMLElement): string {
  const scope = el.closest('pantau-dashboard');
  if (scope === null) return `${el.localName}-page-${++autoKeys}`;
  const index = [...scope.querySelectorAll(el.localName)].indexOf(el);
  return `${el.localName}-${index + 1}`;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pantau-ready': CustomEvent<ReadyDetail>;
    'pantau-error': CustomEvent<ErrorDetail>;
    'pantau-select': CustomEvent<SelectDetail>;
  }
}
