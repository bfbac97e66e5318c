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

/**
 * The pre-aggregator's prepare() calls still running: the dashboard's idle pass (after a reload
 * or a selection change) and the pointer's. Counted from the call, before its builds are queued,
 * so a pass that is still loading the cube SQL is not taken for a pass with nothing to build.
 */
const preparing = new Set<Promise<void>>();
const prepare = pre.prepare.bind(pre);
pre.prepare = (...args: Parameters<typeof prepare>): Promise<void> => {
  const run = prepare(...args);
  preparing.add(run);
  void run.finally(() => preparing.delete(run));
  return run;
};

/** Past the dashboard's own idle wait (1 s in widgets' pre-aggregation.ts), so it runs first. */
const IDLE_TIMEOUT_MS = 1_500;

function idlePeriod(): Promise<void> {
  return new Promise((resolve) =>
    requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }),
  );
}

/**
 * Resolves once the idle cube rebuild that follows a reload or a selection change has run and
 * its builds (and fetches into the page) are done, so every sample is taken in the same state.
 * The dashboard asks for its idle pass when the widgets have answered; idle callbacks run in the
 * order asked (one whose timeout passed, earlier), so two idle periods after the widgets
 * answered, its pass has started. Again until an idle pass starts nothing.
 */
async function rebuilt(): Promise<number> {
  let passes = 0;
  for (;;) {
    await dashboard.ready;
    await idlePeriod();
    await idlePeriod();
    if (preparing.size === 0 && pre.pending === 0) {
      await pre.settled();
      return passes;
    }
    passes++;
    await Promise.allSettled([...preparing]);
    await pre.settled();
  }
}

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
    /** The idle cube rebuild done (the driver samples then); how many passes it waited for. */
    rebuilt,
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
