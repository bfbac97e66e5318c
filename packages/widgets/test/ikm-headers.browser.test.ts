// Issue 15 items 9, 10 and 6 in Chromium on a real DuckDB (duckdb-wasm): IKM over a survey's own
// headers in a KPI, a bar chart and a line chart; the sample-size warning beside a figure from
// too few respondents (icon and words, in the data table and the summary too); the A-D bands
// behind an IKM trend; a KPI that names its period; a change in a rate or an index in points.
import { afterEach, describe, expect, it } from 'vitest';
import {
  IKM_ELEMENTS,
  IKM_CATEGORIES,
  formatNumber,
  ikmCategory,
  ikmScore,
  parseFormat,
  type Row,
} from '@pantau/core';
import '../src/define.ts';
import '../src/table/table.define.ts';
import type { PantauTable } from '../src/table/table.ts';
import type { PantauBarChart, PantauKpi, PantauLineChart } from '../src/index.ts';
import { expectAccessible, mount, shadow, tableCells, unmountAll } from './support/mount.ts';

const HEADERS = IKM_ELEMENTS.map((e) => `${e.code} ${e.label.id}`);
const IKM_OWN = `ikm(${HEADERS.map((h) => `"${h}"`).join(', ')})`;
const ikmText = (v: unknown) => parseFormat('ikm')(v, 'id');

/**
 * Survey rows under the regulation's element names: unit A answers 400 times a year (enough),
 * unit B 50 times in 2024 (too few for the default minimum of 384). Answers differ by year so
 * the IKM moves.
 */
function survey(): Row[] {
  const rows: Row[] = [];
  const add = (unit: string, year: number, n: number, lift: number) => {
    for (let i = 0; i < n; i++) {
      const row: Row = { unit, tahun: String(year), tanggal: new Date(Date.UTC(year, i % 12, 1)) };
      HEADERS.forEach((h, k) => (row[h] = (i + k) % (3 + lift) === 0 ? 2 : 3 + ((i * k) % 2)));
      rows.push(row);
    }
  };
  add('A', 2023, 400, 0);
  add('A', 2024, 400, 2);
  add('B', 2024, 50, 1);
  return rows;
}

async function withSurvey(markup: string): Promise<HTMLElement> {
  const host = mount('<pantau-dashboard></pantau-dashboard>');
  const dashboard = host.querySelector('pantau-dashboard')!;
  await dashboard.coordinator.registerSource({ name: 'survei', data: survey() });
  dashboard.insertAdjacentHTML('beforeend', markup);
  return host;
}

const score = (rows: Row[]) => ikmScore(rows, { answers: HEADERS })!.converted;
const texts = (el: Element, selector: string) =>
  [...shadow(el).querySelectorAll(`svg ${selector}`)].map((n) => n.textContent ?? '');

