import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import './support/list-element.ts';
import type { PantauChartElement } from '../src/index.ts';
import { mount, redrawn, settled, shadow, tableCells, unmountAll } from './support/mount.ts';

describe('elements without a dashboard, and two dashboards on one page', () => {
  afterEach(unmountAll);

  it('uses the page coordinator and page sources when used alone', async () => {
    const host = mount(`
      <pantau-test-list source="sendiri" x="unit" y="count(*)"></pantau-test-list>
      <pantau-source name="sendiri" src="/test/fixtures/layanan.csv"></pantau-source>`);
    const el = host.querySelector<PantauChartElement>('pantau-test-list')!;
    // The chart comes before its source in the markup: it waits for the late source.
    expect(await el.ready).toBe('ready');
    expect((await tableCells(el)).map((r) => r[0])).toEqual(['Disdukcapil', 'Dinkes', 'DPMPTSP']);
    expect(el.effectiveLang).toBe('id');
  });

  it('keeps two dashboards apart: languages and a broken source in one do not reach the other', async () => {
    const host = mount(`
      <pantau-dashboard id="a" lang="en">
        <pantau-source name="rusak" src="/__pantau_test__/missing.csv"></pantau-source>
        <pantau-test-list source="rusak" x="unit" y="count(*)"></pantau-test-list>
      </pantau-dashboard>
      <pantau-dashboard id="b">
        <pantau-source name="baik" src="/test/fixtures/layanan.csv"></pantau-source>
        <pantau-test-list source="baik" x="unit" y="count(*)"></pantau-test-list>
      </pantau-dashboard>`);
    await settled(host);
    const broken = host.querySelector<PantauChartElement>('#a pantau-test-list')!;
    const fine = host.querySelector<PantauChartElement>('#b pantau-test-list')!;
    expect(broken.status).toBe('error');
    expect(broken.error?.code).toBe('SOURCE_FETCH_FAILED');
    expect(shadow(broken).querySelector('[role="alert"]')?.textContent).toContain(
      'cannot be shown',
    );
    expect(fine.status).toBe('ready');
  });

  it('re-queries when its source is reloaded with other data', async () => {
    const host = mount(`<pantau-dashboard>
        <pantau-source name="ulang" src="/test/fixtures/layanan.csv"></pantau-source>
        <pantau-test-list source="ulang" x="unit" y="count(*)"></pantau-test-list>
      </pantau-dashboard>`);
    const el = host.querySelector<PantauChartElement>('pantau-test-list')!;
    await el.ready;
    expect(el.data).toHaveLength(3);
    const source = host.querySelector('pantau-source')!;
    source.rows = [{ unit: 'Baru' }];
    await source.ready;
    // The reload re-queries the widget; it has answered once it shows the new rows.
    await redrawn(el, () => el.data.length === 1);
    expect(el.status).toBe('ready');
    expect(el.data).toEqual([{ unit: 'Baru', value: 1 }]);
  });
});

describe('define order', () => {
  afterEach(unmountAll);

  it('gives a widget defined before <pantau-dashboard> its dashboard once that is defined', async () => {
    // A dashboard tag that is not defined yet (a page that loads the dashboard's define last).
    const host = mount(`<pantau-late-dashboard>
        <pantau-source name="telat" src="/test/fixtures/layanan.csv"></pantau-source>
        <pantau-test-list source="telat" x="unit" y="count(*)"></pantau-test-list>
      </pantau-late-dashboard>`);
    const { PantauDashboard } = await import('../src/index.ts');
    customElements.define('pantau-late-dashboard', class extends PantauDashboard {});
    const dashboard = host.querySelector('pantau-late-dashboard') as InstanceType<
      typeof PantauDashboard
    >;
    dashboard.lang = 'en';
    const el = host.querySelector<PantauChartElement>('pantau-test-list')!;
    expect(await el.ready).toBe('ready');
    expect(el.effectiveLang).toBe('en');
  });
});
