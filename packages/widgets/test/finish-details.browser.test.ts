import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauChartElement, PantauDashboard } from '../src/index.ts';
import { mount, settled, shadow, unmountAll, whenShown } from './support/mount.ts';

/**
 * Issue 15, item 7, the smaller things, each on real DuckDB: filters on their own surface, an
 * empty optional text field read as empty, the `bands` error naming the scales, and a chip of a
 * clause the page set reading the column's label.
 */

const APPS =
  '<pantau-source name="apps" src="/datasets/banjarmasin/applications.parquet"></pantau-source>';
const UNITS =
  '<pantau-source name="units" src="/datasets/banjarmasin/units.parquet"></pantau-source>';

/** sRGB channels of a computed colour (`rgb(…)` / `rgba(…)`), alpha last. */
function rgba(colour: string): [number, number, number, number] {
  const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
}

function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** The first opaque background behind `el`, up through shadow hosts to the page. */
function backgroundBehind(el: Element): [number, number, number, number] {
  for (let node: Element | null = el; node !== null;) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0.99) return colour;
    node =
      node.parentElement ??
      ((node.getRootNode() as ShadowRoot).host as Element | undefined) ??
      null;
  }
  return [255, 255, 255, 1]; // the canvas of a page with no background
}

function contrast(el: Element): number {
  const text = luminance(rgba(getComputedStyle(el).color));
  const back = luminance(backgroundBehind(el));
  return (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
}

describe('the finish of small things (issue 15, item 7)', () => {
  afterEach(unmountAll);

  it('keeps filter labels readable (4.5:1) in a dark dashboard on a light page', async () => {
    document.body.style.background = '#ffffff';
    const host = mount(`<pantau-dashboard theme="dark">${APPS}
      <pantau-filter source="apps" column="kecamatan" label="Kecamatan"></pantau-filter>
      <pantau-filter source="apps" column="submitted_at" type="date-range" label="Tanggal"></pantau-filter>
      <pantau-filter source="apps" column="service" type="search" label="Cari layanan"></pantau-filter>
    </pantau-dashboard>`);
    await settled(host);
    const filters = [...host.querySelectorAll('pantau-filter')];
    for (const filter of filters) {
      expect(filter.status).toBe('ready');
      const label = shadow(filter).querySelector('[part="label"]')!;
      expect(label.textContent?.trim()).not.toBe('');
      expect(contrast(label), label.textContent ?? '').toBeGreaterThanOrEqual(4.5);
    }
    document.body.style.background = '';
  }, 120_000);

  it('leaves an empty optional text cell empty; "belum input" stays for figures', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="saran"></pantau-source>
      <pantau-table source="saran" columns="unit:Unit, saran:Saran, nilai:Nilai"></pantau-table>
    </pantau-dashboard>`);
    const source = host.querySelector<HTMLElement & { rows: unknown }>('pantau-source')!;
    source.rows = [
      { unit: 'Dinkes', saran: 'Antrean lebih cepat', nilai: 3 },
      { unit: 'Dinsos', saran: null, nilai: null },
    ];
    await settled(host);
    const table = host.querySelector('pantau-table')!;
    expect(table.status).toBe('ready');
    const rows = [...shadow(table).querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td, th')].map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Dinkes', 'Antrean lebih cepat', '3'],
      ['Dinsos', '', 'belum input'],
    ]);
  });

  it('names the scales a gauge takes when `bands` is neither one nor a list', async () => {
    const host = mount(`<pantau-dashboard lang="en">${APPS}
      <pantau-gauge source="apps" value="avg(sla_days)" bands="ikmm"></pantau-gauge>
    </pantau-dashboard>`);
    await settled(host);
    const gauge = host.querySelector<PantauChartElement>('pantau-gauge')!;
    expect(gauge.status).toBe('error');
    const names = '"ikm", "pekppp", "iid", "none"';
    expect(gauge.error?.text.en).toContain(
      `Band "ikmm" cannot be read: give a scale name (${names})`,
    );
    expect(gauge.error?.text.id).toContain(`beri nama skala (${names})`);
    expect(shadow(gauge).querySelector('[role="alert"]')?.textContent).toContain(names);
  });

  it("shows a page-set clause under the column's label, not its raw name", async () => {
    const host = mount(`<pantau-dashboard>${UNITS}
      <pantau-filter source="units" column="kind" label="Jenis unit"></pantau-filter>
      <pantau-table source="units" columns="code:Kode, name:Nama, parent_code:Unit induk"></pantau-table>
    </pantau-dashboard>`);
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    await settled(host);
    dashboard.filters = [
      { column: 'kind', predicate: 'eq', value: 'kecamatan' },
      { column: 'parent_code', predicate: 'not_null' },
    ];
    const filters = () => shadow(dashboard).querySelector('[part="filters"]')?.textContent ?? '';
    await whenShown(dashboard, () => filters().includes('Menampilkan'));
    const chips = filters();
    expect(chips).toContain('Jenis unit = kecamatan');
    expect(chips).toContain('Unit induk terisi');
    expect(chips).not.toContain('kind');
    expect(chips).not.toContain('parent_code');
  });
});
