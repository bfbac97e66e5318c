import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauChartElement } from '../src/index.ts';
import { mount, settled, shadow, unmountAll } from './support/mount.ts';

/**
 * Issue 15, item 16: Observable Plot's sort names (`-y` largest first, `y` smallest first, `x` /
 * `-x` by the category) are taken beside `desc` / `asc` by every element with `sort`, on real
 * DuckDB; a wrong name is still an error, in both languages, listing every name taken.
 */

const SERVICE =
  '<pantau-source name="layanan" src="/datasets/banjarmasin/service_performance.parquet"></pantau-source>';
const INNOVATIONS =
  '<pantau-source name="inovasi" src="/datasets/banjarmasin/innovations.parquet"></pantau-source>';

function chart(root: ParentNode, id: string): PantauChartElement {
  const el = root.querySelector<PantauChartElement>(`#${id}`);
  if (el === null) throw new Error(`no #${id}`);
  return el;
}

const column = (el: PantauChartElement, key: string) => el.data.map((row) => row[key]);

describe('sort names of Observable Plot', () => {
  afterEach(unmountAll);

  it('orders bars by -y / y as by desc / asc, and by -x in reverse category order', async () => {
    const bar = (id: string, sort: string, x = 'unit_code') =>
      `<pantau-bar-chart id="${id}" source="layanan" x="${x}" y="sum(received)" sort="${sort}"></pantau-bar-chart>`;
    const host = mount(`<pantau-dashboard>${SERVICE}
      ${bar('desc', 'desc')}${bar('minus-y', '-y')}${bar('asc', 'asc')}${bar('y', 'y')}
      ${bar('x', 'x')}${bar('minus-x', '-x')}
    </pantau-dashboard>`);
    await settled(host);
    const units = (id: string) => column(chart(host, id), 'unit_code');
    expect(chart(host, 'minus-y').status).toBe('ready');
    expect(units('desc').length).toBeGreaterThan(5);
    expect(units('minus-y')).toEqual(units('desc'));
    expect(units('y')).toEqual(units('asc'));
    expect(units('y')).not.toEqual(units('desc'));
    expect(units('minus-x')).toEqual([...units('x')].reverse());
    // What is drawn follows: the first bar's label is the largest unit's.
    const firstLabel = (id: string) =>
      shadow(chart(host, id)).querySelector('svg .pantau-axis-band text')?.textContent;
    expect(firstLabel('minus-y')).toBe(firstLabel('desc'));
  }, 120_000);

  it('orders donut slices by -y as by desc, and keeps category order for x as for none', async () => {
    const donut = (id: string, sort: string) =>
      `<pantau-donut id="${id}" source="inovasi" category="stage" sort="${sort}"></pantau-donut>`;
    const host = mount(`<pantau-dashboard>${INNOVATIONS}
      ${donut('desc', 'desc')}${donut('minus-y', '-y')}${donut('none', 'none')}${donut('x', 'x')}
    </pantau-dashboard>`);
    await settled(host);
    const slices = (id: string) =>
      [...shadow(chart(host, id)).querySelectorAll('svg .pantau-donut-labels text')].map(
        (t) => t.textContent,
      );
    expect(chart(host, 'x').status).toBe('ready');
    expect(slices('minus-y')).toEqual(slices('desc'));
    expect(slices('x')).toEqual(slices('none'));
    expect(slices('x')).not.toEqual(slices('desc'));
  });

  it('refuses a wrong name in both languages, listing the names taken', async () => {
    const host = mount(`<pantau-dashboard lang="en">${SERVICE}${INNOVATIONS}
      <pantau-bar-chart id="bar" source="layanan" x="unit_code" y="sum(received)" sort="+y"></pantau-bar-chart>
      <pantau-donut id="donut" source="inovasi" category="stage" sort="y"></pantau-donut>
    </pantau-dashboard>`);
    await settled(host);
    const bar = chart(host, 'bar');
    expect(bar.status).toBe('error');
    expect(bar.error?.code).toBe('BAD_EXPRESSION');
    const names = '"desc", "asc", "-y", "y", "x", "-x", "none"';
    expect(bar.error?.text.id).toContain(
      `sort="+y" tidak dikenal: gunakan salah satu dari ${names}`,
    );
    expect(bar.error?.text.en).toContain(`sort="+y" is not known: use one of ${names}`);
    expect(shadow(bar).querySelector('[role="alert"]')?.textContent).toContain(names);
    // A ring has no smallest-first order: `y` is refused with the names it does take.
    const donut = chart(host, 'donut');
    expect(donut.status).toBe('error');
    expect(donut.error?.text.en).toContain('use one of "desc", "-y", "none", "x"');
    expect(donut.error?.text.id).toContain('gunakan salah satu dari "desc", "-y", "none", "x"');
  });
});
