/**
 * A filter's link to its dashboard's selection: the clauses it has published, publishing new ones
 * once, and hearing of every change (the others' choices narrow its options; a change to its own
 * that it did not make, from the summary's remove button, reset or the URL, is said to the page).
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BilingualText, FilterClause, Selection } from '@pantau/core';
import type { FilterChangeDetail } from '../dashboard/dashboard.ts';
import { widgetEvent } from '../base/widget-event.ts';

/** Detail of a filter's `pantau-filter-change`: its own clauses now, and every entry in force. */
export interface FilterElementChangeDetail extends FilterChangeDetail {
  /** The filter's key in the dashboard's selection (its `id`, or an automatic one). */
  owner: string;
}

export interface SelectionLinkOptions {
  /** The dashboard's selection, if the filter has a dashboard. */
  selection(): Selection | undefined;
  /** The key the filter publishes under. */
  key(): string;
  /** Its own clauses were changed by someone else: what the reader typed gives way. */
  changedElsewhere(): void;
}

export class SelectionLink implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SelectionLinkOptions;
  #watched: Selection | undefined;
  #lastOwn = '';
  #publishing = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SelectionLinkOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The clauses this filter has published (empty when nothing is chosen). */
  get own(): readonly FilterClause[] {
    return this.#options.selection()?.own(this.#options.key()) ?? [];
  }

  /** Follows the dashboard's selection while connected (called before each update). */
  watch(): void {
    const selection = this.#host.isConnected ? this.#options.selection() : undefined;
    if (selection === this.#watched) return;
    this.#watched?.removeEventListener('change', this.#onSelection);
    selection?.addEventListener('change', this.#onSelection);
    this.#watched = selection;
    this.#lastOwn = JSON.stringify(this.own);
  }

  hostDisconnected(): void {
    this.#watched?.removeEventListener('change', this.#onSelection);
    this.#watched = undefined;
  }

  publish(clauses: FilterClause[], label?: BilingualText): void {
    const selection = this.#options.selection();
    if (selection === undefined) return;
    // Enter then blur (change) commit the same range twice: the dashboard hears it once.
    if (JSON.stringify(clauses) === JSON.stringify(this.own)) return;
    this.#publishing = true;
    try {
      selection.update(this.#options.key(), clauses, label);
    } finally {
      this.#publishing = false;
    }
  }

  /** Every change re-asks for options; a change to this filter's own clauses is also an event. */
  readonly #onSelection = (): void => {
    const own = JSON.stringify(this.own);
    if (own !== this.#lastOwn) {
      this.#lastOwn = own;
      if (!this.#publishing) this.#options.changedElsewhere();
      const detail: FilterElementChangeDetail = {
        owner: this.#options.key(),
        clauses: [...this.own],
        entries: this.#options.selection()?.entries ?? [],
      };
      this.#host.dispatchEvent(widgetEvent('pantau-filter-change', detail));
    }
    this.#host.requestUpdate();
  };
}
