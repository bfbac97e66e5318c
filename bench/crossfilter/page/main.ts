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
const host = document.getElementById('host')!;
const dashboard: PantauDashboard = mountDashboard(host, rows);
installProbe(dashboard);
const pre = dashboard.coordinator.preAggregator;
if (params.get('preagg') === 'off') pre.options.enabled = false;

const loaded = dashboard.ready.then(() => performance.now());

Object.assign(window, {
  __cfPage: {
    rows,
    dashboard,
    /** ms from navigation start to every widget drawn (or failed). */
    loaded,
    async statuses(): Promise<string[]> {
      return dashboard.ready;
    },
    setPreAggregation(on: boolean): void {
      pre.options.enabled = on;
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
    stats() {
      return { ...pre.stats };
    },
    clear(): void {
      dashboard.clearFilters();
    },
  },
});
