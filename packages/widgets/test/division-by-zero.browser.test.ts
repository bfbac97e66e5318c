/**
 * Issue 18, item 7: a ratio over a zero denominator is "tak terhitung (dibagi nol)", never "belum
 * input" (that blames a unit that did report), never drawn as zero. One dashboard on the real
 * duckdb-wasm, every chart kind over `sum(done) / sum(received)`: Dinsos reported and received
 * nothing (0 / 0 and 2 / 0), Disdik left `received` empty (not reported). Each chart's `data`, its
 * data table and its text alternative must tell the two apart, and the CSV export too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.ts';
import type { PantauChartElement, PantauDashboard } from '../src/index.ts';
import { rowsToCsv } from '../src/base/export.ts';
import { controllerOf } from '../src/base/query-controller.ts';
import { mount, plot, settled, shadow, tableCells, unmountAll } from './support/mount.ts';

const NOT_COMPUTABLE = 'tak terhitung (dibagi nol)';
const NOT_REPORTED = 'belum input';

// Months: Jan and Feb have a ratio; March only Dinsos (received 0: NaN); April only Disdik
// (received empty: NULL). Aspects: a, b reported; c received 0; d received empty.
const CSV = `unit,aspect,month,done,received,nol
dinkes,a,2024-01-15,8,10,0
dinkes,b,2024-02-15,3,4,0
dinsos,a,2024-01-20,0,0,0
dinsos,b,2024-02-20,2,0,0
dinsos,c,2024-03-05,1,0,0
disdik,a,2024-01-10,5,,0
disdik,d,2024-04-05,2,,0
`;

const RATIO = 'sum(done) / sum(received)';
/** Over the whole table: nothing is ever received in `nol`. */
const ZERO_RATIO = 'sum(done) / sum(nol)';

interface Case {
  kind: string;
  markup: string;
  /** The key a data row stands for. */
  key: (row: Record<string, unknown>) => string;
  /** Which keys must read NaN (not computable) and which null (not reported). */
  nan: string[];
  missing: string[];
  /** What the text alternative must say: not computable, not reported (null: it is the table). */
  says: { notComputable: boolean; missing: boolean } | null;
}

const month = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 7) : String(v));

const CASES: Case[] = [
  {
    kind: 'bar',
    markup: `<pantau-bar-chart source="d" x="unit" y="${RATIO}" title="Rasio per unit"></pantau-bar-chart>`,
    key: (row) => String(row['unit']),
    nan: ['dinsos'],
    missing: ['disdik'],
    says: { notComputable: true, missing: true },
  },
  {
    kind: 'line',
    markup: `<pantau-line-chart source="d" x="month" y="${RATIO}" interval="month" title="Rasio per bulan"></pantau-line-chart>`,
    key: (row) => month(row['month']),
    nan: ['2024-03'],
    missing: ['2024-04'],
    says: { notComputable: true, missing: true },
  },
  {
    kind: 'heatmap',
    markup: `<pantau-heatmap source="d" x="month" y="unit" value="${RATIO}" interval="month" title="Peta rasio"></pantau-heatmap>`,
    key: (row) => `${String(row['unit'])}|${month(row['month'])}`,
    nan: ['dinsos|2024-01', 'dinsos|2024-02', 'dinsos|2024-03'],
    missing: ['disdik|2024-01', 'disdik|2024-04'],
    says: { notComputable: true, missing: true },
  },
  {
    kind: 'donut',
    markup: `<pantau-donut source="d" category="aspect" value="${RATIO}" title="Rasio per aspek"></pantau-donut>`,
    key: (row) => String(row['aspect']),
    nan: ['c'],
    missing: ['d'],
    says: { notComputable: true, missing: true },
  },
  {
    kind: 'radar',
    markup: `<pantau-radar source="d" axis="aspect" value="${RATIO}" title="Radar rasio"></pantau-radar>`,
    key: (row) => String(row['aspect']),
    nan: ['c'],
    missing: ['d'],
    says: { notComputable: true, missing: true },
  },
  {
    kind: 'table',
    markup: `<pantau-table source="d" columns="unit, ${RATIO}" title="Tabel rasio"></pantau-table>`,
    key: (row) => String(row['unit']),
    nan: ['dinsos'],
    missing: ['disdik'],
    says: null,
  },
  {
    kind: 'kpi',
    markup: `<pantau-kpi source="d" value="${ZERO_RATIO}" title="Rasio terhadap nol"></pantau-kpi>`,
    key: () => 'all',
    nan: ['all'],
    missing: [],
    says: { notComputable: true, missing: false },
  },
  {
    kind: 'gauge',
    markup: `<pantau-gauge source="d" value="${ZERO_RATIO}" bands="R 0..1 Rendah; T 1..2 Tinggi" title="Jarum rasio"></pantau-gauge>`,
    key: () => 'all',
    nan: ['all'],
    missing: [],
    says: { notComputable: true, missing: false },
  },
  {
    // The newest month (April) is Disdik's, with nothing received reported: "belum input"; the
    // headline is that month, March (not computable) is in its sparkline and table.
    kind: 'kpi by month',
    markup: `<pantau-kpi source="d" value="${RATIO}" time="month" interval="month" title="Rasio bulan terakhir"></pantau-kpi>`,
    key: (row) => month(row['month']),
    nan: ['2024-03'],
    missing: ['2024-04'],
    says: { notComputable: false, missing: true },
  },
];

