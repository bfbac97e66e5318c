import { afterEach, describe, expect, it } from 'vitest';
import {
  ensureTitle,
  renderBars,
  renderDonut,
  renderHeatmap,
  renderKpi,
  renderLine,
  renderTable,
  type ChartContext,
  type ChartOutput,
} from '@pantau/charts';
import { PantauError } from '@pantau/core';
import { drawVirtually } from '../src/base/frame/virtual-drawing.ts';

function context(width: number, height: number, title = 'Permohonan'): ChartContext {
  const nf = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
  return {
    lang: 'id',
    size: { width, height },
    formatValue: (v) => (v === null ? 'belum input' : nf.format(v)),
    formatLabel: (v) => (v instanceof Date ? v.toISOString().slice(0, 7) : String(v)),
    title,
  };
}

const month = (m: number) => new Date(Date.UTC(2024, m - 1, 1));
const XSS = '<img src=x onerror=alert(1)>';

/** Renderers as the widgets call them, each with two answers (before and after a click). */
const DRAWINGS: Record<string, (second: boolean, d?: Document) => ChartOutput> = {
  bars: (second, document) =>
    renderBars(
      {
        labels: second
          ? ['Dinkes', XSS, 'Disdukcapil']
          : ['Disdukcapil', 'Dinkes', 'Dinsos', 'Damkar'],
        values: second ? [12, 7, null] : [91.2, 86.45, 80.5, 70.1],
      },
      { orientation: 'horizontal', xField: 'unit', labelHeader: 'Unit', valueHeader: 'Jumlah' },
      { ...context(560, 260), document },
    ),
  columns: (second, document) =>
    renderBars(
      { labels: ['web', 'loket', 'wa'], values: second ? [3.5, 4.25, 9] : [5, 2, 1] },
      { orientation: 'vertical', xField: 'channel', labelHeader: 'Kanal', valueHeader: 'SLA' },
      { ...context(420, 260), document },
    ),
  line: (second, document) =>
    renderLine(
      {
        x: second ? [1, 2, 3, 5, 6].map(month) : [1, 2, 3, 4, 5, 6, 7, 8].map(month),
        series: [
          {
            name: 'Permohonan',
            values: second ? [4, null, 6, 2, 9] : [10, 12, 9, 14, 20, 18, 11, 13],
          },
        ],
      },
      { interval: 'month' },
      { ...context(640, 300), document },
    ),
  donut: (second, document) =>
    renderDonut(
      {
        category: second ? ['selesai', XSS] : ['selesai', 'proses', 'ditolak'],
        value: second ? [9, 1] : [30, 15, 8],
      },
      { categoryField: 'status' },
      { ...context(420, 260), document },
    ),
  heatmap: (second, document) =>
    renderHeatmap(
      {
        rows: second ? ['Banjarmasin Utara'] : ['Banjarmasin Utara', 'Banjarmasin Selatan'],
        cols: ['selesai', 'proses'],
        values: second ? [5, null] : [10, 4, 7, 2],
      },
      {},
      { ...context(560, 240), document },
    ),
  kpi: (second, document) =>
    renderKpi(
      { value: second ? 120 : 4821, previous: second ? 150 : null },
      { label: 'Permohonan' },
      { ...context(300, 160, ''), document },
    ),
  table: (second, document) =>
    renderTable(
      {
        columns: {
          service: second ? ['KTP', 'KK'] : ['KTP', 'KK', XSS],
          n: second ? [3, 1] : [40, 31, 2],
        },
      },
      {
        columns: [
          { key: 'service', label: 'Layanan' },
          { key: 'n', label: 'Permohonan', numeric: true },
        ],
        sort: { key: 'n', desc: true },
        page: 0,
        pageSize: 3,
        totalRows: second ? 2 : 4,
      },
      { ...context(500, 300), document },
    ),
};

/** A drawing made in the page's document, named as the widget names it. */
function inDom(kind: string, second: boolean): Element {
  const out = DRAWINGS[kind]!(second);
  const svg = out.node.localName === 'svg' ? out.node : out.node.querySelector('svg');
  if (svg !== null) ensureTitle(svg as SVGSVGElement, document, out.summary);
  return out.node;
}

const mounted: Element[] = [];
afterEach(() => mounted.splice(0).forEach((n) => n.remove()));

