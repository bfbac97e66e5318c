/**
 * In-page measurement of one cross-filter interaction, from the input event to the last widget
 * repainted. Reusable with any `<pantau-dashboard>`: `installProbe(dashboard)` puts
 * `window.__cfProbe` on the page, which a playwright driver (../measure.mjs) arms before each
 * interaction and reads after it.
 *
 * - start: the timeStamp of the input event that made the dashboard's selection change (the
 *   `click`, or the `pointerup` that ends a brush), taken by capture listeners on window, so it
 *   is the browser's own time of the event, before any Pantau code ran;
 * - the widgets' work: every connector query started after the input (DuckDB time, Arrow
 *   transfer), timed by wrapping the connector's query method;
 * - end: every widget has settled (`ready`) and nothing in any widget's shadow root has changed
 *   for a while; the end time is when the frame after the last change was produced: a message
 *   posted from the first requestAnimationFrame callback after that change is handled right after
 *   the frame's paint (the render benchmark's method). The wait for that frame (0 to 16.7 ms at
 *   60 Hz) is part of what a reader waits, so it is in the latency.
 *
 * The widgets expose no per-draw event yet, so drawing is observed from outside with
 * MutationObservers on their shadow roots.
 */

import type { PantauDashboard } from '@pantau/widgets';

interface QueryTiming {
  start: number;
  end: number;
  cube: boolean;
  sql: string;
}

export interface InteractionResult {
  /** False when the input published nothing (a click between marks). */
  changed: boolean;
  /** The input event's time (performance.now() clock), to place the step in a trace. */
  inputAt: number;
  latency: number;
  /** From the input to the last query's answer. */
  queriesDone: number;
  /** Sum of query times (they run one after another in DuckDB's worker). */
  queryMs: number;
  queries: number;
  cubeQueries: number;
  /** Per widget id: ms from the input to the frame after its last change. */
  widgets: Record<string, number>;
  /** Main-thread ms in the widgets' updates (drawing) after the input, in all and per widget. */
  drawMs: number;
  draws: Record<string, number>;
  /** Per widget id: its Lit update cycles after the input (one is the least a redraw takes). */
  updateCounts: Record<string, number>;
  clauses: number;
  /** Main-thread tasks over 50 ms: when (after the input) and how long. */
  longTasks: { start: number; ms: number }[];
  /** Each query: sent and answered, ms after the input. */
  timeline: { start: number; end: number; cube: boolean; sql: string }[];
}

const QUIET_MS = 60;

