/**
 * Where elements wait for their table, one registry per dashboard. A `<pantau-source>` claims its
 * name here and announces a load before it starts; a chart asking for `source="x"` waits for that
 * load and gets the table's schema. A table that no source of any dashboard claims (a view made
 * by the page's own code) is found through the catalog.
 *
 * A source's name is the author's name within its dashboard; the engine's table is Pantau's own
 * (issue 18): the first dashboard on the page to claim a name keeps it as the table's name (so a
 * page with one dashboard, its snapshots and its views read as written), every later one gets
 * `pantau_s<n>__<name>`, so two dashboards with a source "data" never share a table. A second
 * source of one name in one dashboard is an error, not a race.
 */

import { UI, sayBoth } from '@pantau/messages';
import { PantauError, type Coordinator, type TableSchema } from '@pantau/core';
import type { FirstView } from '../snapshot/first-view.ts';

/** How long a chart waits for a `<pantau-source>` that was never added before it gives up. */
export const SOURCE_WAIT_MS = 3_000;

/** Which registry holds each engine table name made from an author's name, page-wide. */
const PAGE_CLAIMS = Symbol.for('pantau.sourceClaims.v1');
type ClaimHolder = { [PAGE_CLAIMS]?: { tables: Map<string, object>; next: number } };

function pageClaims(): { tables: Map<string, object>; next: number } {
  const holder = globalThis as ClaimHolder;
  holder[PAGE_CLAIMS] ??= { tables: new Map(), next: 1 };
  return holder[PAGE_CLAIMS];
}

export class SourceRegistry extends EventTarget {
  /** Author's name (lower case) to the source element that owns it and its engine table. */
  readonly #owned = new Map<string, { owner: object; table: string }>();
  readonly #loads = new Map<string, Promise<unknown>>();
  readonly #waiters = new Map<string, Set<() => void>>();
  readonly #loaded = new Set<string>();
  /** The schema each loaded source ended with (what the filter summary checks clauses against). */
  readonly #schemas = new Map<string, TableSchema>();
  readonly #coordinator: Coordinator;
  /** Settles once the dashboard's `url-state` selection is restored (its code loads lazily). */
  restored: Promise<unknown> = Promise.resolve();
  /** The dashboard's first-view snapshot while it loads and after; null without one. */
  firstView: Promise<FirstView | null> | null = null;

  /** Each lookup source's key column, by author's name (lower case): `<pantau-source key>`. */
  readonly keys = new Map<string, string>();

  /** A lookup source's engine table and key column, or null when `name` declares no key. */
  lookup(name: string): { table: string; key: string } | null {
    const key = this.keys.get(name.toLowerCase());
    return key === undefined ? null : { table: this.tableFor(name), key };
  }

