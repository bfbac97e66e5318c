import { describe, expect, it } from 'vitest';
import { renderTable, type TableColumn } from '../src/table/table.ts';
import type { ChartContext } from '../src/types.ts';

function context(lang: 'id' | 'en' = 'id'): ChartContext {
  const nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return {
    lang,
    size: { width: 600, height: 300 },
    formatValue: (v) =>
      v === null ? (lang === 'id' ? 'belum input' : 'not reported') : nf.format(v),
    formatLabel: (v) => String(v),
    title: 'IKM per unit',
  };
}

const columns: TableColumn[] = [
  { key: 'unit', label: 'Unit' },
  { key: 'ikm', label: 'IKM', numeric: true },
  { key: 'responden', label: 'Responden', numeric: true, format: (v) => String(v ?? '–') },
];
const page = {
  columns: {
    unit: ['Disdukcapil', 'Dinkes', '<img src=x onerror=alert(1)>'],
    ikm: [91.2, 80.5, null],
    responden: [120, 95, 0],
  },
};

describe('table renderer', () => {
  it('draws a captioned table with column headers, sort buttons and aria-sort on the sorted one', async () => {
    const out = renderTable(
      page,
      {
        columns,
        sort: { key: 'ikm', desc: true },
        page: 1,
        pageSize: 3,
        totalRows: 8,
        selectKeys: ['unit'],
      },
      context(),
    );
    const table = out.node.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toBe('IKM per unit');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(headers.map((h) => h.getAttribute('aria-sort'))).toEqual([null, 'descending', null]);
    expect(headers.map((h) => h.querySelector('button')?.dataset['pantauSort'])).toEqual([
      'unit',
      'ikm',
      'responden',
    ]);
    // The arrow is hidden from assistive technology; the button's name is the column's.
    expect(headers[1]!.querySelector('[aria-hidden="true"]')!.textContent).toBe('\u00a0▼');
    expect(headers[1]!.querySelector('button')!.textContent).toBe('IKM\u00a0▼');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['Disdukcapil', '91,20', '120'],
      ['Dinkes', '80,50', '95'],
      ['<img src=x onerror=alert(1)>', 'belum input', '0'],
    ]);
    expect(table.querySelector('tbody tr th')!.getAttribute('scope')).toBe('row');
    expect(table.querySelector('tbody tr:nth-child(3) td')!.className).toBe('num missing');
    expect(out.node.querySelector('img')).toBeNull();
    await expect(out.node.outerHTML.replace(/></g, '>\n<')).toMatchFileSnapshot(
      './__snapshots__/table-page.html.snap',
    );
  });

  it('gives the same cells to the data table, one mark per row, and a summary of the page', () => {
    const out = renderTable(
      page,
      {
        columns,
        sort: { key: 'ikm', desc: true },
        page: 1,
        pageSize: 3,
        totalRows: 8,
        selectKeys: ['unit'],
      },
      context(),
    );
    const drawn = [...out.node.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(out.table.rows).toEqual(drawn);
    expect(out.table.headers).toEqual(['Unit', 'IKM', 'Responden']);
    expect(out.table.numeric).toEqual([false, true, true]);
    expect(out.marks.map((m) => m.label)).toEqual([
      'Disdukcapil: IKM 91,20, Responden 120',
      'Dinkes: IKM 80,50, Responden 95',
      '<img src=x onerror=alert(1)>: IKM belum input, Responden 0',
    ]);
    expect(out.marks[1]!.selection).toEqual({ unit: 'Dinkes' });
    expect(out.marks[1]!.box.y).toBeGreaterThan(out.marks[0]!.box.y);
    expect(out.summary).toBe('Menampilkan baris 4–6 dari 8, diurutkan menurut IKM (menurun).');
  });

  it('pages with buttons that name the page they go to, disabled at the ends', () => {
    const out = renderTable(page, { columns, page: 0, pageSize: 3, totalRows: 8 }, context('en'));
    const nav = out.node.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Table pages');
    const [prev, next] = [...nav.querySelectorAll('button')];
    expect(prev!.disabled).toBe(true);
    expect(next!.disabled).toBe(false);
    expect(next!.dataset['pantauPage']).toBe('1');
    expect(nav.querySelector('.pantau-pager-status')!.textContent).toBe(
      'Page 1 of 3 · 1–3 of 8 rows',
    );
    expect(out.summary).toBe('Showing rows 1–3 of 8.');
    const lastPage = renderTable(page, { columns, page: 2, pageSize: 3, totalRows: 8 }, context());
    const buttons = [...lastPage.node.querySelectorAll('nav button')] as HTMLButtonElement[];
    expect(buttons.map((b) => b.disabled)).toEqual([false, true]);
    // One page: no pager at all.
    expect(renderTable(page, { columns }, context()).node.querySelector('nav')).toBeNull();
  });

  it('leaves sorting out of unsortable columns and says when there are no rows', () => {
    const out = renderTable(
      { columns: { unit: [], ikm: [] } },
      { columns: [{ key: 'unit', label: 'Unit', sortable: false }, columns[1]!] },
      context(),
    );
    expect(out.node.querySelector('thead th')!.querySelector('button')).toBeNull();
    expect(out.marks).toEqual([]);
    expect(out.summary).toBe('Tidak ada data.');
  });
});
