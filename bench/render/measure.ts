/**
 * Timing for `npm run bench:render`: medians and p95, and one draw from plain columns to pixels.
 *
 * A draw is timed in three steps, all on the main thread, without the wait for the display's next
 * frame (an idle gap of 0 to 16.7 ms that depends only on when the draw started):
 * 1. render: the widget's mapping of the result to renderer input, and the renderer itself;
 * 2. layout: attaching the node and `getBoundingClientRect()`, which forces style and layout;
 * 3. paint: the next frame's own work. Chromium runs requestAnimationFrame callbacks, then style,
 *    layout, paint and commit in one task; a message posted from the rAF callback is handled right
 *    after that task, so the gap between the two is the frame's rendering work.
 * The draw itself starts in a task of its own, after a frame: started from inside a rAF callback,
 * its frame's paint would run before the next rAF and escape step 3 (a trace showed exactly that).
 * Rasterisation happens off the main thread (raster workers) and is not in these numbers.
 */

import type { ChartOutput } from '@pantau/charts';

export interface Samples {
  /** Every timed run, in milliseconds, in the order they ran. */
  samples: number[];
  median: number;
  /** Nearest-rank 95th percentile. */
  p95: number;
}

export function summarize(samples: number[]): Samples {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const at = (i: number) => sorted[i] ?? NaN;
  const median = n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  const p95 = at(Math.min(n - 1, Math.max(0, Math.ceil(0.95 * n) - 1)));
  return { samples, median, p95 };
}

export interface DrawSample {
  render: number;
  layout: number;
  paint: number;
  /** render + layout + paint */
  total: number;
  /** From the start of render to the end of the painted frame, idle wait for the frame included. */
  toFrame: number;
}

export interface DrawStats {
  render: Samples;
  layout: Samples;
  paint: Samples;
  total: Samples;
  toFrame: Samples;
}

/** Resolves after the next frame's rendering work: [time the rAF callback ran, time after]. */
function framePainted(): Promise<[number, number]> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const rafAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve([rafAt, performance.now()]);
      };
      channel.port2.postMessage(null);
    });
  });
}

/**
 * One timed draw into `host` (emptied first, outside the timing, with two frames to settle so the
 * removal's own layout and paint are not counted). Returns the sample and the output for checks.
 */
export async function drawToPixels(
  host: HTMLElement,
  draw: () => ChartOutput,
): Promise<{ sample: DrawSample; output: ChartOutput }> {
  host.replaceChildren();
  // Two whole frames to settle; each resolves in a task after its frame, never inside rAF.
  await framePainted();
  await framePainted();
  const t0 = performance.now();
  const output = draw();
  const t1 = performance.now();
  host.append(output.node);
  output.node.getBoundingClientRect();
  const t2 = performance.now();
  const [rafAt, paintedAt] = await framePainted();
  const render = t1 - t0;
  const layout = t2 - t1;
  const paint = paintedAt - rafAt;
  return {
    sample: { render, layout, paint, total: render + layout + paint, toFrame: paintedAt - t0 },
    output,
  };
}

/** Warm-up draws (discarded), then `rounds` timed ones. */
export async function benchDraw(
  host: HTMLElement,
  draw: () => ChartOutput,
  warmup: number,
  rounds: number,
): Promise<{ stats: DrawStats; output: ChartOutput }> {
  let output: ChartOutput | null = null;
  for (let i = 0; i < warmup; i++) output = (await drawToPixels(host, draw)).output;
  const samples: DrawSample[] = [];
  for (let i = 0; i < rounds; i++) {
    const run = await drawToPixels(host, draw);
    samples.push(run.sample);
    output = run.output;
  }
  if (output === null) throw new Error('no draw ran: rounds and warm-up are both 0');
  const pick = (key: keyof DrawSample) => summarize(samples.map((s) => s[key]));
  return {
    stats: {
      render: pick('render'),
      layout: pick('layout'),
      paint: pick('paint'),
      total: pick('total'),
      toFrame: pick('toFrame'),
    },
    output,
  };
}

/** Times an async step: warm-up runs, then `rounds` timed ones. */
export async function benchAsync<T>(
  run: () => Promise<T>,
  warmup: number,
  rounds: number,
): Promise<{ stats: Samples; last: T }> {
  let last: T | undefined;
  for (let i = 0; i < warmup; i++) last = await run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    last = await run();
    samples.push(performance.now() - start);
  }
  if (last === undefined) last = await run();
  return { stats: summarize(samples), last };
}
