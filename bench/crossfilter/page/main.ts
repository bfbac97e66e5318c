/**
 * The benchmark page: `?rows=1000000` mounts the dashboard over that scale file, installs the
 * probe, and publishes `window.__cfPage` (load time, the dashboard, pre-aggregation controls)
 * for the driver (../run.mjs, ../measure.mjs).
 */

import type { PantauDashboard } from '@pantau/widgets';
import { mountDashboard } from './dashboard.ts';
import { installProbe } from './probe.ts';

const params = new URLSearchParams(location.search);
const rows = Number(params.get('rows') ?? '100000');
// `?yield=off`: cube build steps never wait for the reader, as before issue 17 item 5 (the
// page-wide count of waiting questions, core's coordinator/asking.ts, always reads 0), so
// ../early-yield.mjs compares both in one run.
if (params.get('yield') === 'off') {
  Object.assign(globalThis, {
    [Symbol.for('pantau.asking.v1')]: {
      get n() {
        return 0;
      },
      set n(_: number) {},
      wake: [],
    },
  });
}
const host = document.getElementById('host')!;
const dashboard: PantauDashboard = mountDashboard(host, rows);
installProbe(dashboard);
const pre = dashboard.coordinator.preAggregator;
if (params.get('preagg') === 'off') pre.options.enabled = false;
// `?slices=off`: a cube build runs whole, as before issue 13's sliced builds (../early-yield.mjs).
if (params.get('slices') === 'off') pre.options.sliceBuilds = false;
// `?minrows=N`: pre-aggregate tables from N rows (the A/B of issue 13's 100k-row cubes).
if (params.has('minrows')) pre.options.minRows = Number(params.get('minrows'));
/** Every cube build from the start (its 'build' events): database time, rows, when it ended. */
const builds: { buildMs: number; rows: number; end: number }[] = [];
// A pass's root cube (one scan its cubes are cut from) is database time of the builds too.
for (const kind of ['build', 'root']) {
  pre.addEventListener(kind, (event) => {
    const { buildMs, rows } = (event as CustomEvent<{ buildMs: number; rows: number }>).detail;
    builds.push({ buildMs, rows, end: performance.now() });
  });
}

const loaded = dashboard.ready.then(() => performance.now());

/** Resolves once the widget has answered (its first `pantau-ready`). */
function readyOnce(id: string): Promise<void> {
  const el = document.getElementById(id) as (HTMLElement & { status?: string }) | null;
  if (el === null) return Promise.reject(new Error(`no widget #${id}`));
  if (el.status === 'ready' || el.status === 'empty') return Promise.resolve();
  return new Promise((resolve) =>
    el.addEventListener('pantau-ready', () => resolve(), { once: true }),
  );
}

/** The frame after the first KPI and the month line were drawn (bench/compare's S1 point). */
const firstPainted = Promise.all([readyOnce('total'), readyOnce('months')]).then(
  () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    ),
);

Object.assign(window, {
  __cfPage: {
    rows,
    dashboard,
    /** ms from navigation start to every widget drawn (or failed). */
    loaded,
    /** ms from navigation start to the frame after the first KPI and the line were drawn. */
    firstPainted,
    /** Resolves when the page clock reaches `at` (the early gesture's moment is page time). */
    until(at: number): Promise<number> {
      return new Promise((r) => setTimeout(r, Math.max(0, at - performance.now()))).then(() =>
        performance.now(),
      );
    },
    async statuses(): Promise<string[]> {
      return dashboard.ready;
    },
    setPreAggregation(on: boolean): void {
      pre.options.enabled = on;
    },
    /** Small cubes answered in the page (on) or by DuckDB from the same cubes (off). */
    setPageCubes(on: boolean): void {
      if (pre.page !== null) pre.page.enabled = on;
    },
    /** Answers computed in the page so far, and the ms they took in all. */
    pageStats() {
      return { ...(pre.page?.stats ?? {}), timings: [...(pre.page?.timings ?? [])] };
    },
    /** Every build and every fetch of a small cube into the page done. */
    cubesSettled(): Promise<void> {
      return pre.settled();
    },
    /** Builds waiting or running; the driver waits for 0 before a pre-aggregated click. */
    pending(): number {
      return pre.pending;
    },
    /** Every build done, the idle ones included (they start in an idle period, up to 1 s). */
    async settled(): Promise<void> {
      for (;;) {
        await new Promise((r) => setTimeout(r, 1200));
        if (pre.pending === 0) return;
        await pre.settled();
      }
    },
    cubes() {
      return pre.cubes.map((c) => ({ ...c, columns: c.columns.map((x) => ({ ...x })) }));
    },
    builds() {
      return [...builds];
    },
    stats() {
      return { ...pre.stats };
    },
    clear(): void {
      dashboard.clearFilters();
    },
  },
});
