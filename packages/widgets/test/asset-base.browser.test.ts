import { expect, it } from 'vitest';
import '../src/define.ts';
import './support/list-element.ts';
import type { PantauChartElement } from '../src/index.ts';
import { mount } from './support/mount.ts';

// Its own file: the page's DuckDB starts once, and this test must be the one that starts it.
it('loads DuckDB from the dashboard’s asset-base, set before its sources start the engine', async () => {
  // The dev server serves every module as its own file: Chromium's default buffer of 250
  // resource entries is full before the engine starts, and later entries would be dropped.
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(10_000);
  const host = mount(`<pantau-dashboard asset-base="/lain/duckdb/">
      <pantau-source name="layanan" src="/test/fixtures/layanan.csv"></pantau-source>
      <pantau-test-list source="layanan" x="unit" y="count(*)"></pantau-test-list>
    </pantau-dashboard>`);
  const el = host.querySelector<PantauChartElement>('pantau-test-list')!;
  expect(await el.ready).toBe('ready');
  const workers = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    // The worker's script itself, not the HEAD with which a start slower than 6 s (a loaded
    // machine) checks its CSP (core's worker-csp.ts): that one is a fetch() from the same folder.
    .filter((entry) => entry.initiatorType !== 'fetch')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.worker.js'));
  expect(workers).toEqual(['/lain/duckdb/duckdb-browser-eh.worker.js']);
});