describe('IKM with the survey headers, its sample size and its period', () => {
  afterEach(unmountAll);

  it('a KPI names its period, changes in points and warns of too few respondents', async () => {
    const host = await withSurvey(
      `<pantau-kpi source="survei" value='${IKM_OWN}' time="tahun" label="IKM Unit B"></pantau-kpi>`,
    );
    const el = host.querySelector<PantauKpi>('pantau-kpi')!;
    // Every row of 2023 is unit A's (400); 2024 holds both: 450, enough. Filter to B alone below.
    expect(await el.ready, el.error?.message).toBe('ready');
    const rows = survey();
    const latest = score(rows.filter((r) => r['tahun'] === '2024'));
    const before = score(rows.filter((r) => r['tahun'] === '2023'));
    const cells = await tableCells(el);
    expect(cells[0]).toEqual(['Periode', '2024 · vs 2023']);
    expect(cells[1]).toEqual(['Nilai', ikmText(latest)]);
    const category = ikmCategory(latest)!;
    expect(cells[2]).toEqual(['Kategori', `${category.code} · ${category.label.id}`]);
    // An index moves by points: "+1,23 poin", never "+1,23%".
    const arrow = latest > before ? '▲ +' : '▼ \u2212';
    const points = `${formatNumber(Math.abs(latest - before), 'id', { decimals: 2, minDecimals: 2 })} poin`;
    expect(cells[3]).toEqual(['Perubahan vs 2023', `${arrow}${points}`]);
    expect(shadow(el).querySelector('svg .pantau-kpi-note')).toBeNull();
    await expectAccessible(el);

    // Unit B alone: 50 respondents in 2024, fewer than 384.
    el.setAttribute('filter-by', 'none');
    await registerUnit(host, 'B');
    el.setAttribute('source', 'survei_b');
    expect(await el.ready, el.error?.message).toBe('ready');
    const b = score(rows.filter((r) => r['unit'] === 'B'));
    expect(drawn(el, '.pantau-kpi-value')).toBe(ikmText(b));
    expect(drawn(el, '.pantau-kpi-period')).toBe('2024');
    expect(drawn(el, '.pantau-kpi-note')).toBe('⚠ 50 responden (min. 384): belum dapat diandalkan');
    const note = (await tableCells(el)).find((r) => r[0] === 'Catatan');
    expect(note?.[1]).toMatch(/^⚠ Responden 50, kurang dari 384 .*belum dapat diandalkan/);
    expect(shadow(el).querySelector('.summary')?.textContent).toContain(
      'Responden 50, kurang dari 384',
    );
    await expectAccessible(el);
  });

  it('a bar chart marks the bar from too few respondents with icon and words, in its table too', async () => {
    const host = await withSurvey(
      `<pantau-bar-chart source="survei" x="unit" y='${IKM_OWN}' lang="en" title="IKM per unit"></pantau-bar-chart>`,
    );
    const el = host.querySelector<PantauBarChart>('pantau-bar-chart')!;
    expect(await el.ready, el.error?.message).toBe('ready');
    const rows = survey();
    const a = score(rows.filter((r) => r['unit'] === 'A'));
    const b = score(rows.filter((r) => r['unit'] === 'B'));
    const values = texts(el, '.pantau-bar-value');
    expect(values).toContain(parseFormat('ikm')(a, 'en'));
    expect(values).toContain(`${parseFormat('ikm')(b, 'en')} ⚠ n = 50`);
    // Graded as IKM although the measure names the survey's own columns.
    expect(texts(el, '.pantau-grade-badge text').sort()).toEqual(
      [ikmCategory(a)!.code, ikmCategory(b)!.code].sort(),
    );
    const table = await tableCells(el);
    expect(table.find((r) => r[0] === 'B')?.at(-1)).toBe('⚠ n = 50');
    expect(table.find((r) => r[0] === 'A')?.at(-1)).toBe('');
    expect(shadow(el).querySelector('.summary')?.textContent).toContain(
      '⚠ IKM values from fewer than 384 respondents (not yet reliable): B (n = 50).',
    );
    await expectAccessible(el);
  });

  it('a table writes the note beside an IKM cell from too few respondents', async () => {
    const host = await withSurvey(
      `<pantau-table source="survei" columns='unit:Unit, ${IKM_OWN}:IKM, count(*):Responden'
        sort="unit" title="IKM per unit"></pantau-table>`,
    );
    const el = host.querySelector<PantauTable>('pantau-table')!;
    expect(await el.ready, el.error?.message).toBe('ready');
    const rows = survey();
    const cell = (unit: string) => {
      const v = score(rows.filter((r) => r['unit'] === unit));
      return `${ikmText(v)} (${ikmCategory(v)!.code})`;
    };
    const shown = [...shadow(el).querySelectorAll('.pantau-table tbody tr')].map((tr) =>
      [...tr.children].map((td) => td.textContent ?? ''),
    );
    expect(shown).toEqual([
      ['A', cell('A'), '800'],
      ['B', `${cell('B')} ⚠ n = 50`, '50'],
    ]);
    await expectAccessible(el);
  });

  it('a line chart draws the A-D bands behind an IKM trend and says its change in points', async () => {
    const host = await withSurvey(
      `<pantau-line-chart source="survei" x="tanggal" interval="year" y='${IKM_OWN}' bands="ikm" title="IKM"></pantau-line-chart>`,
    );
    const el = host.querySelector<PantauLineChart>('pantau-line-chart')!;
    expect(await el.ready, el.error?.message).toBe('ready');
    const bands = [...shadow(el).querySelectorAll('svg .pantau-line-band')];
    expect(bands.length).toBeGreaterThan(0);
    const codes = bands.map((b) => b.getAttribute('data-band'));
    const rows = survey();
    const years = ['2023', '2024'].map((y) => score(rows.filter((r) => r['tahun'] === y)));
    // Every year's category has its band drawn, labelled with letter and name.
    for (const v of years) expect(codes).toContain(ikmCategory(v)!.code);
    const label = IKM_CATEGORIES.find((c) => c.code === codes[0])!;
    expect(bands[0]!.textContent).toBe(`${label.code} · ${label.label.id}`);
    const summary = shadow(el).querySelector('.summary')?.textContent ?? '';
    const delta = formatNumber(Math.abs(years[1]! - years[0]!), 'id', {
      decimals: 2,
      minDecimals: 2,
    });
    expect(summary).toContain(`${years[1]! > years[0]! ? 'naik' : 'turun'} ${delta} poin`);
    expect(summary).toContain('Latar: pita kategori D · Tidak Baik dari 0,00');
    await expectAccessible(el);
  });

  it('a rate in percent changes by points in the line chart as in the KPI', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="layanan" src="/datasets/banjarmasin/service_performance.parquet"></pantau-source>
      <pantau-line-chart source="layanan" x="month" y="on_time_rate" title="Tepat waktu"></pantau-line-chart>
      <pantau-kpi source="layanan" value="on_time_rate" time="month"></pantau-kpi>
    </pantau-dashboard>`);
    const line = host.querySelector<PantauLineChart>('pantau-line-chart')!;
    const kpi = host.querySelector<PantauKpi>('pantau-kpi')!;
    expect(await line.ready).toBe('ready');
    expect(await kpi.ready).toBe('ready');
    const [now, before] = kpi.data.map((r) => r['on_time_rate'] as number);
    const points = `${formatNumber(Math.abs(now! - before!) * 100, 'id', { decimals: 1 })} poin`;
    const summary = shadow(line).querySelector('.summary')?.textContent ?? '';
    expect(summary).toContain(
      `${now! > before! ? 'naik' : 'turun'} ${points} dari periode sebelumnya`,
    );
    expect(shadow(kpi).querySelector('svg .pantau-kpi-change')?.textContent).toContain(points);
  });
});

function drawn(el: Element, selector: string): string {
  return shadow(el).querySelector(`svg ${selector}`)?.textContent ?? '';
}

/** Unit `unit`'s rows as their own source. */
async function registerUnit(host: HTMLElement, unit: string): Promise<void> {
  const dashboard = host.querySelector('pantau-dashboard')!;
  await dashboard.coordinator.registerSource({
    name: `survei_${unit.toLowerCase()}`,
    data: survey().filter((r) => r['unit'] === unit),
  });
}
