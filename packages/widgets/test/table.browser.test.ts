import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.ts';
import '../src/table/table.define.ts';
import type { PantauTable } from '../src/table/table.ts';
import type { SelectDetail } from '../src/index.ts';
import {
  announcement,
  expectAccessible,
  mount,
  oracle,
  plot,
  redrawn,
  settled,
  shadow,
  unmountAll,
  filterDashboard,
} from './support/mount.ts';

const UNITS =
  '<pantau-source name="units" src="/datasets/banjarmasin/units.parquet"></pantau-source>';
const IKM =
  '<pantau-source name="ikm" src="/datasets/banjarmasin/ikm_responses.parquet"></pantau-source>';
const INNOVATIONS =
  '<pantau-source name="inovasi" src="/datasets/banjarmasin/innovations.parquet"></pantau-source>';

function table(root: ParentNode, selector = 'pantau-table'): PantauTable {
  const el = root.querySelector<PantauTable>(selector);
  if (el === null) throw new Error(`no ${selector}`);
  return el;
}

/** The rows the table shows, as text. */
function shownRows(el: Element): string[][] {
  return [...shadow(el).querySelectorAll('.pantau-table tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent ?? ''),
  );
}

function headerButton(el: Element, key: string): HTMLButtonElement {
  const button = shadow(el).querySelector<HTMLButtonElement>(`[data-pantau-sort="${key}"]`);
  if (button === null) throw new Error(`no sort button for ${key}`);
  return button;
}

function ariaSort(el: Element): (string | null)[] {
  return [...shadow(el).querySelectorAll('.pantau-table thead th')].map((th) =>
    th.getAttribute('aria-sort'),
  );
}

describe('<pantau-table> over the Banjarmasin data (real DuckDB)', () => {
  afterEach(unmountAll);

  it('shows the first page of every column with a pager; accessible; the cells are the data', async () => {
    const host = mount(`<pantau-dashboard>${UNITS}
      <pantau-table source="units" columns="code:Kode, name:Nama, kind:Jenis, parent_code:Induk"
        page-size="10" title="Unit kerja"></pantau-table>
    </pantau-dashboard>`);
    const el = table(host);
    expect(await el.ready).toBe('ready');
    const expected = await oracle(
      host,
      'SELECT code, name, kind, parent_code FROM units ORDER BY 1, 2, 3, 4 LIMIT 10',
    );
    expect(el.data).toEqual(expected);
    expect(shownRows(el)).toEqual(
      expected.map((r) => [r['code'], r['name'], r['kind'], r['parent_code'] ?? '']),
    );
    expect(ariaSort(el)).toEqual(['ascending', null, null, null]);
    expect(shadow(el).querySelector('.pantau-pager-status')?.textContent).toBe(
      'Halaman 1 dari 9 · 1–10 dari 84 baris',
    );
    expect(shadow(el).querySelector('[part="summary"]')?.textContent).toBe(
      'Menampilkan baris 1–10 dari 84, diurutkan menurut Kode (menaik).',
    );
    // A unit without a parent has an empty optional field: an empty cell, not "belum input",
    // which is for figures a unit did not report (issue 15, item 7).
    expect(expected.some((r) => r['parent_code'] === null)).toBe(true);
    expect(shadow(el).querySelector('td.missing')).toBeNull();
    await expectAccessible(el);
  });

  it('sorts by a clicked heading (again to reverse), re-querying, and keeps focus on the heading', async () => {
    const host = mount(`<pantau-dashboard>${UNITS}
      <pantau-table source="units" columns="code:Kode, name:Nama" page-size="5"></pantau-table>
    </pantau-dashboard>`);
    const el = table(host);
    await el.ready;
    await userEvent.click(headerButton(el, 'name'));
    await redrawn(el, () => ariaSort(el)[1] === 'ascending');
    const ascending = await oracle(host, 'SELECT code, name FROM units ORDER BY 2, 1 LIMIT 5');
    expect(shownRows(el)).toEqual(ascending.map((r) => [r['code'], r['name']]));
    expect(shadow(el).activeElement).toBe(headerButton(el, 'name'));
    // Keyboard: Enter on the focused heading reverses the order.
    await userEvent.keyboard('{Enter}');
    await redrawn(el, () => ariaSort(el)[1] === 'descending');
    const descending = await oracle(
      host,
      'SELECT code, name FROM units ORDER BY 2 DESC, 1 LIMIT 5',
    );
    expect(shownRows(el)).toEqual(descending.map((r) => [r['code'], r['name']]));
    expect(shadow(el).activeElement).toBe(headerButton(el, 'name'));
  });

  it('pages with LIMIT/OFFSET; the buttons say where they are and go nowhere past the ends', async () => {
    const host = mount(`<pantau-dashboard lang="en">${UNITS}
      <pantau-table source="units" columns="code, name" sort="code desc" page-size="40"></pantau-table>
    </pantau-dashboard>`);
    const el = table(host);
    await el.ready;
    const status = () => shadow(el).querySelector('.pantau-pager-status')?.textContent;
    expect(status()).toBe('Page 1 of 3 · 1–40 of 84 rows');
    const next = () => shadow(el).querySelector<HTMLButtonElement>('.pantau-pager-next')!;
    const previous = () => shadow(el).querySelector<HTMLButtonElement>('.pantau-pager-previous')!;
    expect(previous().disabled).toBe(true);
    // While the next page is queried the current page stays, dimmed: nothing jumps under the reader.
    const before = el.getBoundingClientRect().height;
    next().click();
    await el.updateComplete;
    expect(el.status).toBe('loading');
    await el.updateComplete;
    expect(shadow(el).querySelector('.plot.stale')).not.toBeNull();
    expect(shadow(el).querySelector('.skeleton')).toBeNull();
    expect(el.getBoundingClientRect().height).toBe(before);
    await redrawn(el, () => status() === 'Page 2 of 3 · 41–80 of 84 rows');
    const page2 = await oracle(
      host,
      'SELECT code, name FROM units ORDER BY 1 DESC, 2 LIMIT 40 OFFSET 40',
    );
    expect(el.data).toEqual(page2);
    await userEvent.click(next());
    await redrawn(el, () => status() === 'Page 3 of 3 · 81–84 of 84 rows');
    expect(shownRows(el)).toHaveLength(4);
    expect(next().disabled).toBe(true);
    // Focus moved to "Previous" when "Next" became disabled.
    expect(shadow(el).activeElement).toBe(previous());
  });

  it('shows measures per group with grades, sorted by the sort attribute', async () => {
    const host = mount(`<pantau-dashboard>${IKM}
      <pantau-table source="ikm" columns="unit_code:Unit, ikm:IKM, count(*):Responden"
        sort="IKM desc" page-size="5" title="IKM per unit"></pantau-table>
    </pantau-dashboard>`);
    const el = table(host);
    expect(await el.ready).toBe('ready');
    const counts = await oracle(
      host,
      "SELECT count(*)::INTEGER AS n FROM ikm WHERE unit_code = 'disdukcapil'",
    );
    const n = (counts[0]!['n'] as number).toLocaleString('id-ID');
    expect(shownRows(el)[0]).toEqual(['disdukcapil', '91,65 (A)', n]);
    expect(ariaSort(el)).toEqual([null, 'descending', null]);
    expect(shadow(el).querySelector('.pantau-pager-status')?.textContent).toBe(
      'Halaman 1 dari 6 · 1–5 dari 28 baris',
    );
  });

  it('is one tab stop for the rows: arrows move between rows and announce them; Enter selects', async () => {
    const host = mount(`<button id="before">sebelum</button><pantau-dashboard>${IKM}
      <pantau-table source="ikm" columns="unit_code:Unit, ikm:IKM" sort="IKM desc" page-size="3"
        title="Tiga teratas"></pantau-table>
    </pantau-dashboard>`);
    const el = table(host);
    await el.ready;
    const before = host.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    expect(document.activeElement).toBe(before);
    await userEvent.tab();
    // Once seen failing in CI under load (focus outside the table); this says where it was.
    const where = () =>
      `focus on ${document.activeElement?.outerHTML.slice(0, 80)}, document focused: ${document.hasFocus()}`;
    expect(shadow(el).activeElement, where()).toBe(plot(el));
    await userEvent.keyboard('{ArrowDown}');
    expect(announcement(el)).toBe('disdukcapil: IKM 91,65 (A) (1 dari 3)');
    await userEvent.keyboard('{ArrowDown}');
    expect(announcement(el)).toBe('damkar: IKM 90,91 (A) (2 dari 3)');
    // The focus ring sits on the second row as laid out.
    const ring = shadow(el).querySelector<HTMLElement>('.focus-ring')!.getBoundingClientRect();
    const row = shadow(el).querySelectorAll('.pantau-table tbody tr')[1]!.getBoundingClientRect();
    expect(Math.abs(ring.top + 3 - row.top)).toBeLessThan(1.5);
    const selected = new Promise<SelectDetail>((resolve) =>
      host.addEventListener('pantau-select', (e) => resolve(e.detail), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    expect((await selected).selection).toEqual({ unit_code: 'damkar' });
  });

  it('draws dates as dates, ids as written, markup as text and null as "belum input"', async () => {
    const host = mount(`<pantau-dashboard>${INNOVATIONS}
      <pantau-table source="inovasi" columns="id, name:Nama, trial_date:Uji coba" page-size="2"></pantau-table>
    </pantau-dashboard>
    <pantau-dashboard id="xss"><pantau-source name="jahat"></pantau-source>
      <pantau-table source="jahat"></pantau-table>
    </pantau-dashboard>`);
    const source = host.querySelector<HTMLElement & { rows: unknown; ready: Promise<unknown> }>(
      '#xss pantau-source',
    )!;
    source.rows = [
      { unit: '<img src=x onerror=alert(1)>', nilai: 1234.5 },
      { unit: 'Dinsos', nilai: null },
    ];
    await settled(host);
    const dates = table(host);
    expect(shownRows(dates)[0]).toEqual(['1', 'Parak Acil Online', '14\u00a0Jun\u00a02018']);
    const hostile = table(host, '#xss pantau-table');
    expect(hostile.status).toBe('ready');
    expect(shadow(hostile).querySelector('img')).toBeNull();
    expect(shownRows(hostile)).toEqual([
      ['<img src=x onerror=alert(1)>', '1.234,5'],
      ['Dinsos', 'belum input'],
    ]);
    await expectAccessible(hostile);
  });

  it('is accessible while loading, when empty and in error; a bad column leaves the neighbour working', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-table source="nanti" title="Menunggu"></pantau-table>
    </pantau-dashboard>`);
    const waiting = table(host);
    await waiting.updateComplete;
    expect(waiting.status).toBe('loading');
    await expectAccessible(waiting);

    const other = mount(`<pantau-dashboard>${UNITS}
      <pantau-table id="bad" source="units" columns="code, nama" title="Rusak"></pantau-table>
      <pantau-table id="good" source="units" columns="code" page-size="3" title="Baik"></pantau-table>
    </pantau-dashboard>`);
    await settled(other);
    const bad = table(other, '#bad');
    expect(bad.status).toBe('error');
    expect(bad.error?.code).toBe('UNKNOWN_COLUMN');
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toContain('nama');
    expect(table(other, '#good').status).toBe('ready');
    await expectAccessible(bad);

    const good = table(other, '#good');
    filterDashboard(good, [{ column: 'code', predicate: 'eq', value: 'tidak-ada' }]);
    expect(await good.ready).toBe('empty');
    expect(shadow(good).textContent).toContain('Tidak ada data');
    await expectAccessible(good);
  });
});
