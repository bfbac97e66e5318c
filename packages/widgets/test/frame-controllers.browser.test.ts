import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import './support/list-element.ts';
import type { PantauChartElement, PantauDashboard } from '../src/index.ts';
import { mount, shadow, unmountAll, whenShown } from './support/mount.ts';

const SOURCE = '<pantau-source name="layanan" src="/test/fixtures/layanan.csv"></pantau-source>';

function parts(host: HTMLElement): { dashboard: PantauDashboard; el: PantauChartElement } {
  return {
    dashboard: host.querySelector<PantauDashboard>('pantau-dashboard')!,
    el: host.querySelector<PantauChartElement>('pantau-test-list')!,
  };
}

/** What the frame’s controllers hold on to while the element is on the page, and let go after. */
describe('the chart frame’s controllers across disconnect and reconnect (real DuckDB)', () => {
  afterEach(unmountAll);

  it('a chart moved to a narrower place draws at its new width (its frame is watched again)', async () => {
    const host = mount(`<pantau-dashboard>${SOURCE}
      <pantau-test-list source="layanan" x="unit" y="sum(diterima)"></pantau-test-list>
    </pantau-dashboard>`);
    const { dashboard, el } = parts(host);
    expect(await el.ready).toBe('ready');
    const width = () => shadow(el).querySelector('svg')?.getAttribute('width');
    expect(width()).toBe('606');
    const narrow = document.createElement('div');
    narrow.style.width = '400px';
    dashboard.append(narrow);
    narrow.append(el); // disconnected, then connected again
    await whenShown(el, () => width() === '366');
    expect(await el.ready).toBe('ready');
  });

  it('a chart taken off the page no longer hears its dashboard’s selection', async () => {
    const host = mount(`<pantau-dashboard>${SOURCE}
      <pantau-test-list id="units" source="layanan" x="unit" y="sum(diterima)"></pantau-test-list>
    </pantau-dashboard>`);
    const { dashboard, el } = parts(host);
    expect(await el.ready).toBe('ready');
    const choose = (value: string) =>
      dashboard.selection.update('elsewhere', [{ column: 'unit', predicate: 'eq', value }]);
    // On the page, a choice made elsewhere asks the chart for an update at once (its rings).
    choose('Dinkes');
    expect(el.isUpdatePending).toBe(true);
    await el.ready;
    el.remove();
    await el.updateComplete;
    choose('DPMPTSP');
    expect(el.isUpdatePending).toBe(false);
  });
});
