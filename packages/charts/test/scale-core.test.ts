import * as d3 from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { sequentialColor } from '../src/heatmap/colors.ts';
import { scaleBand, scaleLinear, ticks } from '../src/shared/scale-core.ts';

/**
 * The charts' own linear and band scales replace d3-scale (issue 13 item 3): every axis, tick
 * and bar must land where d3-scale put it. d3-scale (still installed with d3, a dev dependency of
 * the repository, for the benchmark pages) is the oracle.
 */

// A fixed pseudo-random sequence, so a failure names a case that can be run again.
function numbers(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const EXTENTS: [number, number][] = [
  [0, 1],
  [0, 0],
  [-3, 7],
  [0, 0.0042],
  [0, 97.3],
  [12, 12.9],
  [-1250, 0],
  [0, 1_234_567],
  [0.1, 0.3],
  [5, -5],
  [1e-9, 3e-9],
];

describe('scaleLinear', () => {
  const random = numbers(13);
  const extents: [number, number][] = [...EXTENTS];
  for (let i = 0; i < 60; i++) {
    const a = (random() - 0.3) * 10 ** Math.floor(random() * 8 - 3);
    extents.push([a, a + random() * 10 ** Math.floor(random() * 8 - 2)]);
  }

  it('gives d3-scale ticks, nice domains and positions for every extent', () => {
    for (const [lo, hi] of extents) {
      for (const count of [2, 4, 5, 7, 10]) {
        const ours = scaleLinear().domain([lo, hi]).range([300, 10]).nice(count);
        const theirs = d3.scaleLinear().domain([lo, hi]).range([300, 10]).nice(count);
        const label = `[${lo}, ${hi}] nice(${count})`;
        expect(ours.domain(), label).toEqual(theirs.domain());
        expect(ours.ticks(count), label).toEqual(theirs.ticks(count));
        for (const v of [lo, hi, (lo + hi) / 2, lo - 1, hi * 3]) {
          expect(ours(v), `${label} at ${v}`).toBe(theirs(v));
        }
      }
    }
  });

  it('clamps as d3-scale does, and reads the domain and range back', () => {
    const ours = scaleLinear().domain([10, 0]).range([0, 50]).clamp(true);
    const theirs = d3.scaleLinear().domain([10, 0]).range([0, 50]).clamp(true);
    for (const v of [-5, 0, 2.5, 10, 99]) expect(ours(v)).toBe(theirs(v));
    expect(ours.domain()).toEqual([10, 0]);
    expect(ours.range()).toEqual([0, 50]);
  });

  it('ticks in a reversed interval and no ticks for a zero count', () => {
    expect(ticks(10, 0, 5)).toEqual(d3.scaleLinear().domain([10, 0]).ticks(5));
    expect(ticks(0, 1, 0)).toEqual([]);
    expect(ticks(3, 3, 5)).toEqual([3]);
  });
});

describe('scaleBand', () => {
  it('places bands as d3-scale does, with padding and a reversed range', () => {
    const keys = ['a', 'b', 'c', 'd', 'e'];
    for (const [inner, outer] of [
      [0, 0],
      [0.2, 0.1],
      [0.08, 0],
      [1, 0.5],
    ] as const) {
      for (const range of [
        [0, 400],
        [380, 20],
      ] as [number, number][]) {
        const ours = scaleBand<string>()
          .domain(keys)
          .range(range)
          .paddingInner(inner)
          .paddingOuter(outer);
        const theirs = d3
          .scaleBand<string>()
          .domain(keys)
          .range(range)
          .paddingInner(inner)
          .paddingOuter(outer);
        for (const key of [...keys, 'missing']) expect(ours(key)).toBe(theirs(key));
        expect(ours.bandwidth()).toBe(theirs.bandwidth());
        expect(ours.step()).toBe(theirs.step());
        expect(ours.domain()).toEqual(theirs.domain());
        expect(ours.range()).toEqual(theirs.range());
      }
    }
  });

  it('keeps the first of repeated keys and takes numbers as keys', () => {
    const ours = scaleBand<number>().domain([3, 1, 3, 2]).range([0, 90]);
    const theirs = d3.scaleBand<number>().domain([3, 1, 3, 2]).range([0, 90]);
    expect(ours.domain()).toEqual(theirs.domain());
    for (const key of [1, 2, 3]) expect(ours(key)).toBe(theirs(key));
  });
});

describe('sequentialColor', () => {
  it("gives d3's piecewise RGB colours over the heatmap palette, clamped", () => {
    for (const domain of [
      [0, 100],
      [-4, 4],
      [7, 7],
    ] as [number, number][]) {
      const ours = sequentialColor(domain);
      const [lo, hi] = domain;
      const stops = [0, 1, 2, 3, 4].map((i) =>
        lo === hi ? lo + i / 4 - 0.5 : lo + ((hi - lo) * i) / 4,
      );
      const theirs = d3
        .scaleLinear<string>()
        .domain(stops)
        .range(['#eff6ff', '#bfdbfe', '#60a5fa', '#2563eb', '#1e3a8a'])
        .clamp(true);
      for (let k = -2; k <= 12; k++) {
        const v = lo - 1 + ((hi - lo + 2) * k) / 10;
        expect(ours(v), `${domain} at ${v}`).toBe(theirs(v));
      }
    }
  });
});
