import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.ts';
import './support/list-element.ts';
import type { PantauChartElement, SelectDetail } from '../src/index.ts';
import {
  announcement,
  expectAccessible,
  mount,
  openMenu,
  plot,
  settled,
  shadow,
  tableCells,
  unmountAll,
  filterDashboard,
} from './support/mount.ts';

const SOURCE = '<pantau-source name="layanan" src="/test/fixtures/layanan.csv"></pantau-source>';

function chart(root: ParentNode, selector = 'pantau-test-list'): PantauChartElement {
  const el = root.querySelector<PantauChartElement>(selector);
  if (el === null) throw new Error(`no ${selector}`);
  return el;
}

describe('the chart frame (base element) over real DuckDB', () => {
  afterEach(unmountAll);

  it('draws, is accessible, and its data table holds exactly the values drawn', async () => {
    const host = mount(`<pantau-dashboard>${SOURCE}
      <pantau-test-list source="layanan" x="unit" y="sum(diterima)" title="Permohonan per unit"
        description="Jumlah permohonan diterima, Jan–Feb 2024."></pantau-test-list>
    </pantau-dashboard>`);
    const el = chart(host);
    expect(await el.ready).toBe('ready');
    expect(el.status).toBe('ready');
    expect(el.data).toEqual([
      { unit: 'Disdukcapil', value: 2500 },
      { unit: 'Dinkes', value: 1620 },
      { unit: 'DPMPTSP', value: 930 },
    ]);
    expect(await tableCells(el)).toEqual([
      ['Disdukcapil', '2.500'],
      ['Dinkes', '1.620'],
      ['DPMPTSP', '930'],
    ]);
    const drawn = [...shadow(el).querySelectorAll('svg text')].map((t) => t.textContent);
    expect(drawn).toEqual(['Disdukcapil: 2.500', 'Dinkes: 1.620', 'DPMPTSP: 930']);
    expect(shadow(el).querySelector('[role="heading"]')?.textContent?.trim()).toBe(
      'Permohonan per unit',
    );
    await expectAccessible(el);
  });

  it('renders the data table rows only while it is open, and keeps them current', async () => {
    const host = mount(`<pantau-dashboard>${SOURCE}
      <pantau-test-list source="layanan" x="unit" y="sum(diterima)" title="Tabel"></pantau-test-list>
    </pantau-dashboard>`);
    const el = chart(host);
    expect(await el.ready).toBe('ready');
    const toggle = (await openMenu(el)).querySelector<HTMLButtonElement>('[aria-controls]')!;
    expect(toggle.textContent?.trim()).toBe('Tampilkan tabel data');
    const table = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
    // Closed: the menu item names an (empty, hidden) container, and no row is rendered.
    expect(table.hidden).toBe(true);
    expect(table.querySelector('tr')).toBeNull();
    await expectAccessible(el);
    expect(await tableCells(el)).toHaveLength(3);
    expect(table.hidden).toBe(false);
    // Open, a redraw (here the language) renders the rows again, in the new language.
    el.lang = 'en';
    await el.updateComplete;
    expect(await tableCells(el)).toEqual([
      ['Disdukcapil', '2,500'],
      ['Dinkes', '1,620'],
      ['DPMPTSP', '930'],
    ]);
    await expectAccessible(el);
    const hide = (await openMenu(el)).querySelector<HTMLButtonElement>('[aria-controls]')!;
    expect(hide.textContent?.trim()).toBe('Hide data table');
    hide.click();
    await el.updateComplete;
    expect(table.hidden).toBe(true);
    expect(table.querySelector('tr')).toBeNull();
  });

  it('shows a bad column as an error in the page language while the widget beside it draws', async () => {
    const host = mount(`<pantau-dashboard>${SOURCE}
      <pantau-test-list id="bad" source="layanan" x="unit" y="sum(tidak_ada)" title="Rusak"></pantau-test-list>
      <pantau-test-list id="good" source="layanan" x="unit" y="count(*)" title="Baik"></pantau-test-list>
    </pantau-dashboard>`);
    await settled(host);
    const bad = chart(host, '#bad');
    const good = chart(host, '#good');
    expect(bad.status).toBe('error');
    expect(bad.error?.code).toBe('UNKNOWN_COLUMN');
    const alert = shadow(bad).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('tidak_ada');
    expect(alert?.textContent).toContain('Widget ini tidak dapat ditampilkan');
    expect(good.status).toBe('ready');
    await expectAccessible(bad);
  });

  it('speaks English when the dashboard says so', async () => {
    const host = mount(`<pantau-dashboard lang="en">${SOURCE}
      <pantau-test-list source="layanan" x="unit" y="sum(nope)"></pantau-test-list>
    </pantau-dashboard>`);
    const el = chart(host);
    await el.ready;
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain(
      'This widget cannot be shown',
    );
  });

  it('names a missing source and how to add it', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-test-list source="tidak_ada" x="unit" y="count(*)"></pantau-test-list>
    </pantau-dashboard>`);
    const el = chart(host);
    expect(await el.ready).toBe('error');
    expect(el.error?.code).toBe('SOURCE_NOT_FOUND');
    expect(el.error?.messageIn('id')).toContain('<pantau-source name="tidak_ada"');
  });

  it('shows the empty state when the query returns no rows', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="kosong" src="/test/fixtures/layanan.csv"></pantau-source>
      <pantau-test-list source="kosong" x="unit" y="count(*)"></pantau-test-list>
    </pantau-dashboard>`);
    const el = chart(host);
    await el.ready;
    // Filter everything away through the element's own query: a unit that does not exist.
    filterDashboard(el, [{ column: 'unit', predicate: 'eq', value: 'Tidak Ada' }]);
    expect(await el.ready).toBe('empty');
    expect(shadow(el).textContent).toContain('Tidak ada data');
    await expectAccessible(el);
  });

  it('is one tab stop; arrows move between marks, announce them, Esc hides the tooltip, Enter selects', async () => {
    const host = mount(`<button id="before">before</button><pantau-dashboard>${SOURCE}
      <pantau-test-list source="layanan" x="unit" y="sum(diterima)" title="Permohonan"></pantau-test-list>
    </pantau-dashboard>`);
    const el = chart(host);
    await el.ready;
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(plot(el));
    await userEvent.keyboard('{ArrowRight}');
    expect(announcement(el)).toBe('Disdukcapil: 2.500 (1 dari 3)');
    await userEvent.keyboard('{ArrowDown}');
    expect(announcement(el)).toBe('Dinkes: 1.620 (2 dari 3)');
    await userEvent.keyboard('{End}');
    expect(announcement(el)).toBe('DPMPTSP: 930 (3 dari 3)');
    const tooltip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent?.trim()).toBe('DPMPTSP: 930');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(tooltip.hidden).toBe(true);
    const selected = new Promise<SelectDetail>((resolve) =>
      host.addEventListener('pantau-select', (e) => resolve(e.detail), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    expect((await selected).selection).toEqual({ unit: 'DPMPTSP' });
    // The next Tab leaves the chart: the toolbar buttons come after it, not one stop per mark.
    await userEvent.tab();
    expect(shadow(el).activeElement?.localName).toBe('button');
  });

  it('draws a label with markup as text', async () => {
    const host = mount('<pantau-dashboard></pantau-dashboard>');
    const dashboard = host.querySelector('pantau-dashboard')!;
    await dashboard.coordinator.registerSource({
      name: 'xss',
      data: [{ unit: '<img src=x onerror=alert(1)>' }],
    });
    // No <pantau-source> for this table: the registry finds it in the catalog.
    dashboard.insertAdjacentHTML(
      'beforeend',
      '<pantau-test-list source="xss" x="unit" y="count(*)"></pantau-test-list>',
    );
    const el = chart(host);
    expect(await el.ready).toBe('ready');
    expect(shadow(el).querySelector('img')).toBeNull();
    expect((await tableCells(el))[0]?.[0]).toBe('<img src=x onerror=alert(1)>');
    expect(shadow(el).querySelector('svg text')?.textContent).toBe(
      '<img src=x onerror=alert(1)>: 1',
    );
  });

  it('exports the rows drawn as CSV that spreadsheets cannot run', async () => {
    const { rowsToCsv } = await import('../src/index.ts');
    const csv = rowsToCsv(
      ['unit', 'value'],
      [
        { unit: '=HYPERLINK("http://x")', value: 1 },
        { unit: 'Dinas "Sosial", Kota', value: null },
      ],
    );
    expect(csv).toBe(
      '\uFEFFunit,value\r\n"\'=HYPERLINK(""http://x"")",1\r\n"Dinas ""Sosial"", Kota",\r\n',
    );
  });

  it('re-draws on resize without querying again', async () => {
    const host = mount(`<pantau-dashboard>${SOURCE}
      <pantau-test-list source="layanan" x="unit" y="sum(diterima)"></pantau-test-list>
    </pantau-dashboard>`);
    const el = chart(host);
    await el.ready;
    const dashboard = host.querySelector('pantau-dashboard')!;
    const sent: string[] = [];
    const connector = dashboard.coordinator.connector;
    const original = connector.query.bind(connector);
    connector.query = (sql, params) => {
      sent.push(sql);
      return original(sql, params);
    };
    try {
      host.style.width = '400px';
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      expect(shadow(el).querySelector('svg')?.getAttribute('width')).toBe('366');
      expect(sent).toEqual([]);
    } finally {
      connector.query = original;
    }
  });
});
