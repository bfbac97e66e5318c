/**
 * The soak page: the cross-filter benchmark's nine-widget dashboard (../../crossfilter/page) over
 * `?rows=N`, with `window.__soak` for the driver (../run.mjs): wait for the widgets, clear the
 * selection, reload the source, and read what the page holds (cubes, DuckDB's memory and tables).
 * The JS heap, listeners and DOM nodes are read from outside through CDP, after a forced GC.
 */

import type { PantauDashboard, PantauSource } from '@pantau/widgets';
import { mountDashboard } from '../../crossfilter/page/dashboard.ts';

const params = new URLSearchParams(location.search);
const rows = Number(params.get('rows') ?? '200000');
const host = document.getElementById('host')!;
const dashboard: PantauDashboard = mountDashboard(host, rows);
const source = dashboard.querySelector<PantauSource>('pantau-source')!;
const pre = dashboard.coordinator.preAggregator;
// `?cubes=always`: cubes for tables under the page's usual minimum (1M rows) too, so a
// scaled-down soak builds, routes to and drops cubes as the full one does.
if (params.get('cubes') === 'always') pre.options.minRows = Math.min(pre.options.minRows, 1);

/** Resolves once every widget has settled after what was just done (a click, a reload). */
async function settled(): Promise<string[]> {
  // A click's re-queries start in a task after the input: let them begin before waiting.
  await new Promise((r) => setTimeout(r, 0));
  return dashboard.ready;
}

/** One number from a read-only statement, uncached (the answer changes between samples). */
async function scalar(sql: string): Promise<number> {
  const result = await dashboard.coordinator.query({ sql }, { cache: false });
  const row = result.rows()[0] ?? {};
  return Number(Object.values(row)[0] ?? NaN);
}

Object.assign(window, {
  __soak: {
    rows,
    settled,
    clear(): Promise<string[]> {
      dashboard.clearFilters();
      return settled();
    },
    /** The source loaded again from its file (what a refresh does when the file changed). */
    async reload(): Promise<string[]> {
      source.reload();
      await source.ready;
      return settled();
    },
    clauses(): number {
      return dashboard.selection.clauses.length;
    },
    /** Builds still waiting or running (the driver samples once they are done). */
    cubesSettled(): Promise<void> {
      return pre.settled();
    },
    async sample() {
      return {
        cubes: pre.cubes.length,
        cubeTables: await scalar(
          "SELECT count(*)::INTEGER FROM duckdb_tables() WHERE table_name LIKE '__pantau_cube%'",
        ),
        duckdbBytes: await scalar('SELECT sum(memory_usage_bytes)::DOUBLE FROM duckdb_memory()'),
        tables: await scalar('SELECT count(*)::INTEGER FROM duckdb_tables()'),
      };
    },
  },
});
