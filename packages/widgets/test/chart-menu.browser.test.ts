import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.ts';
import type { PantauChartElement } from '../src/index.ts';
import { expectAccessible, mount, openMenu, settled, shadow, unmountAll } from './support/mount.ts';

/**
 * Issue 15 item 13: a chart is two tab stops, its drawing and one menu button holding the data
 * table and the downloads (WAI-ARIA menu button: aria-haspopup, aria-expanded, arrow keys
 * inside, Escape closes and gives focus back, Tab leaves). Real DuckDB, real keyboard events.
 */

const SOURCE = '<pantau-source name="layanan" src="/test/fixtures/layanan.csv"></pantau-source>';

const page = `<button id="before">before</button>
<pantau-dashboard>${SOURCE}
  <pantau-bar-chart source="layanan" x="unit" y="sum(diterima)" title="Permohonan"></pantau-bar-chart>
  <pantau-line-chart source="layanan" x="bulan" y="sum(diterima)" interval="month" title="Tren"></pantau-line-chart>
  <pantau-donut source="layanan" category="unit" value="sum(diterima)" title="Bagian"></pantau-donut>
  <pantau-table source="layanan" columns="unit, diterima" page-size="3" title="Tabel"></pantau-table>
</pantau-dashboard>
<button id="after">after</button>`;

/** Where focus is: the element and, inside a widget, the part of its shadow DOM. */
function focused(): string {
  const active = document.activeElement;
  if (active === null) return 'none';
  const inner = active.shadowRoot?.activeElement;
  if (inner == null) return active.id || active.localName;
  return `${active.localName} ${inner.getAttribute('part') ?? inner.localName}`;
}

const menuButton = (el: Element) =>
  shadow(el).querySelector<HTMLButtonElement>('[part="menu-button"]')!;
const focusedItem = (el: Element) => shadow(el).activeElement?.textContent?.trim() ?? '';
const menuShown = (el: Element) => shadow(el).querySelector('[part="menu"]') !== null;

/**
 * Resolves when focus reaches an item of `el`'s menu (as it does once the menu opens; its code
 * loads on first use). Call it before the key that opens the menu.
 */
function itemFocused(el: Element): Promise<void> {
  const root = shadow(el);
  return new Promise((resolve) => {
    const onFocus = (e: Event) => {
      if ((e.target as Element).getAttribute('role') !== 'menuitem') return;
      root.removeEventListener('focusin', onFocus);
      resolve();
    };
    root.addEventListener('focusin', onFocus);
  });
}