  /**
   * What a widget naming lookups `names` waits for: the loads of those that are lookup sources
   * (rejecting with a failed one's error, e.g. DUPLICATE_KEY), or null when all are in.
   */
  lookupsPending(names: readonly string[]): Promise<unknown> | null {
    const waits = names
      .map((n) => n.toLowerCase())
      .filter((n) => this.keys.has(n) && (!this.#loaded.has(n) || this.#failed.has(n)))
      .map((n) => this.schema(n));
    return waits.length > 0 ? Promise.all(waits) : null;
  }

  /** The dashboard's Pantau server, or null: its sources are the server's tables, as named. */
  readonly server: string | null;

  constructor(coordinator: Coordinator, server: string | null = null) {
    super();
    this.#coordinator = coordinator;
    this.server = server;
  }

  /**
   * `owner` (a source element) takes `name` in this dashboard and learns its engine table. Throws
   * BAD_NAME when another source of this dashboard has the name already.
   */
  claim(name: string, owner: object): string {
    const key = name.toLowerCase();
    const held = this.#owned.get(key);
    if (held !== undefined) {
      if (held.owner === owner) return held.table;
      throw duplicateSource(name);
    }
    if (this.server !== null) {
      // A server's table is the server's name; nothing is created in a shared engine.
      this.#owned.set(key, { owner, table: name });
      return name;
    }
    const claims = pageClaims();
    const bare = claims.tables.get(key);
    const table =
      bare === undefined || bare === this ? name : `pantau_s${claims.next++}__${name}`.slice(0, 63);
    claims.tables.set(table.toLowerCase(), this);
    this.#owned.set(key, { owner, table });
    return table;
  }

  /** `owner` gives up `name` (it left the page or was renamed). */
  release(name: string, owner: object): void {
    const key = name.toLowerCase();
    const held = this.#owned.get(key);
    if (held?.owner !== owner) return;
    this.#owned.delete(key);
    const claims = pageClaims();
    if (claims.tables.get(held.table.toLowerCase()) === this)
      claims.tables.delete(held.table.toLowerCase());
  }

  /** The engine table that `name` reads in this dashboard. */
  tableFor(name: string): string {
    return this.#owned.get(name.toLowerCase())?.table ?? name;
  }

  /** Whether another dashboard's source holds the table `name` (then it is not this one's). */
  #elsewhere(name: string): boolean {
    const holder = pageClaims().tables.get(name.toLowerCase());
    return holder !== undefined && holder !== this;
  }

  /** A source element starts (or restarts) loading `name`. */
  announce(name: string, load: Promise<unknown>): void {
    const key = name.toLowerCase();
    this.#loads.set(key, load);
    this.#loaded.delete(key);
    this.#schemas.delete(key);
    this.#failed.delete(key);
    const settle = (value?: unknown) => {
      if (this.#loads.get(key) !== load) return;
      this.#loaded.add(key);
      if (value === undefined) this.#failed.add(key);
      const schema = (value as { schema?: TableSchema } | undefined)?.schema;
      if (schema?.columns) this.#schemas.set(key, schema);
      this.dispatchEvent(new CustomEvent<string>('loaded', { detail: key }));
    };
    load.then(
      (value) => settle(value ?? null),
      () => settle(),
    );
    for (const wake of this.#waiters.get(key) ?? []) wake();
    this.#waiters.delete(key);
    // Charts already showing this table re-query once the new data is in.
    this.dispatchEvent(new CustomEvent<string>('announce', { detail: key }));
  }

  /**
   * Loads `name` again when its last load failed and its source can (a server that was down):
   * the widgets reading it are told by `announce`. False when there is nothing to load again.
   */
  retry(name: string): boolean {
    const key = name.toLowerCase();
    const owner = this.#owned.get(key)?.owner as { reload?: () => void } | undefined;
    if (!this.#failed.has(key) || owner?.reload === undefined) return false;
    owner.reload();
    return true;
  }

  readonly #failed = new Set<string>();

  /** Whether the last load announced for `name` has finished (loaded or failed). */
  hasLoaded(name: string): boolean {
    return this.#loaded.has(name.toLowerCase());
  }

  /**
   * Every column name (lower case) of the tables loaded so far, or null while none is: a clause on
   * a column outside this set filters nothing, and the summary says so.
   */
  knownColumns(): Set<string> | null {
    if (this.#schemas.size === 0) return null;
    const names = new Set<string>();
    for (const schema of this.#schemas.values()) {
      for (const column of schema.columns) names.add(column.name.toLowerCase());
    }
    return names;
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
    // The dashboard's selection from the address is restored before any widget asks.
    await this.restored;
    const key = name.toLowerCase();
    let load = this.#loads.get(key);
    if (load === undefined) {
      // Sources later in the markup announce when they connect: let the parser's batch finish
      // before asking the catalog (a miss there is logged by DuckDB's worker).
      await new Promise((resolve) => setTimeout(resolve, 0));
      load = this.#loads.get(key);
    }
    if (load === undefined) {
      // A table created by script may already exist (not another dashboard's source); otherwise
      // wait a little for a late source.
      const existing = this.#elsewhere(name)
        ? null
        : await this.#coordinator.describe(name).catch(() => null);
      if (existing !== null) return existing;
      if (!(await this.#waitForAnnounce(key))) throw sourceMissing(name);
      load = this.#loads.get(key);
    }
    await load;
    return this.#coordinator.describe(this.tableFor(name));
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

function duplicateSource(name: string): PantauError {
  return new PantauError({
    code: 'BAD_NAME',
    text: sayBoth(UI, 'sourceNameTaken', name),
    details: { source: name },
  });
}

function sourceMissing(name: string): PantauError {
  return new PantauError({
    code: 'SOURCE_NOT_FOUND',
    text: sayBoth(UI, 'sourceMissing', name),
    details: { source: name },
  });
}
