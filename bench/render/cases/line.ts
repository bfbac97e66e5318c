/**
 * Lines and areas draw every point they get: the renderer itself keeps the drawing pixel-sized
 * (M4 above ~4 points per pixel column, canvas above 2,000 drawn points). So the input here is
 * plain columns of `rows` points in memory, as a query answer would hold them: hourly readings
 * from 2022-01-01 (a monitoring feed), a random walk per series with a few unreported stretches.
 */

import { buildAxis, m4Union, renderLine, type LineData } from '@pantau/charts';
import type { MemoryCase } from '../case.ts';

const HOUR_MS = 3_600_000;
const START = Date.UTC(2022, 0, 1);
const PLOT_WIDTH = 580;

/** Deterministic 0..1 (mulberry32), so every run draws the same lines. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `rows` hourly points per series; about 1 % of points sit in unreported stretches. */
export function hourlySeries(rows: number, names: readonly string[]): LineData {
  const x = Array.from({ length: rows }, (_, i) => new Date(START + i * HOUR_MS));
  const series = names.map((name, s) => {
    const next = random(20240717 + s);
    const values: (number | null)[] = new Array<number | null>(rows);
    let level = 70 + 5 * s;
    let gap = 0;
    for (let i = 0; i < rows; i++) {
      level = Math.min(100, Math.max(40, level + (next() - 0.5) * 2));
      if (gap === 0 && next() < 0.001) gap = 1 + Math.floor(next() * 10);
      values[i] = gap > 0 ? null : Math.round(level * 100) / 100;
      if (gap > 0) gap--;
    }
    return { name, values };
  });
  return { x, series };
}

function lineCase(variant: string, names: readonly string[], area: boolean): MemoryCase {
  return {
    kind: area ? 'area' : 'line',
    variant,
    rows: `points per series in memory (hourly), ${names.length} series; drawn through M4 and canvas by the renderer`,
    size: { width: 640, height: 320 },
    format: 'number:1',
    noun: 'points',
    source: 'memory',
    prepare(rows) {
      const data = hourlySeries(rows, names);
      // The x positions M4 works on, as the renderer computes them (plot about 580 px wide).
      const axis = buildAxis(data);
      const keys = axis.xs.map((x) => (typeof x === 'number' ? x : x.getTime()));
      const lo = keys[0] ?? 0;
      const span = Math.max(1, (keys.at(-1) ?? 1) - lo);
      const px = keys.map((k) => ((k - lo) / span) * PLOT_WIDTH);
      return {
        marks: rows * names.length,
        draw: (context) => renderLine(data, { area, xField: 'time' }, context),
        steps: {
          buildAxis: () => buildAxis(data),
          m4: () => m4Union(px, axis.values),
        },
      };
    },
  };
}

export const line = lineCase('1 series', [''], false);
export const lineSeries = lineCase('3 series', ['Loket A', 'Loket B', 'Loket C'], false);
export const area = lineCase('1 series', [''], true);