describe('a chart is two tab stops: its drawing and one menu', () => {
  afterEach(unmountAll);

  it('Tab goes through each chart in two stops (the table: its commands, then one menu)', async () => {
    const host = mount(page);
    await settled(host);
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    while (focused() !== 'after' && stops.length < 40) {
      await userEvent.tab();
      stops.push(focused());
    }
    expect(stops.slice(0, 6)).toEqual([
      'pantau-bar-chart plot',
      'pantau-bar-chart menu-button',
      'pantau-line-chart plot',
      'pantau-line-chart menu-button',
      'pantau-donut plot',
      'pantau-donut menu-button',
    ]);
    // The table's own sort and page buttons are its drawing; its downloads are one menu too.
    expect(stops.filter((s) => s.startsWith('pantau-table')).at(-1)).toBe(
      'pantau-table menu-button',
    );
    expect(stops.at(-1)).toBe('after');
  });

  it('is operated by keyboard alone, following the menu button pattern', async () => {
    const host = mount(page);
    await settled(host);
    const bar = host.querySelector<PantauChartElement>('pantau-bar-chart')!;
    const button = menuButton(bar);
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent?.trim()).toBe('Tabel & unduh');
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.tab();
    await userEvent.tab();
    expect(focused()).toBe('pantau-bar-chart menu-button');

    // Enter opens on the first item; the arrows wrap; Home and End jump.
    const openedByEnter = itemFocused(bar);
    await userEvent.keyboard('{Enter}');
    await openedByEnter;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const menu = shadow(bar).querySelector('[part="menu"]')!;
    expect(menu.getAttribute('role')).toBe('menu');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    expect(
      [...menu.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent?.trim()),
    ).toEqual([
      'Tampilkan tabel data',
      'Unduh data (CSV)',
      'Unduh gambar (SVG)',
      'Unduh gambar (PNG)',
    ]);
    expect(focusedItem(bar)).toBe('Tampilkan tabel data');
    await expectAccessible(bar);
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedItem(bar)).toBe('Unduh data (CSV)');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(focusedItem(bar)).toBe('Unduh gambar (PNG)');
    await userEvent.keyboard('{Home}');
    expect(focusedItem(bar)).toBe('Tampilkan tabel data');
    await userEvent.keyboard('{End}');
    expect(focusedItem(bar)).toBe('Unduh gambar (PNG)');

    // Escape closes and gives focus back to the button.
    await userEvent.keyboard('{Escape}');
    await bar.updateComplete;
    expect(menuShown(bar)).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(focused()).toBe('pantau-bar-chart menu-button');

    // Down opens on the first item; Enter on it opens the data table and closes the menu.
    const openedByDown = itemFocused(bar);
    await userEvent.keyboard('{ArrowDown}');
    await openedByDown;
    expect(focusedItem(bar)).toBe('Tampilkan tabel data');
    await userEvent.keyboard('{Enter}');
    await bar.updateComplete;
    expect(menuShown(bar)).toBe(false);
    expect(focused()).toBe('pantau-bar-chart menu-button');
    const table = shadow(bar).querySelector<HTMLElement>('[part="table"]')!;
    expect(table.hidden).toBe(false);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(3);

    // Up opens on the last item; Enter on the CSV item downloads the rows drawn.
    const saved = new Promise<HTMLAnchorElement>((resolve) => {
      const onClick = (e: Event) => {
        if (!(e.target instanceof HTMLAnchorElement) || !e.target.download) return;
        e.preventDefault(); // read the file here instead of saving it
        document.removeEventListener('click', onClick, { capture: true });
        resolve(e.target);
      };
      document.addEventListener('click', onClick, { capture: true });
    });
    const openedByUp = itemFocused(bar);
    await userEvent.keyboard('{ArrowUp}');
    await openedByUp;
    expect(focusedItem(bar)).toBe('Unduh gambar (PNG)');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(focusedItem(bar)).toBe('Unduh data (CSV)');
    await userEvent.keyboard('{Enter}');
    const link = await saved;
    expect(link.download).toBe('permohonan.csv');
    const csv = await (await fetch(link.href)).text();
    expect(csv.split('\r\n')[0]).toContain('unit');
    expect(csv).toContain('Disdukcapil');
    expect(focused()).toBe('pantau-bar-chart menu-button');

    // Tab inside the menu closes it and leaves the chart (here: into the open data table).
    const openedAgain = itemFocused(bar);
    await userEvent.keyboard('{ArrowDown}');
    await openedAgain;
    await userEvent.tab();
    await bar.updateComplete;
    expect(menuShown(bar)).toBe(false);
    expect(focused()).toBe('pantau-bar-chart table');
  });

  it('a click elsewhere closes the menu; the table’s menu holds its download only', async () => {
    const host = mount(page);
    await settled(host);
    const table = host.querySelector<PantauChartElement>('pantau-table')!;
    expect(menuButton(table).textContent?.trim()).toBe('Unduh');
    const menu = await openMenu(table);
    expect(
      [...menu.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent?.trim()),
    ).toEqual(['Unduh data (CSV)']);
    await expectAccessible(table);
    await userEvent.click(host.querySelector<HTMLButtonElement>('#before')!);
    await table.updateComplete;
    expect(menuShown(table)).toBe(false);
    expect(menuButton(table).getAttribute('aria-expanded')).toBe('false');
  });
});
