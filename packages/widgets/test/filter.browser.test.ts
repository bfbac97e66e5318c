import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { formatNumber } from '@pantau/core';
import '../src/define.ts';
import './support/list-element.ts';
import { SEARCH_DEBOUNCE_MS } from '../src/filter/filter.ts';
import type {
  FilterElementChangeDetail,
  PantauChartElement,
  PantauDashboard,
  PantauFilter,
} from '../src/index.ts';
import {
  byId,
  expectAccessible,
  mount,
  oracle,
  redrawn,
  SERVICES,
  settled,
  shadow,
  summaryShows,
  unmountAll,
  whenShown,
} from './support/mount.ts';

function dashboardOf(host: HTMLElement): PantauDashboard {
  return host.querySelector<PantauDashboard>('pantau-dashboard')!;
}

/** [text, count] of each option the multi-select lists (shown or not). */
function listed(el: PantauFilter): [string, string][] {
  return [...shadow(el).querySelectorAll('[role="option"]')].map((li) => [
    li.querySelector('.text')?.textContent?.trim() ?? '',
    (li.querySelector('.count')?.textContent ?? '').replace(',', '').trim(),
  ]);
}

function combobox(el: PantauFilter): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>('input[role="combobox"]')!;
}

/** Waits until the widget has redrawn with `expected` rows. */
async function shows(el: PantauChartElement, expected: unknown[]): Promise<void> {
  await redrawn(el, () => JSON.stringify(el.data) === JSON.stringify(expected));
  expect(el.data).toEqual(expected);
}

/** Resolves once the dashboard's filters satisfy `check`, looking again at each filter change. */
async function published(
  dashboard: PantauDashboard,
  check: (filters: readonly unknown[]) => boolean,
): Promise<void> {
  while (!check(dashboard.filters)) {
    await new Promise((resolve) =>
      dashboard.addEventListener('pantau-filter-change', resolve, { once: true }),
    );
  }
}

const APPLICATIONS =
  '<pantau-source name="apps" src="/datasets/banjarmasin/applications.parquet"></pantau-source>';

const UNITS_AND_SERVICES = `<pantau-dashboard>${SERVICES}
  <pantau-filter id="unit" source="sp" column="unit_code" type="multi-select" label="Unit"></pantau-filter>
  <pantau-filter id="service" source="sp" column="service" label="Layanan"></pantau-filter>
  <pantau-test-list id="services" source="sp" x="service" y="sum(received)"></pantau-test-list>
</pantau-dashboard>`;

