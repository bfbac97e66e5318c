import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import './support/list-element.ts';
import type { PantauChartElement, PantauDashboard } from '../src/index.ts';
import { mount, settled, shadow, unmountAll } from './support/mount.ts';

const csv = encodeURIComponent('unit,nilai\nA,1\nA,2\nB,3\nC,4\n');
const MARKUP = `<pantau-dashboard url-state>
  <pantau-source name="tautan" src="/__pantau_test__/csv/t.csv?body=${csv}"></pantau-source>
  <pantau-test-list id="list" source="tautan" x="unit" y="sum(nilai)"></pantau-test-list>
</pantau-dashboard>`;

function chips(host: ParentNode): { text: string; notApplied: boolean }[] {
  const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
  return [...shadow(dashboard).querySelectorAll('[part="filters"] li')].map((li) => ({
    text: li.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    notApplied: li.classList.contains('not-applied'),
  }));
}

/** Issue 18 item 4: a link cannot put text on the dashboard, nor claim a filter it lacks. */
describe('a shared link (url-state)', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname);
  });

  it("ignores the link's labels: the summary says what the clause is, from its values", async () => {
    const lie = 'Semua unit (data resmi) - laporkan data salah ke 0812-0000-0000';
    const param = JSON.stringify([
      { o: 'bar', c: [{ c: 'unit', p: 'eq', v: 'A' }], l: { id: lie, en: lie } },
    ]);
    history.replaceState(null, '', `${location.pathname}?pantau=${encodeURIComponent(param)}`);
    const host = mount(MARKUP);
    await settled(host);
    const list = host.querySelector<PantauChartElement>('#list')!;
    expect(list.data).toEqual([{ unit: 'A', value: 3 }]);
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    await dashboard.updateComplete;
    expect(shadow(dashboard).textContent).not.toContain('Semua unit');
    expect(shadow(dashboard).textContent).not.toContain('0812');
    expect(chips(host)).toEqual([{ text: 'unit = A✕', notApplied: false }]);
    // Nor does a label leave in a link the dashboard writes.
    dashboard.selection.update('bar', [{ column: 'unit', predicate: 'eq', value: 'B' }], {
      id: 'Unit B',
      en: 'Unit B',
    });
    // Saved on url-state's code, which `restored` waited for: the save was queued on it first.
    await dashboard.sources.restored;
    const written = new URL(location.href).searchParams.get('pantau') ?? '';
    expect(written).toContain('"B"');
    expect(written).not.toContain('Unit B');
  });

  it('a clause on a column no table has is shown as not applied', async () => {
    const param = JSON.stringify([
      { o: 'x', c: [{ c: 'wilayah', p: 'eq', v: 'Utara' }] },
      { o: 'y', c: [{ c: 'unit', p: 'in', v: ['A', 'B'] }] },
    ]);
    history.replaceState(null, '', `${location.pathname}?pantau=${encodeURIComponent(param)}`);
    const host = mount(MARKUP);
    await settled(host);
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    await dashboard.updateComplete;
    const shown = chips(host);
    expect(shown[0]?.notApplied).toBe(true);
    expect(shown[0]?.text).toContain('tidak diterapkan');
    expect(shown[0]?.text).toContain('wilayah');
    expect(shown[1]).toEqual({ text: 'unit: A, B✕', notApplied: false });
  });
});
