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
import { drawLight, redraw } from '../src/base/frame/virtual-drawing.ts';

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

/** SVG renderers as the widgets call them, each with two answers (before and after a click). */
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
};

/** The table's renderer builds HTML: it draws in the page's document. */
const table = (document?: Document): ChartOutput =>
  renderTable(
    {
      columns: {
        service: ['KTP', 'KK', XSS],
        n: [40, 31, 2],
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
      totalRows: 4,
    },
    { ...context(500, 300), document },
  );

/** A drawing made in the page's document, named as the widget names it. */
function inDom(kind: string, second: boolean): Element {
  const out = DRAWINGS[kind]!(second);
  const svg = out.node.localName === 'svg' ? out.node : out.node.querySelector('svg');
  if (svg !== null) ensureTitle(svg as SVGSVGElement, document, out.summary);
  return out.node;
}

const mounted: Element[] = [];
afterEach(() => mounted.splice(0).forEach((n) => n.remove()));

function onScreen(node: Element): Element {
  document.body.append(node);
  mounted.push(node);
  return node;
}

// Issue 13: a redraw built in light nodes and written onto the drawing on screen must leave
// exactly what the page's own DOM calls would have drawn, on the same nodes.
describe('virtual drawing: light redraws written onto the drawing on screen', () => {
  for (const kind of Object.keys(DRAWINGS)) {
    it(`${kind}: the first drawing and a redraw equal the DOM's own, and keep the nodes on screen`, () => {
      const [first, tree] = drawLight((d) => DRAWINGS[kind]!(false, d), null, undefined)!;
      expect(first.node.isConnected).toBe(false);
      expect(first.node.outerHTML).toBe(inDom(kind, false).outerHTML);
      const live = onScreen(first.node);
      const firstChild = live.firstElementChild;

      const [next] = drawLight((d) => DRAWINGS[kind]!(true, d), live, tree)!;
      expect(next.node).toBe(live);
      expect(live.outerHTML).toBe(inDom(kind, true).outerHTML);
      expect(live.firstElementChild).toBe(firstChild);
      // Data stays text: a unit named like markup is drawn as those characters.
      expect(live.querySelector('img')).toBeNull();
    });
  }

  it('writes only what changed: an equal redraw touches no node', () => {
    const [first, tree] = drawLight((d) => DRAWINGS['bars']!(false, d), null, undefined)!;
    const live = onScreen(first.node);
    const observer = new MutationObserver(() => undefined);
    observer.observe(live, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    drawLight((d) => DRAWINGS['bars']!(false, d), live, tree);
    const changes = observer.takeRecords();
    observer.disconnect();
    expect(changes).toEqual([]);
  });

  it('keeps a heatmap’s value labels when a colour goes from its cells: patched, not made again', () => {
    const cells = (values: (number | null)[], document?: Document) =>
      renderHeatmap(
        { rows: ['Banjarmasin Utara', 'Banjarmasin Selatan'], cols: ['selesai', 'proses'], values },
        {},
        { ...context(560, 240), document },
      );
    const [first, tree] = drawLight((d) => cells([10, 4, 7, 2], d), null, undefined)!;
    const live = onScreen(first.node);
    const labels = live.querySelector('.pantau-heatmap-values');
    expect(labels?.querySelectorAll('text').length).toBe(4);
    const observer = new MutationObserver(() => undefined);
    observer.observe(live, { subtree: true, childList: true });
    // Four colours become three and a missing cell: the missing cells' group comes before the labels.
    const [, shown] = drawLight((d) => cells([10, 4, 7, null], d), live, tree)!;
    const added = observer.takeRecords().flatMap((r) => [...r.addedNodes]);
    observer.disconnect();
    const dom = cells([10, 4, 7, null]).node;
    ensureTitle(dom as SVGSVGElement, document, cells([10, 4, 7, null]).summary);
    expect(live.outerHTML).toBe(dom.outerHTML);
    expect(live.querySelector('.pantau-heatmap-values')).toBe(labels);
    // Only what is new: the legend's "no data" key and the missing cell's hatching.
    expect(added.map((n) => (n as Element).getAttribute?.('class') ?? n.nodeName)).toEqual([
      'pantau-legend-item pantau-legend-no-data',
      'pantau-cell-missing',
    ]);

    // Two colours more go at once: both paths are dropped and nothing is made again.
    observer.observe(live, { subtree: true, childList: true });
    drawLight((d) => cells([10, 10, 10, null], d), live, shown);
    const changes = observer.takeRecords();
    observer.disconnect();
    expect(changes.flatMap((r) => [...r.addedNodes])).toEqual([]);
    expect(changes.flatMap((r) => [...r.removedNodes]).map((n) => n.nodeName)).toEqual([
      'path',
      'path',
    ]);
    expect(live.querySelector('.pantau-heatmap-values')).toBe(labels);
    const after = cells([10, 10, 10, null]);
    ensureTitle(after.node as SVGSVGElement, document, after.summary);
    expect(live.outerHTML).toBe(after.node.outerHTML);
  });

  it('patches a line’s marker into a lone dot in place (a mark’s class is written, not remade)', () => {
    const line = (values: (number | null)[], document?: Document) =>
      renderLine(
        { x: [1, 2, 3, 4].map(month), series: [{ name: 'Permohonan', values }] },
        { interval: 'month', markers: true },
        { ...context(640, 300), document },
      );
    const [first, tree] = drawLight((d) => line([4, 5, 6, 7], d), null, undefined)!;
    const live = onScreen(first.node);
    expect(live.querySelectorAll('.pantau-marker').length).toBe(4);
    const observer = new MutationObserver(() => undefined);
    const series = live.querySelector('.pantau-series')!;
    observer.observe(series, { subtree: true, childList: true });
    drawLight((d) => line([4, null, 6, 7], d), live, tree);
    const changes = observer.takeRecords();
    observer.disconnect();
    // The line's marks: one marker becomes the dot, one goes; none is made anew.
    expect(series.querySelectorAll('.pantau-dot').length).toBe(1);
    expect(changes.flatMap((r) => [...r.addedNodes])).toEqual([]);
    expect(changes.flatMap((r) => [...r.removedNodes]).length).toBe(1);
    const after = line([4, null, 6, 7]);
    ensureTitle(after.node as SVGSVGElement, document, after.summary);
    expect(live.outerHTML).toBe(after.node.outerHTML);
  });

  it('patches a drawing made in the DOM (the first redraw after this module loads), then writes from its own', () => {
    const live = onScreen(inDom('line', false));
    const title = live.firstElementChild;
    const [next, tree] = drawLight((d) => DRAWINGS['line']!(true, d), live, undefined)!;
    expect(next.node).toBe(live);
    expect(live.outerHTML).toBe(inDom('line', true).outerHTML);
    expect(live.firstElementChild).toBe(title);
    drawLight((d) => DRAWINGS['line']!(false, d), live, tree);
    expect(live.outerHTML).toBe(inDom('line', false).outerHTML);
    expect(live.firstElementChild).toBe(title);
  });

  it('gives way to the page’s document for an HTML table, a canvas or a DOM call it lacks', () => {
    expect(drawLight(table, null, undefined)).toBeNull();
    const rows = Array.from({ length: 52 }, (_, i) => `Kelurahan ${i + 1}`);
    const cols = Array.from({ length: 48 }, (_, i) => month(1 + i));
    const values = rows.flatMap((_, r) => cols.map((_, c) => ((r * 7 + c) % 40) + 1));
    const dense = (document?: Document) =>
      renderHeatmap({ rows, cols, values }, {}, { ...context(720, 520), document });
    expect(dense().surface).toBe('canvas');
    expect(drawLight(dense, null, undefined)).toBeNull();
    const unknown = drawLight(
      (d) => {
        const el = d.createElementNS('http://www.w3.org/2000/svg', 'svg');
        (el as unknown as { tabIndex: number }).tabIndex = 0;
        return {
          node: el,
          marks: [],
          table: { caption: '', headers: [], rows: [] },
          summary: '',
          surface: 'svg',
        };
      },
      null,
      undefined,
    );
    expect(unknown).toBeNull();
  });

  it('redraws a table in the page’s document, patched onto the one on screen, and tries light nodes no more', () => {
    const [first, mode] = redraw(table, null, undefined);
    expect(mode).toBeNull();
    const live = onScreen(first.node);
    const head = live.querySelector('thead');
    const documents: (Document | undefined)[] = [];
    const [next, again] = redraw(
      (d) => {
        documents.push(d);
        return table(d);
      },
      live,
      mode,
    );
    expect(next.node).toBe(live);
    expect(live.querySelector('thead')).toBe(head);
    expect(again).toBeNull();
    expect(documents).toEqual([undefined]);
  });

  it('passes on a chart’s own error (data it cannot draw)', () => {
    const refusal = new PantauError({ code: 'QUERY_FAILED', text: { id: 'tidak', en: 'no' } });
    expect(() =>
      drawLight(
        () => {
          throw refusal;
        },
        null,
        undefined,
      ),
    ).toThrow(refusal);
  });
});