describe('<pantau-filter> over the Banjarmasin data (real DuckDB, oracle queries)', () => {
  afterEach(unmountAll);

  it('is accessible while loading, ready and failed', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}
      <pantau-filter id="wait" source="belum_ada" column="unit_code" label="Menunggu"></pantau-filter>
      <pantau-filter id="multi" source="sp" column="unit_code" type="multi-select" label="Unit"></pantau-filter>
      <pantau-filter id="dates" source="sp" column="month" type="date-range" label="Periode"></pantau-filter>
      <pantau-filter id="bad" source="sp" column="tidak_ada" type="select" label="Rusak"></pantau-filter>
    </pantau-dashboard>`);
    const waiting = byId<PantauFilter>(host, 'wait');
    await waiting.updateComplete;
    expect(waiting.status).toBe('loading');
    expect(shadow(waiting).querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(shadow(waiting).textContent).toContain('Memuat pilihan…');
    await expectAccessible(waiting);
    for (const id of ['multi', 'dates']) {
      const el = byId<PantauFilter>(host, id);
      expect(await el.ready).toBe('ready');
      await expectAccessible(el);
    }
    // Open, with an active option: still clean.
    combobox(byId<PantauFilter>(host, 'multi')).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expectAccessible(byId<PantauFilter>(host, 'multi'));
    const bad = byId<PantauFilter>(host, 'bad');
    expect(await bad.ready).toBe('error');
    await expectAccessible(bad);
  });

  it('offers the distinct values with their counts, as the database counts them', async () => {
    const host = mount(UNITS_AND_SERVICES);
    await settled(host);
    const units = byId<PantauFilter>(host, 'unit');
    const expected = await oracle(
      host,
      `SELECT unit_code AS value, count(*)::DOUBLE AS n FROM sp WHERE unit_code IS NOT NULL
       GROUP BY unit_code ORDER BY lower(unit_code), unit_code`,
    );
    expect(expected.length).toBeGreaterThan(50);
    expect(listed(units)).toEqual(
      expected.map((row) => [String(row['value']), formatNumber(Number(row['n']), 'id')]),
    );
    // A single select lists the same way, after "Semua".
    const services = byId<PantauFilter>(host, 'service');
    const serviceRows = await oracle(
      host,
      `SELECT service, count(*)::DOUBLE AS n FROM sp WHERE service IS NOT NULL
       GROUP BY service ORDER BY lower(service), service`,
    );
    const select = shadow(services).querySelector('select')!;
    expect([...select.options].map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Semua',
      ...serviceRows.map((r) => `${String(r['service'])} (${formatNumber(Number(r['n']), 'id')})`),
    ]);
    expect(shadow(services).querySelector('label')?.textContent?.trim()).toBe('Layanan');
  });

  it('multi-select by keyboard alone filters the sibling widget and narrows the other menu', async () => {
    const host = mount(UNITS_AND_SERVICES);
    await settled(host);
    const units = byId<PantauFilter>(host, 'unit');
    const changes: FilterElementChangeDetail[] = [];
    units.addEventListener('pantau-filter-change', (e) =>
      changes.push(e.detail as FilterElementChangeDetail),
    );
    const input = combobox(units);
    input.focus();
    await userEvent.keyboard('dis');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const shown = [...shadow(units).querySelectorAll('[role="option"]')].map(
      (li) => li.querySelector('.text')!.textContent!,
    );
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.every((text) => text.toLowerCase().includes('dis'))).toBe(true);
    await userEvent.keyboard('{ArrowDown}{Enter}{ArrowDown}{Enter}');
    const [a, b] = shown;
    const dashboard = dashboardOf(host);
    expect(dashboard.filters).toEqual([{ column: 'unit_code', predicate: 'in', value: [a, b] }]);
    expect(changes.at(-1)).toMatchObject({
      owner: 'unit',
      clauses: [{ column: 'unit_code', predicate: 'in', value: [a, b] }],
    });
    expect(input.getAttribute('aria-activedescendant')).toMatch(/-option-1$/);
    const chosen = shadow(units).querySelectorAll('[role="option"][aria-selected="true"]');
    expect(chosen).toHaveLength(2);
    expect(shadow(units).querySelector('.chosen')?.textContent).toContain('2 dipilih');
    await userEvent.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    // A second Esc clears the typed text, and the whole list is back.
    await userEvent.keyboard('{Escape}');
    expect(input.value).toBe('');
    // The summary names the choice.
    await summaryShows(dashboard, `Unit: ${a}, ${b}`);

    const expected = await oracle(
      host,
      `SELECT service, sum(received)::DOUBLE AS value FROM sp WHERE unit_code IN (?, ?)
       GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
      [a, b],
    );
    await shows(byId(host, 'services'), expected);

    // The service menu now offers only what those units provide (Mosaic-like).
    const services = byId<PantauFilter>(host, 'service');
    const offered = await oracle(
      host,
      `SELECT service FROM sp WHERE unit_code IN (?, ?) AND service IS NOT NULL
       GROUP BY service ORDER BY lower(service), service`,
      [a, b],
    );
    await whenShown(
      services,
      () => shadow(services).querySelectorAll('option').length === offered.length + 1,
    );
    const texts = [...shadow(services).querySelectorAll('option')].slice(1);
    expect(texts.map((o) => o.textContent!.replace(/\s*\([\d.]+\)\s*$/, '').trim())).toEqual(
      offered.map((r) => r['service']),
    );
    // The unit menu itself is not narrowed by its own choice.
    expect(listed(units).length).toBeGreaterThan(50);
  });

  it("clears its controls when its entry is removed from the dashboard's summary", async () => {
    const host = mount(UNITS_AND_SERVICES);
    await settled(host);
    const units = byId<PantauFilter>(host, 'unit');
    // By pointer: the field opens the list, a click chooses, focus stays in the field.
    const input = combobox(units);
    await userEvent.click(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const third = shadow(units).querySelectorAll<HTMLElement>('[role="option"]')[2]!;
    await userEvent.click(third);
    expect(third.getAttribute('aria-selected')).toBe('true');
    expect(shadow(units).activeElement).toBe(input);
    const dashboard = dashboardOf(host);
    expect(dashboard.filters).toEqual([
      { column: 'unit_code', predicate: 'eq', value: third.querySelector('.text')!.textContent },
    ]);
    const cleared = new Promise<FilterElementChangeDetail>((resolve) =>
      units.addEventListener(
        'pantau-filter-change',
        (e) => resolve(e.detail as FilterElementChangeDetail),
        { once: true },
      ),
    );
    await dashboard.updateComplete;
    const chip = shadow(dashboard).querySelector<HTMLButtonElement>('[part="filters"] li button')!;
    expect(chip.getAttribute('aria-label')).toMatch(/^Hapus filter: Unit: /);
    chip.click();
    expect((await cleared).clauses).toEqual([]);
    await units.updateComplete;
    expect(shadow(units).querySelectorAll('[aria-selected="true"]')).toHaveLength(0);
    expect(shadow(units).querySelector('.chosen')?.textContent).toContain('0 dipilih');
    expect(units.clauses).toEqual([]);

    // A single select's value goes back to "Semua" on reset, too.
    const services = byId<PantauFilter>(host, 'service');
    const select = shadow(services).querySelector('select')!;
    select.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(select.value).toBe('1');
    expect(dashboard.filters).toEqual([
      { column: 'service', predicate: 'eq', value: expect.any(String) },
    ]);
    shadow(dashboard).querySelector<HTMLButtonElement>('.reset')!.click();
    await services.updateComplete;
    expect(shadow(services).querySelector('select')!.value).toBe('');
  });

  it('date range: quick ranges by keyboard filter by whole calendar periods', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}
      <pantau-filter id="period" source="sp" column="month" type="date-range" label="Periode"
        today="2024-05-15"></pantau-filter>
      <pantau-test-list id="units" source="sp" x="unit_code" y="sum(received)"></pantau-test-list>
    </pantau-dashboard>`);
    await settled(host);
    const period = byId<PantauFilter>(host, 'period');
    const extent = await oracle(host, 'SELECT min(month) AS low, max(month) AS high FROM sp');
    expect(shadow(period).querySelector('.note')?.textContent).toBe(
      `Rentang data: 1 Jan 2022 – 1 Des 2024`,
    );
    expect(extent).toEqual([{ low: new Date('2022-01-01Z'), high: new Date('2024-12-01Z') }]);
    const presets = [
      ...shadow(period).querySelectorAll<HTMLButtonElement>('[part="presets"] button'),
    ];
    expect(presets.map((b) => b.textContent?.trim())).toEqual([
      'Bulan ini',
      'Bulan lalu',
      'Triwulan ini',
      'Triwulan lalu',
      'Semester ini',
      'Semester lalu',
      'Tahun ini',
      'Tahun lalu',
    ]);
    presets[0]!.focus();
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Enter}');
    const dashboard = dashboardOf(host);
    expect(dashboard.filters).toEqual([
      { column: 'month', predicate: 'between', value: ['2024-01-01', '2024-03-31'] },
    ]);
    await period.updateComplete;
    const [from, to] = shadow(period).querySelectorAll<HTMLInputElement>('input[type="date"]');
    expect([from!.value, to!.value]).toEqual(['2024-01-01', '2024-03-31']);
    expect(presets[3]!.getAttribute('aria-pressed')).toBe('true');
    await summaryShows(dashboard, 'Periode: 1 Jan 2024 – 31 Mar 2024');
    const expected = await oracle(
      host,
      `SELECT unit_code, sum(received)::DOUBLE AS value FROM sp
       WHERE month >= DATE '2024-01-01' AND month <= DATE '2024-03-31'
       GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
    );
    await shows(byId(host, 'units'), expected);
    // Space on "Tahun lalu" replaces it.
    presets[7]!.focus();
    await userEvent.keyboard(' ');
    expect(dashboard.filters).toEqual([
      { column: 'month', predicate: 'between', value: ['2023-01-01', '2023-12-31'] },
    ]);
    await expectAccessible(period);
    // Removed from the summary: both dates empty, no quick range pressed.
    await dashboard.updateComplete;
    shadow(dashboard).querySelector<HTMLButtonElement>('[part="filters"] li button')!.click();
    await period.updateComplete;
    expect([from!.value, to!.value]).toEqual(['', '']);
    expect(presets.filter((b) => b.getAttribute('aria-pressed') === 'true')).toEqual([]);
  });

  it('range: typed ends are checked, then filter; the data range is shown', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}
      <pantau-filter id="sla" source="sp" column="sla_days" type="range"
        label="Standar waktu (hari)"></pantau-filter>
      <pantau-test-list id="units" source="sp" x="unit_code" y="count(*)"></pantau-test-list>
    </pantau-dashboard>`);
    await settled(host);
    const sla = byId<PantauFilter>(host, 'sla');
    const [extent] = await oracle(host, 'SELECT min(sla_days) AS lo, max(sla_days) AS hi FROM sp');
    const [from, to] = shadow(sla).querySelectorAll<HTMLInputElement>('input[type="number"]');
    expect([from!.placeholder, to!.placeholder]).toEqual([
      String(extent!['lo']),
      String(extent!['hi']),
    ]);
    expect(shadow(sla).querySelector('legend')?.textContent?.trim()).toBe('Standar waktu (hari)');
    await userEvent.fill(from!, '10');
    await userEvent.keyboard('{Enter}');
    expect(dashboardOf(host).filters).toEqual([
      { column: 'sla_days', predicate: 'gte', value: 10 },
    ]);
    await userEvent.fill(to!, '3');
    await userEvent.keyboard('{Enter}');
    await sla.updateComplete;
    expect(shadow(sla).querySelector('.problem')?.textContent).toContain(
      'Batas bawah lebih besar dari batas atas',
    );
    expect(from!.getAttribute('aria-invalid')).toBe('true');
    // The last good range stays in force until the ends make sense again.
    expect(dashboardOf(host).filters).toEqual([
      { column: 'sla_days', predicate: 'gte', value: 10 },
    ]);
    await expectAccessible(sla);
    await userEvent.fill(to!, '30');
    await userEvent.keyboard('{Enter}');
    expect(dashboardOf(host).filters).toEqual([
      { column: 'sla_days', predicate: 'between', value: [10, 30] },
    ]);
    await sla.updateComplete;
    expect(shadow(sla).querySelector('.problem')?.textContent).toBe('');
    const expected = await oracle(
      host,
      `SELECT unit_code, count(*)::DOUBLE AS value FROM sp WHERE sla_days >= 10 AND sla_days <= 30
       GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
    );
    await shows(byId(host, 'units'), expected);
    // Only one end: at most.
    await userEvent.fill(from!, '');
    await userEvent.keyboard('{Enter}');
    expect(dashboardOf(host).filters).toEqual([
      { column: 'sla_days', predicate: 'lte', value: 30 },
    ]);
    // The clear button removes the entry and empties both ends.
    shadow(sla).querySelector<HTMLButtonElement>('button.clear')!.click();
    await sla.updateComplete;
    expect(dashboardOf(host).filters).toEqual([]);
    expect([from!.value, to!.value]).toEqual(['', '']);
  });

  it('search publishes contains after a short pause; the note counts the matches', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}
      <pantau-filter id="find" source="sp" column="service" type="search" label="Cari layanan"></pantau-filter>
      <pantau-test-list id="units" source="sp" x="unit_code" y="sum(received)"></pantau-test-list>
    </pantau-dashboard>`);
    await settled(host);
    const find = byId<PantauFilter>(host, 'find');
    const input = shadow(find).querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(input.labels?.[0]?.textContent?.trim()).toBe('Cari layanan');
    // When each keystroke landed and when each filter was published: the check is on
    // the gap between them, not on how fast this machine types (under load the pause can
    // end before userEvent.type returns, which is right, not a failure).
    let lastKey = 0;
    const gaps: number[] = [];
    input.addEventListener('input', () => (lastKey = performance.now()));
    dashboardOf(host).addEventListener('pantau-filter-change', () =>
      gaps.push(performance.now() - lastKey),
    );
    await userEvent.type(input, 'ktp');
    // ...and once the pause is over, the other widgets re-query.
    await published(dashboardOf(host), (filters) =>
      filters.some((f) => JSON.stringify(f).includes('"ktp"')),
    );
    // Nothing was published before a pause after a keystroke. Half the pause, not all of it:
    // Chromium may run a timer a little early (238.6 ms was seen for 250 under load), and a
    // filter that published at each keystroke would show a gap of a few ms.
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(SEARCH_DEBOUNCE_MS / 2);
    expect(dashboardOf(host).filters).toEqual([
      { column: 'service', predicate: 'contains', value: 'ktp' },
    ]);
    const expected = await oracle(
      host,
      `SELECT unit_code, sum(received)::DOUBLE AS value FROM sp WHERE service ILIKE '%ktp%'
       GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
    );
    await shows(byId(host, 'units'), expected);
    const [counts] = await oracle(
      host,
      `SELECT count(*) FILTER (WHERE service ILIKE '%ktp%')::DOUBLE AS m, count(*)::DOUBLE AS t FROM sp`,
    );
    await whenShown(
      find,
      () =>
        shadow(find).querySelector('.note')?.textContent ===
        `${formatNumber(Number(counts!['m']), 'id')} dari ${formatNumber(Number(counts!['t']), 'id')} baris cocok`,
    );
    // The dashboard's reset empties the field (what was typed gives way to the selection).
    shadow(dashboardOf(host)).querySelector<HTMLButtonElement>('.reset')!.click();
    await find.updateComplete;
    expect(input.value).toBe('');
    // Enter publishes at once; an emptied field removes the entry.
    await userEvent.type(input, 'akta{Enter}');
    expect(dashboardOf(host).filters).toEqual([
      { column: 'service', predicate: 'contains', value: 'akta' },
    ]);
    await userEvent.clear(input);
    await userEvent.keyboard('{Enter}');
    expect(dashboardOf(host).filters).toEqual([]);
    await expectAccessible(find);
  });

  it('a long list stops at 500 with a note, and typing searches the whole column', async () => {
    const host = mount(`<pantau-dashboard>${APPLICATIONS}
      <pantau-filter id="app" source="apps" column="id" type="multi-select"
        label="Nomor permohonan"></pantau-filter>
    </pantau-dashboard>`);
    await settled(host);
    const app = byId<PantauFilter>(host, 'app');
    const [{ n }] = (await oracle(host, 'SELECT count(DISTINCT id)::DOUBLE AS n FROM apps')) as [
      { n: number },
    ];
    expect(listed(app)).toHaveLength(500);
    expect(listed(app)[0]).toEqual(['1', '1']);
    expect(shadow(app).querySelector('[part="note"]')?.textContent).toBe(
      `Menampilkan 500 dari ${formatNumber(n, 'id')} nilai; ketik untuk mencari yang lain.`,
    );
    // None of the first 500 numbers contains "1999": only the database can find them.
    combobox(app).focus();
    await userEvent.keyboard('1999');
    const found = await oracle(
      host,
      `SELECT id FROM apps WHERE CAST(id AS VARCHAR) LIKE '%1999%' ORDER BY id LIMIT 500`,
    );
    expect(found.length).toBeGreaterThan(5);
    await whenShown(
      app,
      () =>
        JSON.stringify(listed(app).map(([text]) => text)) ===
        JSON.stringify(found.map((r) => String(r['id']))),
    );
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(dashboardOf(host).filters).toEqual([
      { column: 'id', predicate: 'eq', value: found[0]!['id'] },
    ]);
  });

  it('date range over a timestamp column takes in the whole last day; typed dates work too', async () => {
    const host = mount(`<pantau-dashboard>${APPLICATIONS}
      <pantau-filter id="when" source="apps" column="submitted_at" type="date-range"
        label="Diajukan" today="2024-05-15"></pantau-filter>
      <pantau-test-list id="channels" source="apps" x="channel" y="count(*)"></pantau-test-list>
    </pantau-dashboard>`);
    await settled(host);
    const when = byId<PantauFilter>(host, 'when');
    const lastQuarter = [
      ...shadow(when).querySelectorAll<HTMLButtonElement>('[part="presets"] button'),
    ][3]!;
    await userEvent.click(lastQuarter);
    expect(dashboardOf(host).filters).toEqual([
      {
        column: 'submitted_at',
        predicate: 'between',
        value: ['2024-01-01T00:00:00', '2024-03-31T23:59:59.999999'],
      },
    ]);
    const quarter = await oracle(
      host,
      `SELECT channel, count(*)::DOUBLE AS value FROM apps
       WHERE submitted_at >= TIMESTAMP '2024-01-01' AND submitted_at < TIMESTAMP '2024-04-01'
       GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
    );
    await shows(byId(host, 'channels'), quarter);
    const [from] = shadow(when).querySelectorAll<HTMLInputElement>('input[type="date"]');
    await userEvent.fill(from!, '2024-02-01');
    await userEvent.keyboard('{Enter}');
    expect(dashboardOf(host).filters[0]?.value).toEqual([
      '2024-02-01T00:00:00',
      '2024-03-31T23:59:59.999999',
    ]);
    const typed = await oracle(
      host,
      `SELECT channel, count(*)::DOUBLE AS value FROM apps
       WHERE submitted_at >= TIMESTAMP '2024-02-01' AND submitted_at < TIMESTAMP '2024-04-01'
       GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
    );
    await shows(byId(host, 'channels'), typed);
    expect(lastQuarter.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows a wrong column or type as a bilingual error, the other widgets keep working', async () => {
    const host = mount(`<pantau-dashboard lang="en">${SERVICES}
      <pantau-filter id="bad" source="sp" column="tidak_ada" label="Broken"></pantau-filter>
      <pantau-filter id="wrong" source="sp" column="service" type="range" label="Wrong"></pantau-filter>
      <pantau-filter id="good" source="sp" column="unit_code" label="Unit"></pantau-filter>
      <pantau-test-list id="units" source="sp" x="unit_code" y="count(*)"></pantau-test-list>
    </pantau-dashboard>`);
    await settled(host);
    const bad = byId<PantauFilter>(host, 'bad');
    expect(bad.status).toBe('error');
    expect(bad.error?.code).toBe('UNKNOWN_COLUMN');
    const alert = shadow(bad).querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('This filter cannot be shown');
    expect(alert.textContent).toContain('tidak_ada');
    const wrong = byId<PantauFilter>(host, 'wrong');
    expect(shadow(wrong).querySelector('[role="alert"]')?.textContent).toContain(
      'type="range" needs a numeric column',
    );
    expect(byId<PantauFilter>(host, 'good').status).toBe('ready');
    expect(byId(host, 'units').status).toBe('ready');
    // The same error in Indonesian when the filter says so.
    bad.lang = 'id';
    await bad.updateComplete;
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toContain(
      'Filter ini tidak dapat ditampilkan',
    );
  });

  it('outside a dashboard tells the author to put it inside one', async () => {
    const host = mount(
      `<pantau-filter id="alone" source="sp" column="unit_code" label="Unit"></pantau-filter>`,
    );
    const alone = byId<PantauFilter>(host, 'alone');
    expect(await alone.ready).toBe('error');
    expect(alone.error?.code).toBe('BAD_FILTER');
    expect(shadow(alone).querySelector('[role="alert"]')?.textContent).toContain(
      'harus berada di dalam <pantau-dashboard>',
    );
    await expectAccessible(alone);
  });

  it('shows a markup value as text, and publishes it as a plain value', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="skor"></pantau-source>
      <pantau-filter id="unit" source="skor" column="unit" type="multi-select" label="Unit"></pantau-filter>
      <pantau-filter id="one" source="skor" column="unit" label="Satu"></pantau-filter>
    </pantau-dashboard>`);
    const source = host.querySelector('pantau-source')!;
    source.rows = [
      { unit: '<img src=x onerror=alert(1)>', nilai: 3 },
      { unit: 'Dinkes', nilai: 2 },
    ] as never;
    await source.ready;
    await settled(host);
    const unit = byId<PantauFilter>(host, 'unit');
    expect(listed(unit)).toEqual([
      ['<img src=x onerror=alert(1)>', '1'],
      ['Dinkes', '1'],
    ]);
    expect(shadow(unit).querySelector('img')).toBeNull();
    expect(shadow(byId<PantauFilter>(host, 'one')).querySelector('img')).toBeNull();
    combobox(unit).focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const dashboard = dashboardOf(host);
    expect(dashboard.filters).toEqual([
      { column: 'unit', predicate: 'eq', value: '<img src=x onerror=alert(1)>' },
    ]);
    await dashboard.updateComplete;
    expect(shadow(dashboard).querySelector('img')).toBeNull();
    await summaryShows(dashboard, 'Unit: <img src=x onerror=alert(1)>');
  });

  it('speaks English under an English dashboard', async () => {
    const host = mount(`<pantau-dashboard lang="en">${SERVICES}
      <pantau-filter id="period" source="sp" column="month" type="date-range" label="Period"></pantau-filter>
      <pantau-filter id="unit" source="sp" column="unit_code" type="multi-select" label="Unit"></pantau-filter>
    </pantau-dashboard>`);
    await settled(host);
    const presets = shadow(byId<PantauFilter>(host, 'period')).querySelectorAll(
      '[part="presets"] button',
    );
    expect([...presets].map((b) => b.textContent?.trim())).toContain('Last half-year');
    expect(shadow(byId<PantauFilter>(host, 'period')).querySelector('.note')?.textContent).toBe(
      'Data range: 1 Jan 2022 – 1 Dec 2024',
    );
    expect(
      shadow(byId<PantauFilter>(host, 'unit')).querySelector('.chosen')?.textContent,
    ).toContain('0 chosen');
  });
});

describe('<pantau-filter> with url-state', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname);
  });

  it('shows a choice restored from the address', async () => {
    const param = JSON.stringify([
      { o: 'unit', c: [{ c: 'unit_code', p: 'in', v: ['dinkes', 'disdukcapil'] }] },
    ]);
    history.replaceState(null, '', `${location.pathname}?pantau=${encodeURIComponent(param)}`);
    const host = mount(
      UNITS_AND_SERVICES.replace('<pantau-dashboard>', '<pantau-dashboard url-state>'),
    );
    await settled(host);
    const units = byId<PantauFilter>(host, 'unit');
    const chosen = [...shadow(units).querySelectorAll('[aria-selected="true"] .text')];
    expect(chosen.map((el) => el.textContent)).toEqual(['dinkes', 'disdukcapil']);
    expect(shadow(units).querySelector('.chosen')?.textContent).toContain('2 dipilih');
  });
});
