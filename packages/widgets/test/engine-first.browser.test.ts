import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauChartElement, PantauSource } from '../src/index.ts';
import { mount, unmountAll } from './support/mount.ts';

/**
 * Issue 13 item 4: on a cold page the engine is the longest path to the first chart, and a
 * browser opens only a few connections to one server. So a source's engine start asks for
 * DuckDB's worker code before the charts ask for their modules, which are needed only once the
 * table is in; a chart connected first still waits. Read from this page's own resource timings
 * (each browser test file runs in a page of its own: nothing here was fetched before).
 */
const startOf = (part: string): number =>
  performance.getEntriesByType('resource').find((entry) => entry.name.includes(part))?.startTime ??
  Number.NaN;

describe('a cold page: the engine asks first', () => {
  afterEach(unmountAll);

  it("requests DuckDB's worker code before a chart's module, the chart drawn all the same", async () => {
    // The test runner's own hundreds of modules filled the default buffer of 250 entries.
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(10_000);
    expect(startOf('worker-driver')).toBeNaN();
    const host = mount(`<pantau-dashboard>
      <pantau-kpi source="permohonan" value="count(*)" title="Permohonan"></pantau-kpi>
      <pantau-source name="permohonan"></pantau-source>
    </pantau-dashboard>`);
    // Rows from script, in the same task as the markup: the load starts on the source's update.
    host.querySelector<PantauSource>('pantau-source')!.rows = [{ unit: 'a' }, { unit: 'b' }];
    const kpi = host.querySelector<PantauChartElement>('pantau-kpi')!;
    await kpi.ready;
    expect(kpi.status).toBe('ready');
    expect(kpi.shadowRoot!.textContent).toContain('2');
    expect(startOf('kpi-module')).toBeGreaterThan(startOf('worker-driver'));
  });
});
