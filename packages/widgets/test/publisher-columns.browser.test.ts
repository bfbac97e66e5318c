import { describe, expect, it } from 'vitest';
import '../src/define.ts';
import { isPublisher, publisherColumns } from '../src/dashboard/publisher-columns.ts';

function element(tag: string, attributes: Record<string, string>): Element {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

describe('the columns a widget publishes on, declared by its own class', () => {
  it('reads each publishing element’s attributes, periods for a brush and period cells', () => {
    const bar = element('pantau-bar-chart', { x: 'unit_code', color: 'service', y: 'ikm' });
    expect(publisherColumns(bar)).toEqual([
      { column: 'unit_code', interval: null },
      { column: 'service', interval: null },
    ]);
    const donut = element('pantau-donut', { category: 'channel', value: 'count(*)' });
    expect(publisherColumns(donut)).toEqual([{ column: 'channel', interval: null }]);
    const heatmap = element('pantau-heatmap', { x: 'month', y: 'unit_code', interval: 'Month' });
    expect(publisherColumns(heatmap)).toEqual([
      { column: 'unit_code', interval: null },
      { column: 'month', interval: 'month' },
    ]);
    const line = element('pantau-line-chart', { x: 'month', series: 'unit', interval: 'year' });
    expect(publisherColumns(line)).toEqual([
      { column: 'month', interval: 'year' },
      { column: 'unit', interval: null },
    ]);
    // No interval, or one that is not a period: the column is kept whole.
    line.setAttribute('interval', 'fortnight');
    expect(publisherColumns(line)[0]).toEqual({ column: 'month', interval: null });
  });

  it('leaves out widgets that do not publish, or stand apart with filter-by="none"', () => {
    const apart = element('pantau-bar-chart', { x: 'unit_code', 'filter-by': ' NONE ' });
    expect(isPublisher(apart)).toBe(false);
    expect(publisherColumns(apart)).toEqual([]);
    const kpi = element('pantau-kpi', { value: 'ikm', time: 'month' });
    expect(isPublisher(kpi)).toBe(false);
    expect(publisherColumns(kpi)).toEqual([]);
    expect(publisherColumns(element('div', { x: 'unit_code' }))).toEqual([]);
    // Attributes not given publish nothing.
    expect(publisherColumns(element('pantau-bar-chart', { x: 'unit_code' }))).toEqual([
      { column: 'unit_code', interval: null },
    ]);
  });
});
