import { describe, expect, it } from 'vitest';
import { bandAxis, continuousAxis, fittedText } from '../src/axes.ts';
import { bandScale, valueScale } from '../src/scales.ts';

describe('axes in the DOM', () => {
  it('draws a band axis with cut labels that keep the full text in a title', () => {
    const long = 'Dinas Kependudukan dan Pencatatan Sipil';
    const labels = ['Dinkes', long, '<img src=x onerror=alert(1)>'];
    const scale = bandScale(['0', '1', '2'], [0, 90]);
    const g = bandAxis(document, scale, {
      orient: 'left',
      offset: 100,
      label: (k) => labels[Number(k)]!,
      maxLabelWidth: 90,
    });
    const texts = [...g.querySelectorAll('text')];
    expect(texts).toHaveLength(3);
    expect(texts[0]!.textContent).toBe('Dinkes');
    expect(texts[0]!.querySelector('title')).toBeNull();
    expect(texts[1]!.querySelector('title')!.textContent).toBe(long);
    expect(texts[1]!.lastChild!.textContent).toMatch(/…$/);
    expect(g.querySelector('img')).toBeNull();
    expect(texts[2]!.textContent).toContain('<img');
  });

  it('draws ticks, grid lines and formatted labels on a value axis', () => {
    const scale = valueScale([0, 91.2], [0, 300]);
    const g = continuousAxis(document, scale, {
      orient: 'bottom',
      offset: 200,
      format: (v) => `${v}%`,
      ticks: 5,
      gridLength: 180,
    });
    const labels = [...g.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    const grid = [...g.querySelectorAll('line.pantau-grid')];
    expect(grid).toHaveLength(6);
    expect(grid[1]!.getAttribute('y2')).toBe('20');
  });

  it('sets label text as text, never markup', () => {
    const t = fittedText(document, { x: 0, y: 0 }, '<b>x</b>', 500);
    expect(t.querySelector('b')).toBeNull();
    expect(t.textContent).toBe('<b>x</b>');
  });
});
