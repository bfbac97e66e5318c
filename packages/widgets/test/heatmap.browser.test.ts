import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { formatPercent, type FilterClause } from '@pantau/core';
import '../src/define.ts';
import '../src/heatmap/heatmap.define.ts';
import type { PantauHeatmap } from '../src/heatmap/heatmap.ts';
import type { PantauChartElement, PantauDashboard, SelectDetail } from '../src/index.ts';
import './support/list-element.ts';
import {
  announcement,
  expectAccessible,
  mount,
  oracle,
  plot,
  redrawn,
  settled,
  shadow,
  tableCells,
  unmountAll,
  filterDashboard,
} from './support/mount.ts';

const SERVICE =
  '<pantau-source name="layanan" src="/datasets/banjarmasin/service_performance.parquet"></pantau-source>';
const IKM =
  '<pantau-source name="ikm" src="/datasets/banjarmasin/ikm_responses.parquet"></pantau-source>';

function heatmap(root: ParentNode, selector = 'pantau-heatmap'): PantauHeatmap {
  const el = root.querySelector<PantauHeatmap>(selector);
  if (el === null) throw new Error(`no ${selector}`);
  return el;
}

function summary(el: Element): string {
  return shadow(el).querySelector('[part="summary"]')?.textContent ?? '';
}

/** Cells drawn in `paths` (the heatmap draws a cell as one `M...Z` subpath). */
function subpaths(paths: Iterable<Element>): number {
  let n = 0;
  for (const path of paths) n += (path.getAttribute('d') ?? '').match(/M/g)?.length ?? 0;
  return n;
}

async function filterTo(el: PantauHeatmap, clauses: FilterClause[]): Promise<void> {
  filterDashboard(el, clauses);
  await el.ready;
}

const UNITS = ['damkar', 'dinkes', 'dkp3', 'kel-pelambuan'];

