/**
 * `<pantau-dashboard url-state>`: when the selection is read from the page's address (on connect
 * and on Back/Forward) and written to it (on every change that did not come from there). The
 * address code (url-state.ts) loads only for a dashboard that has the attribute.
 */

import type { Selection } from '@pantau/core';
import { lazyModule } from '../base/lazy-module.ts';
import type { SourceRegistry } from '../base/source-registry.ts';
// Types only: the module loads when needed (urlStateCode below).
import type * as UrlState from './url-state.ts';

const urlStateCode = lazyModule<typeof UrlState>(() => import('./url-state.ts'));

/** What the address link reads of its dashboard. */
export interface UrlDashboard {
  readonly urlState: boolean;
  readonly id: string;
  readonly isConnected: boolean;
  readonly selection: Selection;
  readonly sources: SourceRegistry;
}

export class UrlSync {
  readonly #dashboard: UrlDashboard;
  #restoring = false;

  constructor(dashboard: UrlDashboard) {
    this.#dashboard = dashboard;
  }

  connect(): void {
    window.addEventListener('popstate', this.#onPopState);
    if (this.#dashboard.urlState) this.#restore();
  }

  disconnect(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** The selection changed: into the address, unless it came from there. */
  selectionChanged(): void {
    const { urlState, isConnected, selection, id } = this.#dashboard;
    if (urlState && !this.#restoring && isConnected) {
      void this.#withUrlState(({ saveToUrl, paramName }) => saveToUrl(selection, paramName(id)));
    }
  }

  readonly #onPopState = (): void => {
    if (this.#dashboard.urlState) this.#restore();
  };

  /** Restores and saves run in the order they were asked, once the address code is here. */
  #withUrlState(task: (code: typeof UrlState) => void): Promise<void> {
    return urlStateCode.load().then(task, (error: unknown) => {
      console.warn('Pantau: url-state tidak termuat. / url-state did not load.', error);
    });
  }

  #restore(): void {
    const { selection, sources, id } = this.#dashboard;
    sources.restored = this.#withUrlState(({ restoreFromUrl, paramName }) => {
      this.#restoring = true;
      try {
        restoreFromUrl(selection, paramName(id));
      } finally {
        this.#restoring = false;
      }
    });
  }
}
