import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.ts';
import type { PantauDonut, SelectDetail } from '../src/index.ts';
import {
  announcement,
  expectAccessible,
  mount,
  plot,
  settled,
  shadow,
  tableCells,
  unmountAll,
  filterDashboard,
} from './support/mount.ts';

const INNOVATIONS =
  '<pantau-source name="inovasi" src="/datasets/banjarmasin/innovations.parquet"></pantau-source>';
const XSS = '<img src=x onerror=alert(1)>';

function donut(root: ParentNode, selector = 'pantau-donut'): PantauDonut {
  const el = root.querySelector<PantauDonut>(selector);
  if (el === null) throw new Error(`no ${selector}`);
  return el;
}

/** The labels drawn beside the slices, as read: name (over one or two lines) and share. */
function drawnLabels(el: Element): string[] {
  return [...shadow(el).querySelectorAll('svg .pantau-donut-labels text')].map((t) =>
    [...t.querySelectorAll('tspan')]
      .map((s) => s.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' '),
  );
}

describe('<pantau-donut> over the Banjarmasin innovations', () => {
  afterEach(unmountAll);

  it('draws one slice per form with its share; the table holds exactly the counts and shares drawn', async () => {
    const host = mount(`<pantau-dashboard>${INNOVATIONS}
      <pantau-donut source="inovasi" category="form" title="Inovasi menurut bentuk"></pantau-donut>
    </pantau-dashboard>`);
    const el = donut(host);
    expect(await el.ready).toBe('ready');
    await expectAccessible(el);
    const counts = el.data.map((r) => r['count(*)'] as number);
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBe(53);
    const share = (n: number) =>
      new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(
        n / total,
      );
    const rows = await tableCells(el);
    // Largest first, then the total.
    const sorted = [...el.data].sort(
      (a, b) => (b['count(*)'] as number) - (a['count(*)'] as number),
    );
    expect(rows).toEqual([
      ...sorted.map((r) => [r['form'], String(r['count(*)']), share(r['count(*)'] as number)]),
      ['Total', '53', '100%'],
    ]);
    expect(shadow(el).querySelectorAll('svg path.pantau-donut-slice')).toHaveLength(3);
    expect(drawnLabels(el)).toEqual(
      sorted.map((r) => `${r['form']} ${share(r['count(*)'] as number)}`),
    );
    expect(shadow(el).querySelector('svg .pantau-donut-total')?.textContent).toBe('Total53');
  });

  it('keeps the stage order when sort="none", and arrows announce each slice; Enter selects the raw value', async () => {
    const host = mount(`<button id="before">before</button><pantau-dashboard>${INNOVATIONS}
      <pantau-donut source="inovasi" category="stage" sort="none" title="Tahap"></pantau-donut>
    </pantau-dashboard>`);
    const el = donut(host);
    await el.ready;
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(plot(el));
    await userEvent.keyboard('{ArrowRight}');
    const first = el.data[0]!;
    expect(announcement(el)).toMatch(
      new RegExp(
        `^${String(first['stage'])}: ${String(first['count(*)'])} \\(.+%\\) \\(1 dari 3\\)$`,
      ),
    );
    await userEvent.keyboard('{ArrowRight}');
    expect(announcement(el)).toContain('(2 dari 3)');
    const selected = new Promise<SelectDetail>((resolve) =>
      host.addEventListener('pantau-select', (e) => resolve(e.detail), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    const detail = await selected;
    expect(detail.selection).toEqual({ stage: el.data[1]!['stage'] });
    expect(detail.row).toBe(el.data[1]);
  });

  it('shows a category that is not reported as "belum input", never a 0 slice', async () => {
    const host = mount('<pantau-dashboard></pantau-dashboard>');
    const dashboard = host.querySelector('pantau-dashboard')!;
    await dashboard.coordinator.registerSource({
      name: 'anggaran',
      data: [
        { kind: 'digital', budget: 120 },
        { kind: 'non-digital', budget: 80 },
        { kind: 'campuran', budget: null },
      ],
    });
    const el = document.createElement('pantau-donut');
    el.setAttribute('source', 'anggaran');
    el.setAttribute('category', 'kind');
    el.setAttribute('value', 'sum(budget)');
    dashboard.append(el);
    expect(await el.ready).toBe('ready');
    expect(shadow(el).querySelectorAll('svg path.pantau-donut-slice')).toHaveLength(2);
    expect(shadow(el).querySelector('svg .pantau-donut-notes')?.textContent).toBe(
      'belum input: campuran',
    );
    expect(await tableCells(el)).toContainEqual(['campuran', 'belum input', '']);
    expect(shadow(el).querySelector('.summary')?.textContent).toContain('1 kategori belum input.');
    await expectAccessible(el);
  });

  it('is accessible while loading, when empty, and shows a wrong column as its error beside a working donut', async () => {
    const host = mount(`<pantau-dashboard>${INNOVATIONS}
      <pantau-donut id="wait" source="belum_ada" category="form" title="Menunggu"></pantau-donut>
      <pantau-donut id="none" source="inovasi" category="form" title="Kosong"></pantau-donut>
      <pantau-donut id="bad" source="inovasi" category="bentuk" title="Rusak"></pantau-donut>
      <pantau-donut id="good" filter-by="none" source="inovasi" category="type" title="Jenis"></pantau-donut>
    </pantau-dashboard>`);
    const waiting = donut(host, '#wait');
    await waiting.updateComplete;
    expect(waiting.status).toBe('loading');
    await expectAccessible(waiting);
    const none = donut(host, '#none');
    await none.ready;
    filterDashboard(none, [{ column: 'form', predicate: 'eq', value: 'tidak ada' }]);
    expect(await none.ready).toBe('empty');
    await expectAccessible(none);
    const bad = donut(host, '#bad');
    const good = donut(host, '#good');
    await Promise.all([bad.ready, good.ready]);
    expect(bad.status).toBe('error');
    expect(bad.error?.code).toBe('UNKNOWN_COLUMN');
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toContain('bentuk');
    await expectAccessible(bad);
    expect(good.status).toBe('ready');
    await settled(host);
  });

  it('draws a hostile category as text', async () => {
    const host = mount('<pantau-dashboard></pantau-dashboard>');
    const dashboard = host.querySelector('pantau-dashboard')!;
    await dashboard.coordinator.registerSource({
      name: 'xss',
      data: [{ kind: XSS }, { kind: XSS }, { kind: 'aman' }],
    });
    const el = document.createElement('pantau-donut');
    el.setAttribute('source', 'xss');
    el.setAttribute('category', 'kind');
    dashboard.append(el);
    expect(await el.ready).toBe('ready');
    expect(shadow(el).querySelector('img')).toBeNull();
    expect((await tableCells(el))[0]?.[0]).toBe(XSS);
    expect(drawnLabels(el).join(' ')).toContain('<img');
  });
});
