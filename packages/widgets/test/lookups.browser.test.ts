// Names without SQL (issue 15 item 8) on real DuckDB in Chromium: a `<pantau-source key>` lookup
// names the codes of another source in a bar chart's labels, a table's columns and a filter's
// options, while every selection stays on the code; a code the lookup lacks shows as the code,
// and a lookup whose key repeats a code is each reader's bilingual DUPLICATE_KEY error.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.ts';
import type { FilterChangeDetail, PantauFilter, PantauSource } from '../src/index.ts';
import {
  byId,
  expectAccessible,
  mount,
  oracle,
  plot,
  SERVICES,
  settled,
  shadow,
  tableCells,
  unmountAll,
} from './support/mount.ts';

const UNITS =
  '<pantau-source name="unit" src="/datasets/banjarmasin/units.csv" key="code"></pantau-source>';

/** Bar labels as drawn (the SVG's own text), in order. */
const barLabels = (el: Element): string[] =>
  [...shadow(el).querySelectorAll('svg .tick text, svg [class*="label"] text, svg text')]
    .map((t) => t.textContent?.trim() ?? '')
    .filter((t) => t !== '');

describe('lookups: names by key (real DuckDB)', () => {
  afterEach(unmountAll);

  it('a bar chart labels codes with the lookup, and a click selects the code', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}${UNITS}
      <pantau-bar-chart id="units" source="sp" x="unit_code" y="sum(received)" label="unit.name"
        limit="5" title="Permohonan per unit"></pantau-bar-chart>
    </pantau-dashboard>`);
    await settled(host);
    const units = byId(host, 'units');
    expect(units.status).toBe('ready');
    const expected = await oracle(
      host,
      `SELECT b.unit_code, u.name, b."sum(received)" FROM (
         SELECT unit_code, sum(received)::DOUBLE AS "sum(received)" FROM sp
         GROUP BY 1 ORDER BY 2 DESC NULLS LAST, 1 LIMIT 5) AS b
       LEFT JOIN unit AS u ON u.code = b.unit_code ORDER BY 3 DESC NULLS LAST, 1`,
    );
    expect(units.data).toEqual(expected);
    expect(expected.every((r) => typeof r['name'] === 'string')).toBe(true);
    // What a reader sees is the name, never only the code.
    const shown = barLabels(units).join(' | ');
    expect(shown).toContain(String(expected[0]!['name']).slice(0, 12));
    const changes: FilterChangeDetail[] = [];
    host.addEventListener('pantau-filter-change', (e) => changes.push(e.detail));
    const box = shadow(units).querySelector('svg')!.getBoundingClientRect();
    const bar = shadow(units).querySelector<SVGGraphicsElement>('svg [class*="bar"] rect')!;
    const r = bar.getBoundingClientRect();
    await userEvent.click(plot(units), {
      position: { x: r.left - box.left + r.width / 2, y: r.top - box.top + r.height / 2 },
    });
    expect(changes.at(-1)?.clauses).toEqual([
      { column: 'unit_code', predicate: 'eq', value: expected[0]!['unit_code'] },
    ]);
    await expectAccessible(units);
  });

  it('a code the lookup lacks keeps its bar, under its code', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}
      <pantau-source name="unit" key="code"></pantau-source>
      <pantau-bar-chart id="units" source="sp" x="unit_code" y="count(*)" label="unit.name"
        sort="x" title="Baris per unit"></pantau-bar-chart>
      <pantau-table id="t" source="sp" columns="unit_code:Kode, unit.name:Nama, count(*):Baris"
        page-size="100" title="Unit"></pantau-table>
    </pantau-dashboard>`);
    // Names for two codes only: every other unit has no row in the lookup.
    host.querySelector<PantauSource>('pantau-source[name="unit"]')!.rows = [
      { code: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil' },
      { code: 'dinkes', name: 'Dinas Kesehatan' },
    ];
    await settled(host);
    const units = byId(host, 'units');
    expect(units.status).toBe('ready');
    const codes = await oracle(host, 'SELECT DISTINCT unit_code FROM sp ORDER BY 1');
    expect(units.data.map((r) => r['unit_code'])).toEqual(codes.map((r) => r['unit_code']));
    const dinkes = units.data.find((r) => r['unit_code'] === 'dinkes');
    expect(dinkes?.['name']).toBe('Dinas Kesehatan');
    const unnamed = units.data.find((r) => r['name'] === null)!;
    expect(unnamed).toBeDefined();
    const rows = await tableCells(units);
    // The data table and the drawing both show the code where there is no name, never a blank.
    expect(rows.flat()).toContain(String(unnamed['unit_code']));
    expect(rows.flat()).toContain('Dinas Kesehatan');
    expect(barLabels(units).join(' | ')).toContain(String(unnamed['unit_code']).slice(0, 8));
    // In a table, the name cell of a code without a name reads the code (not "belum input").
    const table = byId(host, 't');
    const cells = [...shadow(table).querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((td) => td.textContent?.trim() ?? ''),
    );
    const code = String(unnamed['unit_code']);
    expect(cells.find((row) => row[0] === code)?.slice(0, 2)).toEqual([code, code]);
    expect(cells.find((row) => row[0] === 'dinkes')?.slice(0, 2)).toEqual([
      'dinkes',
      'Dinas Kesehatan',
    ]);
  });

  it('a lookup whose key repeats a code is a bilingual DUPLICATE_KEY, naming the code', async () => {
    const host = mount(`<pantau-dashboard lang="en">${SERVICES}
      <pantau-source name="unit" key="code"></pantau-source>
      <pantau-bar-chart id="units" source="sp" x="unit_code" y="count(*)" label="unit.name"
        title="Rows per unit"></pantau-bar-chart>
    </pantau-dashboard>`);
    host.querySelector<PantauSource>('pantau-source[name="unit"]')!.rows = [
      { code: 'dinkes', name: 'Dinas Kesehatan' },
      { code: 'dinkes', name: 'Dinkes (lama)' },
    ];
    await settled(host);
    const units = byId(host, 'units');
    expect(units.status).toBe('error');
    expect(units.error?.code).toBe('DUPLICATE_KEY');
    expect(units.error?.text.id).toContain('"dinkes" (2x)');
    const alert = shadow(units).querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('"dinkes" (2x)');
    expect(alert.textContent).toContain('one row per code');
  });

  it('a table shows a lookup column beside the code', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}${UNITS}
      <pantau-table id="t" source="sp" columns="unit_code:Kode, unit.name:Nama unit, sum(received):Permohonan"
        sort="Permohonan desc" page-size="5" title="Unit"></pantau-table>
    </pantau-dashboard>`);
    await settled(host);
    const table = byId(host, 't');
    expect(table.status).toBe('ready');
    const expected = await oracle(
      host,
      `SELECT b.unit_code, u.name, b.n FROM (
         SELECT unit_code, sum(received)::DOUBLE AS n FROM sp GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5) AS b
       LEFT JOIN unit AS u ON u.code = b.unit_code ORDER BY 3 DESC, 1`,
    );
    const text = shadow(table).querySelector('table')!.textContent!;
    expect(shadow(table).querySelector('thead')!.textContent).toContain('Nama unit');
    for (const row of expected) expect(text).toContain(String(row['name']));
    expect(table.data.map((r) => r['unit_code'])).toEqual(expected.map((r) => r['unit_code']));
    await expectAccessible(table);
  });

  it('a filter lists names but selects codes', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}${UNITS}
      <pantau-filter id="f" source="sp" column="unit_code" option-label="unit.name"
        label="Unit"></pantau-filter>
    </pantau-dashboard>`);
    await settled(host);
    const filter = byId<PantauFilter>(host, 'f');
    const select = shadow(filter).querySelector('select')!;
    const expected = await oracle(
      host,
      `SELECT DISTINCT s.unit_code, u.name FROM sp AS s LEFT JOIN unit AS u ON u.code = s.unit_code
       WHERE s.unit_code IS NOT NULL ORDER BY lower(s.unit_code), s.unit_code`,
    );
    const options = [...select.options].slice(1);
    expect(options.map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual(
      expected.map((r) => expect.stringContaining(String(r['name'] ?? r['unit_code']))),
    );
    const changes: FilterChangeDetail[] = [];
    host.addEventListener('pantau-filter-change', (e) => changes.push(e.detail));
    const dinkes = options.find((o) => o.textContent?.includes('Dinas Kesehatan'))!;
    await userEvent.selectOptions(select, dinkes);
    expect(changes.at(-1)?.clauses).toEqual([
      { column: 'unit_code', predicate: 'eq', value: 'dinkes' },
    ]);
    await expectAccessible(filter);
  });
});
