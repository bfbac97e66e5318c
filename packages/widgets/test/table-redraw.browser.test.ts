import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import '../src/table/table.define.ts';
import type { PantauTable } from '../src/table/table.ts';
import { filterDashboard, mount, redrawn, settled, shadow, unmountAll } from './support/mount.ts';

/**
 * Issue 17 item 7 (soak): a `<pantau-table>` redrawn after a selection keeps its table on screen
 * and patches it. Built anew, every redraw's `<thead>` left one media query object that Chromium
 * keeps for the document's life (bench/soak: +1 per redraw, found by heap-snapshot diff), so a
 * dashboard grew without end as it was used.
 */
describe('<pantau-table> redraws in place', () => {
  afterEach(unmountAll);

  it('a re-query after a filter patches the same table and thead', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="units" src="/datasets/banjarmasin/units.parquet"></pantau-source>
      <pantau-table source="units" columns="kind, count(*)" page-size="5"></pantau-table>
    </pantau-dashboard>`);
    await settled(host);
    const el = host.querySelector<PantauTable>('pantau-table')!;
    const before = {
      table: shadow(el).querySelector('.pantau-table table'),
      head: shadow(el).querySelector('.pantau-table thead'),
    };
    expect(before.head).not.toBeNull();
    const rowsBefore = el.data.length;

    filterDashboard(el, [{ column: 'kind', predicate: 'eq', value: 'kecamatan' }]);
    await redrawn(el, () => el.data.length === 1 && el.data.length !== rowsBefore);
    expect(shadow(el).querySelector('.pantau-table table')).toBe(before.table);
    expect(shadow(el).querySelector('.pantau-table thead')).toBe(before.head);
    const cells = [...shadow(el).querySelectorAll('.pantau-table tbody tr')].map(
      (tr) => tr.firstElementChild?.textContent,
    );
    expect(cells).toEqual(['kecamatan']);
  }, 60_000);
});
