/**
 * Where elements wait for their table. A `<pantau-source>` announces a load here before it starts;
 * a chart asking for `source="x"` waits for that load and gets the table's schema. A table made
 * by page script (`coordinator.exec('CREATE VIEW ...')`) is found through the catalog.
 */

import { PantauError, type Coordinator, type TableSchema } from '@pantau/core';
import type { FirstView } from '../snapshot/first-view.ts';

/** How long a chart waits for a `<pantau-source>` that was never added before it gives up. */
export const SOURCE_WAIT_MS = 3_000;

export class SourceRegistry extends EventTarget {
  readonly #loads = new Map<string, Promise<unknown>>();
  readonly #waiters = new Map<string, Set<() => void>>();
  readonly #loaded = new Set<string>();
  readonly #coordinator: Coordinator;
  /** The dashboard's first-view snapshot while it loads and after; null without one. */
  firstView: Promise<FirstView | null> | null = null;

  constructor(coordinator: Coordinator) {
    super();
    this.#coordinator = coordinator;
  }

  /** A source element starts (or restarts) loading `name`. */
  announce(name: string, load: Promise<unknown>): void {
    const key = name.toLowerCase();
    this.#loads.set(key, load);
    this.#loaded.delete(key);
    const settle = () => {
      if (this.#loads.get(key) === load) this.#loaded.add(key);
    };
    load.then(settle, settle);
    for (const wake of this.#waiters.get(key) ?? []) wake();
    this.#waiters.delete(key);
    // Charts already showing this table re-query once the new data is in.
    this.dispatchEvent(new CustomEvent<string>('announce', { detail: key }));
  }

  /** Whether the last load announced for `name` has finished (loaded or failed). */
  hasLoaded(name: string): boolean {
    return this.#loaded.has(name.toLowerCase());
  }

  /** The loads announced so far (for `<pantau-dashboard>.ready`). */
  get loads(): Promise<unknown>[] {
    return [...this.#loads.values()];
  }

  /**
   * The schema of table `name` once it is loaded. Rejects with the source's own error when the
   * load failed, and with SOURCE_NOT_FOUND when no source of that name appears.
   */
  async schema(name: string): Promise<TableSchema> {
    const key = name.toLowerCase();
    let load = this.#loads.get(key);
    if (load === undefined) {
      // Sources later in the markup announce when they connect: let the parser's batch finish
      // before asking the catalog (a miss there is logged by DuckDB's worker).
      await new Promise((resolve) => setTimeout(resolve, 0));
      load = this.#loads.get(key);
    }
    if (load === undefined) {
      // A table created by script may already exist; otherwise wait a little for a late source.
      const existing = await this.#coordinator.describe(name).catch(() => null);
      if (existing !== null) return existing;
      if (!(await this.#waitForAnnounce(key))) throw sourceMissing(name);
      load = this.#loads.get(key);
    }
    await load;
    return this.#coordinator.describe(name);
  }

  /** True once a source of that name is announced, false after SOURCE_WAIT_MS without one. */
  #waitForAnnounce(key: string): Promise<boolean> {
    return new Promise((resolve) => {
      const waiters = this.#waiters.get(key) ?? new Set();
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiters.delete(wake);
        resolve(false);
      }, SOURCE_WAIT_MS);
      waiters.add(wake);
      this.#waiters.set(key, waiters);
    });
  }
}

function sourceMissing(name: string): PantauError {
  return new PantauError({
    code: 'SOURCE_NOT_FOUND',
    text: {
      id: `Sumber data "${name}" tidak ada. Tambahkan <pantau-source name="${name}" src="..."> di dasbor ini, atau perbaiki atribut source.`,
      en: `There is no data source "${name}". Add <pantau-source name="${name}" src="..."> to this dashboard, or fix the source attribute.`,
    },
    details: { source: name },
  });
}
