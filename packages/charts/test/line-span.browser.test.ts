import { describe, expect, it } from 'vitest';
import { renderLine, type LineData } from '../src/line/line.ts';
import { renderBars } from '../src/bars/index.ts';
import { spanAt, spanBox, spanOfValues } from '../src/line/span.ts';
import type { Box, ChartContext } from '../src/types.ts';

function context(width: number, height: number): ChartContext {
  return {
    lang: 'id',
    size: { width, height },
    formatValue: (v) => (v === null ? 'belum input' : String(v)),
    formatLabel: (v) => String(v),
  };
}

const month = (m: number) => new Date(Date.UTC(2024, m - 1, 1));

/** Jan..Jun 2024 without April: the axis puts April back as a gap. */
const data: LineData = {
  x: [1, 2, 3, 5, 6].map(month),
  series: [
    { name: 'Diterima', values: [10, 12, 11, 13, 14] },
    { name: 'Selesai', values: [8, 9, 10, 12, 12] },
  ],
};

/** The box an element occupies in its <svg>'s own pixels. */
function boxIn(svg: SVGSVGElement, el: Element): Box {
  const origin = svg.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
}

function attach(node: Element): () => void {
  document.body.append(node);
  return () => node.remove();
}

describe('line x axis and legend boxes, for brushing and choosing series', () => {
  it('reports every period (gaps included) at its pixel, and spans map drags to periods', () => {
    const out = renderLine(data, { interval: 'month' }, context(600, 300));
    const { xAxis } = out;
    expect(xAxis.interval).toBe('month');
    expect(xAxis.xs.map((x) => (x as Date).getUTCMonth() + 1)).toEqual([1, 2, 3, 4, 5, 6]);
    // Each point's mark is centred on its period's pixel.
    for (const mark of out.marks) {
      expect(mark.box.x + mark.box.width / 2).toBeCloseTo(xAxis.px[mark.col!]!, 5);
    }
    const [jan, feb, mar, apr] = xAxis.px as number[];
    // A drag across February and March, from either side.
    expect(spanAt(xAxis, feb! - 5, mar! + 5)).toEqual([1, 2]);
    expect(spanAt(xAxis, mar! + 5, feb! - 5)).toEqual([1, 2]);
    // Stopping a pixel short of a point still takes its period; a short drag takes its own.
    expect(spanAt(xAxis, feb!, mar! - 1)).toEqual([1, 2]);
    expect(spanAt(xAxis, jan! + 2, jan! + 8)).toEqual([0, 0]);
    expect(spanAt(xAxis, apr! - 3, apr! + 3)).toEqual([3, 3]);
    // Outside the plot, nothing.
    expect(spanAt(xAxis, 0, xAxis.plot.x - 1)).toBeNull();
    // Values back to rows: any instant inside [Feb 1, Mar 31] covers February and March.
    expect(spanOfValues(xAxis, month(2), new Date(Date.UTC(2024, 2, 31, 23, 59)))).toEqual([1, 2]);
    expect(spanOfValues(xAxis, month(8), month(9))).toBeNull();
    // The band of a span reaches half way to the neighbours and stays inside the plot.
    const band = spanBox(xAxis, [1, 2]);
    expect(band.x).toBeCloseTo((jan! + feb!) / 2, 5);
    expect(band.x + band.width).toBeCloseTo((mar! + apr!) / 2, 5);
    expect(band.y).toBe(xAxis.plot.y);
    expect(band.height).toBe(xAxis.plot.height);
    const whole = spanBox(xAxis, [0, 5]);
    expect(whole.x).toBe(xAxis.plot.x);
    expect(whole.x + whole.width).toBeCloseTo(xAxis.plot.x + xAxis.plot.width, 5);
  });

  it('puts a box on each drawn legend item of lines and bars, where the item is', () => {
    const line = renderLine(data, { interval: 'month' }, context(600, 300));
    const bars = renderBars(
      {
        labels: ['Inisiatif', 'Uji coba'],
        series: [
          { name: 'Terverifikasi', values: [3, 4] },
          { name: 'Ditolak', values: [1, 2] },
        ],
      },
      { mode: 'stacked' },
      context(600, 300),
    );
    // The line's legend also holds "belum input" for April, which has its box too.
    for (const [out, count] of [
      [line, 3],
      [bars, 2],
    ] as const) {
      const svg = out.node as SVGSVGElement;
      const detach = attach(svg);
      const items = [...svg.querySelectorAll('.pantau-legend-item')];
      expect(items).toHaveLength(count);
      items.forEach((item, i) => {
        const box = out.legend?.[i]?.box;
        expect(box).toBeDefined();
        const drawn = boxIn(svg, item);
        // The box holds the swatch and the label (text metrics differ from the estimate a little).
        expect(Math.abs(drawn.x - box!.x)).toBeLessThan(3);
        expect(Math.abs(drawn.y + drawn.height / 2 - (box!.y + box!.height / 2))).toBeLessThan(3);
        expect(Math.abs(drawn.width - box!.width)).toBeLessThan(12);
      });
      detach();
    }
  });

  it('gives no box to items the legend left out for room', () => {
    const many: LineData = {
      x: [month(1), month(2)],
      series: Array.from({ length: 40 }, (_, i) => ({ name: `Unit ${i + 1}`, values: [i, i + 1] })),
    };
    const out = renderLine(many, { interval: 'month' }, context(400, 240));
    const boxed = out.legend!.filter((item) => item.box !== undefined).length;
    expect(boxed).toBeGreaterThan(0);
    expect(boxed).toBeLessThan(40);
    expect(boxed).toBe(out.node.querySelectorAll('.pantau-legend-item').length);
  });
});
