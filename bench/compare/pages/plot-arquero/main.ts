/**
 * Observable Plot + Arquero, no database: the columns are read with hyparquet (Arquero 8 has no
 * Parquet reader), aggregated by Arquero in the page, drawn by Plot; clicks and a d3 brush (Plot
 * has no selection interactors) drive the cross-filter by hand.
 */
import * as aq from 'arquero';
import * as Plot from '@observablehq/plot';
import type { WidgetId } from '../../spec.mjs';
import { deepQueryAll, installBench, rectOf, type Adapter, type Rect } from '../../page/measure.ts';
import { readParquetColumns } from '../../page/parquet-columns.ts';
import { attachBrush } from '../brush.ts';
import { CrossFilter, OTHERS, monthRange, type Publisher } from '../selection.ts';

/** Arquero parses these functions' source; the types are for TypeScript only. */
type Row = Record<string, unknown>;
type Nums = Record<string, number>;
type ColumnTable = ReturnType<typeof aq.table>;
let table: ColumnTable;
const drawn = new Set<WidgetId>();
const host = () => document.getElementById('host')!;

function cell(id: WidgetId): HTMLElement {
  let div = document.querySelector<HTMLElement>(`[data-w="${id}"]`);
  if (!div) {
    div = document.createElement('div');
    div.className = 'cell';
    div.dataset['w'] = id;
    host().append(div);
  }
  return div;
}

const filter = new CrossFilter((except) => {
  for (const id of OTHERS[except]) draw(id);
});

/** The table filtered by every selection but `own`'s. */
function filtered(own: Publisher | null): ColumnTable {
  const { units, status, range } = filter.state;
  let t = table;
  if (own !== 'units' && units?.length)
    t = t.params({ u: units[0] }).filter((d: Row, $: Row) => d['unit_code'] === $['u']);
  if (own !== 'status' && status?.length)
    t = t.params({ s: status[0] }).filter((d: Row, $: Row) => d['status'] === $['s']);
  if (own !== 'months' && range) {
    const from = Date.parse(`${range[0].replace(' ', 'T')}Z`);
    const to = Date.parse(`${range[1].replace(' ', 'T')}Z`);
    t = t
      .params({ from, to })
      .filter((d: Nums, $: Nums) => d['month']! >= $['from']! && d['month']! < $['to']!);
  }
  return t;
}

const counts = (t: ColumnTable, by: string[]) =>
  t
    .groupby(...by)
    .count({ as: 'v' })
    .objects() as Record<string, number | string>[];

function kpi(id: WidgetId, label: string, value: number): void {
  const div = cell(id);
  div.replaceChildren();
  const caption = document.createElement('p');
  caption.textContent = label;
  const v = document.createElement('p');
  v.className = 'kpi';
  v.textContent = value.toLocaleString('id-ID', { maximumFractionDigits: 1 });
  div.append(caption, v);
}