// Issue 13: a redraw built in light nodes and written onto the drawing on screen must leave
// exactly what the page's own DOM calls would have drawn, on the same nodes.
describe('virtual drawing: light redraws written onto the drawing on screen', () => {
  for (const kind of Object.keys(DRAWINGS)) {
    it(`${kind}: the first drawing and a redraw equal the DOM's own, and keep the nodes on screen`, () => {
      const first = drawVirtually((d) => DRAWINGS[kind]!(false, d), null)!;
      expect(first.output.node.isConnected).toBe(false);
      expect(first.output.node.outerHTML).toBe(inDom(kind, false).outerHTML);
      document.body.append(first.output.node);
      mounted.push(first.output.node);
      const live = first.output.node;
      const firstChild = live.firstElementChild;

      const next = drawVirtually((d) => DRAWINGS[kind]!(true, d), {
        node: live,
        tree: first.tree,
      })!;
      expect(next.output.node).toBe(live);
      expect(live.outerHTML).toBe(inDom(kind, true).outerHTML);
      expect(live.firstElementChild).toBe(firstChild);
      // Data stays text: a unit named like markup is drawn as those characters.
      expect(live.querySelector('img')).toBeNull();
    });
  }

  it('a dense chart on a canvas: the same wrapper, overlay and canvas as in the DOM, never patched', () => {
    const rows = Array.from({ length: 52 }, (_, i) => `Kelurahan ${i + 1}`);
    const cols = Array.from({ length: 48 }, (_, i) => month(1 + i));
    const values = rows.flatMap((_, r) => cols.map((_, c) => ((r * 7 + c) % 40) + 1));
    const dense = (d?: Document) =>
      renderHeatmap({ rows, cols, values }, {}, { ...context(720, 520), document: d });
    const first = drawVirtually(dense, null)!;
    expect(first.output.surface).toBe('canvas');
    const own = dense();
    ensureTitle(own.node.querySelector('svg')!, document, own.summary);
    expect(first.output.node.outerHTML).toBe(own.node.outerHTML);
    document.body.append(first.output.node);
    mounted.push(first.output.node);
    const next = drawVirtually(dense, { node: first.output.node, tree: first.tree })!;
    expect(next.output.node).not.toBe(first.output.node);
    expect(next.output.node.outerHTML).toBe(own.node.outerHTML);
  });

  it('writes only what changed: an equal redraw touches no node', async () => {
    const first = drawVirtually((d) => DRAWINGS['bars']!(false, d), null)!;
    document.body.append(first.output.node);
    mounted.push(first.output.node);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((list) => changes.push(...list));
    observer.observe(first.output.node, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    drawVirtually((d) => DRAWINGS['bars']!(false, d), {
      node: first.output.node,
      tree: first.tree,
    });
    await Promise.resolve();
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes).toEqual([]);
  });

  it('patches a drawing made in the DOM (the first redraw after this module loads)', () => {
    const live = inDom('line', false);
    document.body.append(live);
    mounted.push(live);
    const title = live.firstElementChild;
    const next = drawVirtually((d) => DRAWINGS['line']!(true, d), { node: live, tree: undefined })!;
    expect(next.output.node).toBe(live);
    expect(live.outerHTML).toBe(inDom('line', true).outerHTML);
    expect(live.firstElementChild).toBe(title);
    // Linked: the redraw after it is written from the light tree onto the same nodes.
    drawVirtually((d) => DRAWINGS['line']!(false, d), { node: live, tree: next.tree });
    expect(live.outerHTML).toBe(inDom('line', false).outerHTML);
  });

  it('gives way to the page’s document for a DOM call it lacks, and passes on a chart’s own error', () => {
    const svg = (d: Document) => d.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const output = (node: Element): ChartOutput => ({
      node,
      marks: [],
      table: { caption: '', headers: [], rows: [] },
      summary: '',
      surface: 'svg',
    });
    const unknown = drawVirtually((d) => {
      const el = svg(d);
      (el as unknown as { tabIndex: number }).tabIndex = 0;
      return output(el);
    }, null);
    expect(unknown).toBeNull();
    const refusal = new PantauError({ code: 'QUERY_FAILED', text: { id: 'tidak', en: 'no' } });
    expect(() =>
      drawVirtually(() => {
        throw refusal;
      }, null),
    ).toThrow(refusal);
  });
});
