import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauChartElement, PantauDashboard } from '../src/index.ts';
import { mount, unmountAll } from './support/mount.ts';

/**
 * Issue 17 item 6 from markup: `max-source-size` and `memory-limit` on `<pantau-dashboard>` set
 * the page engine's limits before its sources start it (real duckdb-wasm). The fixture Parquet
 * file is 940 bytes; its `bulan` and `diterima` columns decode to 94.
 */
describe('<pantau-dashboard max-source-size memory-limit>', () => {
  afterEach(unmountAll);

  it('a source over max-source-size fails in its widget naming the attribute; columns= under it loads', async () => {
    const host = mount(`<pantau-dashboard max-source-size="600" memory-limit="300MB">
      <pantau-source name="semua" src="/test/fixtures/layanan.parquet"></pantau-source>
      <pantau-source name="dua" src="/test/fixtures/layanan.parquet" columns="bulan, diterima"></pantau-source>
      <pantau-kpi source="semua" value="count(*)" title="Semua"></pantau-kpi>
      <pantau-kpi source="dua" value="sum(diterima)" title="Dua kolom"></pantau-kpi>
    </pantau-dashboard>`);
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    const [all, two] = host.querySelectorAll<PantauChartElement>('pantau-kpi');
    expect(await dashboard.ready).toEqual(['error', 'ready']);
    expect(all!.error?.code).toBe('SOURCE_TOO_LARGE');
    expect(all!.error?.text.en).toContain('max-source-size="1GB" on <pantau-dashboard>');
    expect(all!.error?.text.id).toContain('atribut max-source-size="1GB"');
    expect(Object.values(two!.data[0] ?? {})).toContain(5050);
    const answer = await dashboard.coordinator.query({
      sql: "SELECT current_setting('memory_limit') AS m",
    });
    expect(answer.rows()).toEqual([{ m: '286.1 MiB' }]);
  });
});