function draw(id: WidgetId): void {
  const div = cell(id);
  if (id === 'total') kpi(id, 'Permohonan', filtered(null).numRows());
  else if (id === 'sla') {
    const t = filtered(null)
      .rollup({ v: aq.op.mean('sla_days') })
      .object() as { v: number };
    kpi(id, 'Rata-rata standar (hari)', t.v);
  } else if (id === 'units') {
    const data = counts(filtered('units'), ['unit_code'])
      .sort(
        (a, b) =>
          Number(b['v']) - Number(a['v']) ||
          String(a['unit_code']).localeCompare(String(b['unit_code'])),
      )
      .slice(0, 20);
    const chart = Plot.plot({
      width: 600,
      height: 420,
      marginLeft: 110,
      y: { domain: data.map((d) => d['unit_code']) },
      marks: [Plot.barX(data, { x: 'v', y: 'unit_code' })],
    });
    chart.addEventListener('click', (e) => {
      const rects = [...chart.querySelectorAll('g[aria-label="bar"] rect')];
      const i = rects.indexOf(e.target as Element);
      if (i >= 0) filter.click('units', String(data[i]!['unit_code']));
    });
    div.replaceChildren(chart);
  } else if (id === 'status') {
    const data = counts(filtered('status'), ['status']).sort((a, b) =>
      String(a['status']).localeCompare(String(b['status'])),
    );
    const chart = Plot.plot({
      width: 600,
      height: 260,
      marginLeft: 60,
      x: { domain: data.map((d) => d['status']) },
      marks: [Plot.barY(data, { x: 'status', y: 'v' })],
    });
    chart.addEventListener('click', (e) => {
      const rects = [...chart.querySelectorAll('g[aria-label="bar"] rect')];
      const i = rects.indexOf(e.target as Element);
      if (i >= 0) filter.click('status', String(data[i]!['status']));
    });
    div.replaceChildren(chart);
  } else if (id === 'months') {
    const data = counts(filtered('months'), ['month'])
      .map((d) => ({ month: new Date(Number(d['month'])), v: Number(d['v']) }))
      .sort((a, b) => +a.month - +b.month);
    const chart = Plot.plot({
      width: 600,
      height: 260,
      marginLeft: 60,
      x: { type: 'utc' },
      marks: [Plot.lineY(data, { x: 'month', y: 'v' })],
    });
    const x = chart.scale('x')!;
    attachBrush(
      chart as Element as SVGSVGElement,
      { left: 60, right: 580, top: 20, bottom: 230 },
      (x0, x1) => filter.brush(monthRange(Number(x.invert!(x0)), Number(x.invert!(x1)))),
    );
    div.replaceChildren(chart);
  } else {
    const data = counts(filtered(null), ['month', 'kecamatan']).map((d) => ({
      month: new Date(Number(d['month'])),
      kecamatan: d['kecamatan'],
      v: d['v'],
    }));
    div.replaceChildren(
      Plot.plot({
        width: 600,
        height: 220,
        marginLeft: 140,
        x: { type: 'band', tickFormat: '%m/%y' },
        marks: [Plot.cell(data, { x: 'month', y: 'kecamatan', fill: 'v' })],
      }),
    );
  }
  drawn.add(id);
}

const adapter: Adapter = {
  async start(dataUrl) {
    const c = await readParquetColumns(
      dataUrl,
      ['unit_code', 'status', 'kecamatan'],
      ['submitted_at', 'sla_days'],
    );
    // The month of each row once, as a user would derive it before grouping.
    const ms = c.numbers['submitted_at']!;
    const month = new Float64Array(ms.length);
    for (let i = 0; i < ms.length; i++) {
      const d = new Date(ms[i]!);
      month[i] = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    }
    table = aq.table({ ...c.strings, sla_days: c.numbers['sla_days']!, month });
    for (const id of ['total', 'sla', 'units', 'status', 'months', 'heat'] as const) cell(id);
    // Drawn after the load resolves, in a task of its own, like the other contenders' first draw.
    setTimeout(() => {
      for (const id of ['total', 'months', 'sla', 'units', 'status', 'heat'] as const) draw(id);
    });
    return { route: 'hyparquet (HTTP range reads, 5 columns) -> JS arrays -> Arquero table' };
  },
  isDrawn: (id) => drawn.has(id),
  pending: () => 0,
  targets() {
    const marks = (id: WidgetId, selector: string) => deepQueryAll(selector, cell(id));
    const byY = (a: Rect, b: Rect) => a.y - b.y;
    const line = marks('months', 'g[aria-label="line"] path')[0];
    return {
      units: marks('units', 'g[aria-label="bar"] rect').map(rectOf).sort(byY),
      status: marks('status', 'g[aria-label="bar"] rect').map(rectOf),
      line: line ? rectOf(line) : null,
    };
  },
  versions: () => ({ engine: 'Arquero (JavaScript, no database)' }),
};

installBench(adapter);