/** The row's ratio: its own column (named as written), or the one column that is not a key. */
function measureOf(row: Record<string, unknown>): unknown {
  for (const measure of [RATIO, ZERO_RATIO]) if (measure in row) return row[measure];
  const values = Object.entries(row).filter(([k]) => !['unit', 'aspect', 'month'].includes(k));
  return values.length === 1 ? values[0]![1] : undefined;
}

function summaryOf(el: Element): string {
  return shadow(el).querySelector('[part="summary"]')?.textContent ?? '';
}

describe('division by zero reads "tak terhitung", not "belum input", in every chart kind', () => {
  let url = '';
  let elements: PantauChartElement[] = [];
  beforeAll(async () => {
    url = URL.createObjectURL(new Blob([CSV], { type: 'text/csv' }));
    const host = mount(`<pantau-dashboard lang="id">
      <pantau-source name="d" src="${url}" format="csv"></pantau-source>
      ${CASES.map((c) => c.markup).join('\n')}
    </pantau-dashboard>`);
    elements = CASES.map((_, i) =>
      host.querySelector<PantauChartElement>(`pantau-dashboard > :nth-child(${i + 2})`)!,
    );
    for (const [i, el] of elements.entries()) {
      const status = await el.ready;
      expect(status, `${CASES[i]!.kind}: ${el.error?.messageIn('en') ?? ''}`).toBe('ready');
    }
  });
  afterAll(() => {
    unmountAll();
    URL.revokeObjectURL(url);
  });

  for (const [i, c] of CASES.entries()) {
    it(`${c.kind}: data holds NaN for a zero divisor and null for a missing one`, () => {
      const rows = elements[i]!.data;
      const byKey = new Map(rows.map((row) => [c.key(row), measureOf(row)]));
      for (const key of c.nan) expect(byKey.get(key), `${c.kind} ${key}`).toBeNaN();
      for (const key of c.missing) expect(byKey.get(key), `${c.kind} ${key}`).toBeNull();
      // Every other value is a finite figure, never 0 standing in for either.
      for (const [key, value] of byKey) {
        if (c.nan.includes(key) || c.missing.includes(key)) continue;
        expect(Number.isFinite(value), `${c.kind} ${key}: ${String(value)}`).toBe(true);
      }
    });

    it(`${c.kind}: the text alternative and the data table say "${NOT_COMPUTABLE}"`, async () => {
      const el = elements[i]!;
      const summary = summaryOf(el);
      if (c.says !== null) {
        expect(summary.includes(NOT_COMPUTABLE), `${c.kind}: ${summary}`).toBe(
          c.says.notComputable,
        );
        expect(summary.includes(NOT_REPORTED), `${c.kind}: ${summary}`).toBe(c.says.missing);
      }
      const text =
        c.kind === 'table'
          ? [...shadow(el).querySelectorAll('tbody tr')].map((tr) =>
              [...tr.children].map((cell) => cell.textContent?.trim() ?? ''),
            )
          : await tableCells(el);
      const flat = text.flat();
      expect(flat, c.kind).toContain(NOT_COMPUTABLE);
      if (c.missing.length > 0) expect(flat, c.kind).toContain(NOT_REPORTED);
      // Never a zero standing in for either.
      expect(
        flat.filter((cell) => cell === '0' || cell === '0,00'),
        c.kind,
      ).toEqual([]);
    });
  }

  it('counts a zero divisor apart from units that did not report, and names it', () => {
    const bar = summaryOf(elements[0]!);
    expect(bar).toContain('1 unit tak terhitung (dibagi nol): dinsos.');
    expect(bar).toContain('1 unit belum input.');
    const heatmap = summaryOf(elements[2]!);
    // 3 Dinsos cells not computable; 2 reported (Dinkes), the other 7 of 12 not reported.
    expect(heatmap).toContain('3 sel tak terhitung (dibagi nol)');
    expect(heatmap).toContain('7 sel belum input');
  });

  it('draws no bar, slice or point for it, and writes the words where a bar would be', () => {
    const bars = shadow(elements[0]!);
    const notComputable = bars.querySelector('.pantau-bar-not-computable');
    expect(notComputable?.textContent).toBe(NOT_COMPUTABLE);
    // One bar (Dinkes): no zero-length bar for Dinsos or Disdik.
    expect(bars.querySelectorAll('rect.pantau-bar')).toHaveLength(1);
    const donutNotes = shadow(elements[3]!).querySelector('.pantau-donut-notes')?.textContent;
    expect(donutNotes).toContain(`${NOT_COMPUTABLE}: c`);
    expect(donutNotes).toContain(`${NOT_REPORTED}: d`);
    expect(shadow(elements[4]!).querySelector('svg')?.textContent).toContain(NOT_COMPUTABLE);
    expect(shadow(elements[6]!).querySelector('.pantau-kpi-value')?.textContent).toBe(
      NOT_COMPUTABLE,
    );
  });

  it('exports #DIV/0! for it in CSV, and an empty cell for not reported', () => {
    const table = elements[5]!;
    const csv = rowsToCsv(Object.keys(table.data[0]!), table.data);
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines.find((l) => l.startsWith('dinsos,'))).toBe('dinsos,#DIV/0!');
    expect(lines.find((l) => l.startsWith('disdik,'))).toBe('disdik,');
  });
});

