/** What an element tells its query controller: where to read, and how to build its plan. */

import type { Coordinator, FilterClause, QueryPlan, TableSchema } from '@pantau/core';
import type { SourceRegistry } from './source-registry.ts';
import type { WidgetStatus } from './query-status.ts';

export interface QuerySettings {
  coordinator: Coordinator;
  sources: SourceRegistry;
  /** The table to read; '' when the element has none yet. */
  source: string;
  /** The key the element publishes under (filtered by everyone else's); null: not filtered. */
  filterKey: string | null;
}

export interface QueryControllerOptions {
  /** Read on every host update: where and what to query. */
  settings(): QuerySettings;
  /** The element's plan: pure; throws PantauError on bad attributes. */
  build(table: TableSchema, filter: readonly FilterClause[]): QueryPlan | null;
  /**
   * The code `build` needs, while it is still loading (the query builders load on demand, see
   * lazy-module.ts): a promise the controller waits for, then it asks again with the settings
   * current then. Null (or absent): `build` can run now.
   */
  pending?(): Promise<unknown> | null;
  /**
   * True while the host's update under way changed none of its properties (everything a plan is
   * built from is one): an update that only brings the answer to a plan the coordinator has just
   * asked for then skips asking for the same plan again. Absent: every update asks.
   */
  unchanged?(): boolean;
  /** Called whenever status changes (the element fires its events from here). */
  onStatus?(status: WidgetStatus): void;
  /**
   * Paint from the dashboard's first-view snapshot while the table loads (charts do; a filter's
   * list of choices does not). The answer stays `provisional` until the live query checks it.
   */
  snapshot?: boolean;
}