export function installProbe(dashboard: PantauDashboard): void {
  let lastInput = 0;
  let start = -1;
  let armed = false;
  let timings: QueryTiming[] = [];
  const presented = new Map<string, number>();
  let lastChange = 0;

  for (const type of ['click', 'pointerup', 'keydown'] as const) {
    window.addEventListener(type, (e) => (lastInput = e.timeStamp), { capture: true });
  }
  dashboard.addEventListener('pantau-filter-change', () => {
    if (armed && start < 0) start = lastInput;
  });

  // DuckDB's time per query, cube or base table.
  const connector = dashboard.coordinator.connector as { query: (...a: never[]) => unknown };
  const query = connector.query.bind(connector);
  connector.query = ((...args: never[]) => {
    const t = performance.now();
    const sql = String(args[0] ?? '');
    const cube = sql.includes('__pantau_cube_');
    // A cube build counts its rows through query(): that is not a widget's work.
    const build = sql.startsWith('SELECT count(*)::DOUBLE AS n FROM');
    const done = (): void => {
      if (armed && !build)
        timings.push({ start: t, end: performance.now(), cube, sql: sql.slice(0, 60) });
    };
    const result = query(...args) as Promise<unknown>;
    result.then(done, done);
    return result;
  }) as typeof connector.query;

  const widgets = (): HTMLElement[] =>
    [...dashboard.querySelectorAll<HTMLElement>('[id]')].filter(
      (el) => el.localName.startsWith('pantau-') && el.localName !== 'pantau-source',
    );
  const observe = (el: HTMLElement): void => {
    if (el.shadowRoot === null) return;
    new MutationObserver(() => {
      if (!armed || start < 0) return;
      lastChange = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => presented.set(el.id, performance.now());
        channel.port2.postMessage(null);
      });
    }).observe(el.shadowRoot, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  };
  widgets().forEach(observe);

  // Main-thread time in each widget's whole Lit update cycle (willUpdate, where a chart draws;
  // update, which renders its template; updated, where it measures and announces), timed by
  // wrapping the instance's performUpdate from outside: the draw's share of the latency. Wrapping
  // only update() (as before issue 13's profile) missed the drawing, done in willUpdate.
  let updates: { id: string; start: number; ms: number }[] = [];
  for (const el of widgets()) {
    const lit = el as unknown as { performUpdate: () => void };
    const performUpdate = lit.performUpdate.bind(el);
    lit.performUpdate = () => {
      const t = performance.now();
      try {
        performUpdate();
      } finally {
        if (armed && start >= 0) updates.push({ id: el.id, start: t, ms: performance.now() - t });
      }
    };
  }

  // Main-thread tasks over 50 ms during an interaction (where the time goes when DuckDB is fast).
  let longTasks: { start: number; ms: number }[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (armed && start >= 0) longTasks.push({ start: e.startTime, ms: e.duration });
    }
  }).observe({ type: 'longtask', buffered: false });

  const quiet = async (): Promise<void> => {
    for (;;) {
      await new Promise((r) => setTimeout(r, QUIET_MS / 3));
      if (performance.now() - lastChange >= QUIET_MS) return;
    }
  };

  Object.assign(window, {
    __cfProbe: {
      /**
       * Before an interaction: forget the last one; drop cached answers (the work is measured).
       * Clearing the cache forgets the tables' schemas too, which a reader's click never follows:
       * they are described again (from the connector's own cache) before the input, or every
       * measured plan would wait for that and never be answered in the frame of its input.
       */
      async arm(): Promise<void> {
        dashboard.coordinator.clearCache();
        const tables = new Set(widgets().map((el) => el.getAttribute('source') ?? ''));
        tables.delete('');
        await Promise.all([...tables].map((table) => dashboard.coordinator.describe(table)));
        timings = [];
        updates = [];
        longTasks = [];
        presented.clear();
        start = -1;
        lastChange = 0;
        armed = true;
      },
      /** After it: waits for every widget and the frames, then reports. */
      async result(timeoutMs = 60_000): Promise<InteractionResult> {
        const began = performance.now();
        while (start < 0 && performance.now() - began < 400) {
          await new Promise((r) => setTimeout(r, 10));
        }
        const changed = start >= 0;
        if (changed) {
          const deadline = performance.now() + timeoutMs;
          // The widgets re-query in their next update; let them start, then wait for all.
          await new Promise((r) => setTimeout(r, 0));
          await Promise.race([
            dashboard.ready,
            new Promise((r) => setTimeout(r, Math.max(0, deadline - performance.now()))),
          ]);
          await quiet();
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
        armed = false;
        const t0 = start;
        const ends = [...presented.values()];
        const queryEnds = timings.map((q) => q.end);
        return {
          changed,
          inputAt: t0,
          latency: changed && ends.length > 0 ? Math.max(...ends) - t0 : NaN,
          queriesDone: queryEnds.length > 0 ? Math.max(...queryEnds) - t0 : 0,
          queryMs: timings.reduce((s, q) => s + (q.end - q.start), 0),
          queries: timings.length,
          cubeQueries: timings.filter((q) => q.cube).length,
          widgets: Object.fromEntries([...presented].map(([id, t]) => [id, t - t0])),
          drawMs: updates.reduce((sum, u) => sum + u.ms, 0),
          draws: Object.fromEntries(
            widgets().map((el) => [
              el.id,
              updates.filter((u) => u.id === el.id).reduce((sum, u) => sum + u.ms, 0),
            ]),
          ),
          updateCounts: Object.fromEntries(
            widgets().map((el) => [el.id, updates.filter((u) => u.id === el.id).length]),
          ),
          clauses: dashboard.filters.length,
          longTasks: longTasks.map((l) => ({ start: l.start - t0, ms: l.ms })),
          timeline: timings.map((q) => ({
            start: q.start - t0,
            end: q.end - t0,
            cube: q.cube,
            sql: q.sql,
          })),
        };
      },
    },
  });
}