describe('<pantau-heatmap> over the Banjarmasin data (real DuckDB)', () => {
  afterEach(unmountAll);

  it('draws on-time rate per unit and month; unreported months hatched and "belum input"; accessible', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-heatmap source="layanan" x="month" y="unit_code" value="on_time_rate"
        title="Tepat waktu per unit dan bulan"></pantau-heatmap>
    </pantau-dashboard>`);
    const el = heatmap(host);
    await el.ready;
    await filterTo(el, [{ column: 'unit_code', predicate: 'in', value: UNITS }]);
    expect(el.status).toBe('ready');
    const cells = await tableCells(el);
    expect(cells.map((r) => r[0])).toEqual(UNITS);
    expect(cells.every((r) => r.length === 37)).toBe(true);
    const headers = [...shadow(el).querySelectorAll('[part="table"] thead th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(headers.slice(0, 3)).toEqual(['unit_code', 'Jan 2022', 'Feb 2022']);
    // A cell is "belum input" when the unit sent no row that month (damkar began in July 2022;
    // kel-pelambuan skipped 13 months) or its rate is null (nothing completed): never 0 %.
    expect(cells[0]!.slice(1, 7)).toEqual(Array(6).fill('belum input'));
    const reported = (unit: string) =>
      el.data.filter((r) => r['unit_code'] === unit && r['on_time_rate'] !== null).length;
    const missing = UNITS.map((unit) => 36 - reported(unit));
    expect(missing[3]).toBeGreaterThanOrEqual(13);
    UNITS.forEach((_, i) => {
      expect(cells[i]!.filter((c) => c === 'belum input')).toHaveLength(missing[i]!);
    });
    // Every reported cell is the value the query returned, formatted as a percentage.
    const byCell = new Map(
      el.data.map((r) => [
        `${r['unit_code'] as string}|${(r['month'] as Date).getTime()}`,
        r['on_time_rate'] as number | null,
      ]),
    );
    const jul2022 = new Date(Date.UTC(2022, 6, 1)).getTime();
    expect(cells[0]![7]).toBe(formatPercent(byCell.get(`damkar|${jul2022}`)!, 'id'));
    const svg = shadow(el).querySelector('svg')!;
    const total = missing.reduce((a, b) => a + b, 0);
    // One path per colour, a subpath per cell; unreported cells outlined in one path, hatched.
    expect(subpaths(svg.querySelectorAll('.pantau-cell-missing path:first-child'))).toBe(total);
    expect(subpaths(svg.querySelectorAll('path.pantau-cells'))).toBe(4 * 36 - total);
    expect(svg.querySelector('.pantau-legend-no-data')?.textContent).toBe('belum input');
    expect(summary(el)).toContain(
      `${total} sel belum input. Terbanyak belum input: kel-pelambuan (${missing[3]} dari 36).`,
    );
    await expectAccessible(el);
  });

  it('is accessible while loading, when empty, and in error; a bad column does not stop its neighbour', async () => {
    const waitingHost = mount(`<pantau-dashboard>
      <pantau-heatmap source="nanti" x="month" y="unit_code" value="count(*)" title="Menunggu"></pantau-heatmap>
    </pantau-dashboard>`);
    const waiting = heatmap(waitingHost);
    await waiting.updateComplete;
    expect(waiting.status).toBe('loading');
    await expectAccessible(waiting);

    const host = mount(`<pantau-dashboard lang="en">${SERVICE}
      <pantau-heatmap id="bad" source="layanan" x="month" y="unit_cod" value="on_time_rate" title="Broken"></pantau-heatmap>
      <pantau-heatmap id="empty" source="layanan" x="month" y="unit_code" value="sum(received)" title="Empty"></pantau-heatmap>
      <pantau-heatmap id="good" source="layanan" x="month" y="service" value="sum(received)" title="Fine"></pantau-heatmap>
    </pantau-dashboard>`);
    await settled(host);
    const bad = heatmap(host, '#bad');
    expect(bad.status).toBe('error');
    expect(bad.error?.code).toBe('UNKNOWN_COLUMN');
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toContain(
      'Did you mean "unit_code"?',
    );
    await expectAccessible(bad);
    expect(heatmap(host, '#good').status).toBe('ready');
    const empty = heatmap(host, '#empty');
    await filterTo(empty, [{ column: 'unit_code', predicate: 'eq', value: 'none' }]);
    expect(empty.status).toBe('empty');
    expect(shadow(empty).textContent).toContain('No data');
    await expectAccessible(empty);
  });

  it('is one tab stop; arrows walk a unit, Up/Down change units, announced; Enter selects the cell', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}<button id="before">sebelum</button>
      <pantau-heatmap source="layanan" x="month" y="unit_code" value="sum(received)"
        title="Permohonan"></pantau-heatmap>
    </pantau-dashboard>`);
    const el = heatmap(host);
    await el.ready;
    await filterTo(el, [{ column: 'unit_code', predicate: 'in', value: ['damkar', 'dinkes'] }]);
    const cells = await tableCells(el);
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(plot(el));
    await userEvent.keyboard('{ArrowRight}');
    expect(announcement(el)).toBe('damkar, Januari 2022: belum input (1 dari 72)');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowDown}');
    expect(announcement(el)).toBe(`dinkes, Februari 2022: ${cells[1]![2]} (38 dari 72)`);
    const selected = new Promise<SelectDetail>((resolve) =>
      host.addEventListener('pantau-select', (e) => resolve(e.detail), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    const detail = await selected;
    expect(detail.selection).toEqual({
      unit_code: 'dinkes',
      month: new Date(Date.UTC(2022, 1, 1)),
    });
    expect(detail.row).toMatchObject({
      unit_code: 'dinkes',
      month: new Date(Date.UTC(2022, 1, 1)),
    });
  });

  it('draws all 80 units x 36 months on a canvas, with every cell in marks and table', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-heatmap source="layanan" x="month" y="unit_code" value="on_time_rate"
        title="Semua unit" style="--pantau-chart-height: 640px"></pantau-heatmap>
    </pantau-dashboard>`);
    const el = heatmap(host);
    expect(await el.ready).toBe('ready');
    const canvas = shadow(el).querySelector('[part="plot"] canvas') as HTMLCanvasElement | null;
    expect(canvas).not.toBeNull();
    const pixels = canvas!.getContext('2d')!.getImageData(0, 0, canvas!.width, canvas!.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
    expect(painted).toBeGreaterThan(canvas!.width * canvas!.height * 0.3);
    expect(await tableCells(el)).toHaveLength(80);
    plot(el).focus();
    await userEvent.keyboard('{End}');
    expect(announcement(el)).toMatch(/, Desember 2024: .* \(2\.880 dari 2\.880\)$/);
    await expectAccessible(el);
  });

  it('colours IKM by category with its letter, and writes a unit with markup as text', async () => {
    const host = mount(`<pantau-dashboard>${IKM}
      <pantau-heatmap id="ikm" source="ikm" x="date" y="unit_code" value="ikm" interval="year"
        title="IKM per tahun"></pantau-heatmap>
      <pantau-source name="skor"></pantau-source>
      <pantau-heatmap id="xss" source="skor" x="tahun" y="unit" value="max(nilai)" title="Skor"></pantau-heatmap>
    </pantau-dashboard>`);
    const source = host.querySelector<HTMLElement & { rows: unknown; ready: Promise<unknown> }>(
      'pantau-source[name="skor"]',
    )!;
    source.rows = [
      { unit: '<img src=x onerror=alert(1)>', tahun: 2023, nilai: 3 },
      { unit: 'Dinsos', tahun: 2024, nilai: 2 },
    ];
    await source.ready;
    await settled(host);
    const ikm = heatmap(host, '#ikm');
    await filterTo(ikm, [
      { column: 'unit_code', predicate: 'in', value: ['disdukcapil', 'dinkes'] },
    ]);
    expect(ikm.status).toBe('ready');
    const cells = await tableCells(ikm);
    expect(cells.map((r) => r[0])).toEqual(['dinkes', 'disdukcapil']);
    expect(cells[0]!.slice(1).every((c) => /^\d{2},\d{2} \([ABCD]\)$/.test(c))).toBe(true);
    const svg = shadow(ikm).querySelector('svg')!;
    const fills = [...svg.querySelectorAll('path.pantau-cells')].map((p) => p.getAttribute('fill'));
    expect(fills.length).toBeGreaterThan(0);
    expect(fills.every((f) => f?.startsWith('var(--pantau-sys-grade-ikm-'))).toBe(true);
    expect([...svg.querySelectorAll('.pantau-legend-item')].map((g) => g.textContent)).toEqual([
      'A, Sangat Baik',
      'B, Baik',
      'C, Kurang Baik',
      'D, Tidak Baik',
    ]);
    await expectAccessible(ikm);

    const xss = heatmap(host, '#xss');
    expect(xss.status).toBe('ready');
    expect(shadow(xss).querySelector('img')).toBeNull();
    expect(shadow(xss).querySelector('svg .pantau-axis-left')?.textContent).toContain(
      '<img src=x onerror=alert(1)>',
    );
    expect(await tableCells(xss)).toEqual([
      ['<img src=x onerror=alert(1)>', '3', 'belum input'],
      ['Dinsos', 'belum input', '2'],
    ]);
    await expectAccessible(xss);
  });

  it('grows with its units (26 px a row and 96 px of legend and axis) unless the page sets its height', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="skor"></pantau-source>
      <pantau-heatmap id="grows" source="skor" x="tahun" y="unit" value="max(nilai)" title="Skor"></pantau-heatmap>
      <pantau-heatmap id="fixed" source="skor" x="tahun" y="unit" value="max(nilai)" title="Skor"
        style="--pantau-heatmap-height: 250px"></pantau-heatmap>
    </pantau-dashboard>`);
    const source = host.querySelector<HTMLElement & { rows: unknown; ready: Promise<unknown> }>(
      'pantau-source[name="skor"]',
    )!;
    source.rows = ['Dinsos', 'Dinkes', 'Damkar', 'Disdik', 'Dishub'].map((unit, i) => ({
      unit,
      tahun: 2024,
      nilai: i,
    }));
    await source.ready;
    await settled(host);
    const grows = heatmap(host, '#grows');
    const fixed = heatmap(host, '#fixed');
    expect(grows.status).toBe('ready');
    expect(fixed.status).toBe('ready');
    expect(grows.style.getPropertyValue('--pantau-heatmap-auto-height')).toBe(`${96 + 26 * 5}px`);
    expect(shadow(grows).querySelector('svg')?.getAttribute('height')).toBe(String(96 + 26 * 5));
    expect(fixed.style.getPropertyValue('--pantau-heatmap-auto-height')).toBe('');
  });
});