describe('a pre-aggregated table (cube) gives the same marker', () => {
  afterAll(() => unmountAll());

  it('answers the donut and the heatmap from a cube with NaN and null where the base table has them', async () => {
    const url = URL.createObjectURL(new Blob([CSV], { type: 'text/csv' }));
    const host = mount(`<pantau-dashboard id="kubus" lang="id">
      <pantau-source name="d" src="${url}" format="csv"></pantau-source>
      <pantau-bar-chart id="kubus-unit" source="d" x="unit" y="count(*)" title="Baris"></pantau-bar-chart>
      <pantau-donut id="kubus-aspek" source="d" category="aspect" value="${RATIO}" title="Aspek"></pantau-donut>
      <pantau-heatmap id="kubus-peta" source="d" x="month" y="unit" value="${RATIO}" interval="month" title="Peta"></pantau-heatmap>
    </pantau-dashboard>`);
    const dashboard = host.querySelector<PantauDashboard>('#kubus')!;
    // Seven rows are "large" here, so entering the bar chart builds cubes for the others,
    // and a cube as large as its table (which would be dropped as saving nothing) is kept.
    dashboard.coordinator.preAggregator.options.minRows = 1;
    dashboard.coordinator.preAggregator.options.maxCubeShare = 10;
    await settled(host);
    const units = host.querySelector<PantauChartElement>('#kubus-unit')!;
    await userEvent.hover(plot(units));
    // The builds were asked for on entry, before hover() returned: settled() waits for them.
    await dashboard.coordinator.preAggregator.settled();
    expect(dashboard.coordinator.preAggregator.cubes.length).toBeGreaterThan(0);

    const before = dashboard.coordinator.preAggregator.stats.cube;
    const donut = host.querySelector<PantauChartElement>('#kubus-aspek')!;
    const heatmap = host.querySelector<PantauChartElement>('#kubus-peta')!;
    // All three units, as a Shift-click on every bar would publish: the same groups as before.
    dashboard.selection.update('kubus-unit', [
      { column: 'unit', predicate: 'in', value: ['dinkes', 'dinsos', 'disdik'] },
    ]);
    // The update set each re-queried widget loading as it was published: settled waits for them.
    await settled(host);
    expect(dashboard.coordinator.preAggregator.stats.cube).toBeGreaterThanOrEqual(before + 2);
    expect(controllerOf(donut)!.status).toBe('ready');
    expect(controllerOf(heatmap)!.status).toBe('ready');
    const aspect = new Map(donut.data.map((r) => [String(r['aspect']), r[RATIO]]));
    expect(aspect.get('a')).toBeCloseTo(13 / 10, 12);
    expect(aspect.get('c')).toBeNaN();
    expect(aspect.get('d')).toBeNull();
    const cells = new Map(
      heatmap.data.map((r) => [`${String(r['unit'])}|${month(r['month'])}`, r[RATIO]]),
    );
    expect(cells.get('dinsos|2024-03')).toBeNaN();
    expect(cells.get('disdik|2024-04')).toBeNull();
    expect(summaryOf(donut)).toContain('1 kategori tak terhitung (dibagi nol): c.');
    URL.revokeObjectURL(url);
  });
});
