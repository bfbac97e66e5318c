import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import '../src/table/table.define.ts';
import type { PantauTable } from '../src/table/table.ts';
import { filterDashboard, mount, redrawn, settled, shadow, unmountAll } from './support/mount.ts';

/**
 * Issue 17 item 7 (soak). Chromium 156 keeps one media query object for the page's life each time
 * it styles a `<thead>` (its own thead rule's print-dependent break-inside; bench/soak found it by
 * heap-snapshot diff, bench/soak/thead-probe.mjs isolates it). Pantau's rule for thead wins the
 * cascade, so Chromium's is never evaluated; and a `<pantau-table>` redrawn after a selection
 * patches the table on screen rather than building a new one with a new `<thead>`.
 */
describe('<pantau-table> redraws in place', () => {
  afterEach(unmountAll);

  it("thead is styled by Pantau's rule; a re-query after a filter patches the same table and thead", async () => {
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
    // Pantau's own thead rule (Chromium's print-dependent one retains memory per styling).
    const rules = shadow(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    expect(
      rules.some(
        (r) =>
          r instanceof CSSStyleRule && r.selectorText === 'thead' && r.style.breakInside === 'auto',
      ),
    ).toBe(true);
    const rowsBefore = el.data.length;

    filterDashboard(el, [{ column: 'kind', predicate: 'eq', value: 'kecamatan' }]);
    await redrawn(el, () => el.data.length === 1 && el.data.length !== rowsBefore);
    expect(shadow(el).querySelector('.pantau-table table')).toBe(before.table);
    expect(shadow(el).querySelector('.pantau-table thead')).toBe(before.head);
    const cells = [...shadow(el).querySelectorAll('.pantau-table tbody tr')].map(
      (tr) => tr.firstElementChild?.textContent,
    );
    expect(cells).toEqual(['kecamatan']);
  });
});
