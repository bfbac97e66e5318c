/**
 * A widget's `ready` promise and its `pantau-ready` / `pantau-error` events, fired once per
 * outcome (an answer or an error), after the update that shows it. What a chart's frame does
 * for these too (base/chart-element.ts), as a controller any element can add.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PantauError, QueryResult } from '@pantau/core';
import type { WidgetStatus } from '../base/query-controller.ts';
import type { ErrorDetail, ReadyDetail } from '../base/chart-element.ts';
import { widgetEvent } from '../base/widget-event.ts';

export interface SettledView {
  status: WidgetStatus;
  error: PantauError | null;
  result: QueryResult | null;
}

export class SettledEvents implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #view: () => SettledView;
  #waiters: (() => void)[] = [];
  #announced: unknown = null;

  constructor(host: ReactiveControllerHost & HTMLElement, view: () => SettledView) {
    this.#host = host;
    this.#view = view;
    host.addController(this);
  }

  /** Resolves once the widget has an answer (ready or empty) or an error; never rejects. */
  get ready(): Promise<WidgetStatus> {
    return this.#host.updateComplete.then(() =>
      this.#settled()
        ? this.#view().status
        : new Promise<WidgetStatus>((resolve) =>
            this.#waiters.push(() => resolve(this.#view().status)),
          ),
    );
  }

  hostUpdated(): void {
    if (!this.#settled()) return;
    const { status, error, result } = this.#view();
    const outcome = error ?? result;
    if (outcome !== this.#announced) {
      this.#announced = outcome;
      if (status === 'error' && error !== null) {
        this.#host.dispatchEvent(widgetEvent<ErrorDetail>('pantau-error', { error }));
      } else {
        const rows = result?.numRows ?? 0;
        this.#host.dispatchEvent(widgetEvent<ReadyDetail>('pantau-ready', { status, rows }));
      }
    }
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  #settled(): boolean {
    const { status } = this.#view();
    return status === 'ready' || status === 'empty' || status === 'error';
  }
}