describe('<pantau-heatmap interval> publishes whole periods (real DuckDB, oracle queries)', () => {
  afterEach(unmountAll);

  it('Enter on a month cell filters the others to that month of timestamps; Shift+Enter extends to a range', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="apps" src="/datasets/banjarmasin/applications.parquet"></pantau-source>
      <pantau-heatmap id="months" source="apps" x="submitted_at" y="channel" value="count(*)"
        interval="month" title="Permohonan per saluran dan bulan"></pantau-heatmap>
      <pantau-test-list id="units" source="apps" x="unit_code" y="count(*)"></pantau-test-list>
    </pantau-dashboard>`);
    await settled(host);
    const el = heatmap(host, '#months');
    const units = host.querySelector<PantauChartElement>('#units')!;
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    plot(el).focus();
    // The first cell: the first channel in January 2022, whose timestamps are all after midnight.
    await userEvent.keyboard('{ArrowRight}{Enter}');
    const channel = String(el.data[0]?.['channel']);
    const january: [Date, Date] = [
      new Date(Date.UTC(2022, 0, 1)),
      new Date(Date.UTC(2022, 1, 1) - 1),
    ];
    expect(dashboard.filters).toEqual([
      { column: 'channel', predicate: 'eq', value: channel },
      { column: 'submitted_at', predicate: 'between', value: january },
    ]);
    const inJanuary = await oracle(
      host,
      `SELECT unit_code, count(*)::DOUBLE AS value FROM apps
       WHERE channel = ? AND date_trunc('month', submitted_at) = DATE '2022-01-01'
       GROUP BY 1 ORDER BY 2 DESC, 1`,
      [channel],
    );
    expect(inJanuary.length).toBeGreaterThan(0);
    await redrawn(units, () => sameRows(units.data, inJanuary));
    expect(shadow(el).querySelectorAll('.chosen-ring')).toHaveLength(1);

    // Shift+Enter on February of the same channel: January to February, both cells ringed.
    await userEvent.keyboard('{ArrowRight}{Shift>}{Enter}{/Shift}');
    expect(dashboard.filters).toEqual([
      { column: 'channel', predicate: 'eq', value: channel },
      {
        column: 'submitted_at',
        predicate: 'between',
        value: [january[0], new Date(Date.UTC(2022, 2, 1) - 1)],
      },
    ]);
    const toFebruary = await oracle(
      host,
      `SELECT unit_code, count(*)::DOUBLE AS value FROM apps
       WHERE channel = ? AND submitted_at >= TIMESTAMP '2022-01-01' AND submitted_at < TIMESTAMP '2022-03-01'
       GROUP BY 1 ORDER BY 2 DESC, 1`,
      [channel],
    );
    await redrawn(units, () => sameRows(units.data, toFebruary));
    expect(shadow(el).querySelectorAll('.chosen-ring')).toHaveLength(2);
    await expectAccessible(dashboard);
  });
});

/** Same rows whatever the order of ties. */
function sameRows(a: readonly Record<string, unknown>[], b: readonly Record<string, unknown>[]) {
  const key = (rows: readonly Record<string, unknown>[]) =>
    rows
      .map((r) => JSON.stringify(r))
      .sort()
      .join('\n');
  return key(a) === key(b);
}
