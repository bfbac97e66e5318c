// @ts-check
/**
 * Chromium's rendering work per interaction, counted from a trace (issue 13): elements restyled,
 * layout objects laid out, paints and their area, raster tasks, forced style and layout passes.
 * Unlike milliseconds these counts do not change with the machine's load, so they show whether a
 * change to the widgets' CSS or DOM writes took work away even while the machine is busy.
 * With the invalidation-tracking category on, it also names what made the work: the elements
 * and reasons of style, layout and paint invalidations (which attribute or class change).
 * Used by profile.mjs; each window is one interaction, input to the frame after its last repaint.
 */

/** Trace categories the counts need; INVALIDATIONS adds the names of what was invalidated. */
export const WORK_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
export const INVALIDATIONS = 'disabled-by-default-devtools.timeline.invalidationTracking';

/** Thread names by "pid:tid", from the trace's metadata events. */
function threadNames(/** @type {any[]} */ events) {
  const threads = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  return threads;
}

/** A Paint event's area in CSS px² from its clip quad (x1 y1 x2 y2 x3 y3 x4 y4). */
function clipArea(/** @type {number[] | undefined} */ q) {
  if (!Array.isArray(q) || q.length < 8) return 0;
  const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = q;
  return Math.abs((x2 - x1) * (y3 - y1));
}

const ZERO = () => ({
  styleRecalcs: 0,
  elementsRestyled: 0,
  styleScheduled: 0,
  layouts: 0,
  layoutDirtyObjects: 0,
  layoutTotalObjects: 0,
  layoutRoots: 0,
  forcedStyle: 0,
  forcedLayout: 0,
  prePaints: 0,
  paints: 0,
  paintAreaKpx: 0,
  layerizes: 0,
  rasterTasks: 0,
});

/**
 * Work counts per window (trace µs), one object per window, in the windows' order.
 * @param {any[]} events
 * @param {[number, number][]} windows
 */
export function workCounts(events, windows) {
  const threads = threadNames(events);
  const counts = windows.map(ZERO);
  const indexOf = (/** @type {number} */ ts) => windows.findIndex(([a, b]) => ts >= a && ts < b);
  const main = events
    .filter((e) => threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  /** @type {any[]} */
  const stack = [];
  for (const e of main) {
    if (e.ph === 'X') {
      while (stack.length > 0 && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    }
    const c = counts[indexOf(e.ts)];
    if (c !== undefined) count(c, e, e.ph === 'X' ? stack.at(-1) : undefined);
    if (e.ph === 'X') stack.push(e);
  }
  // Raster runs on the compositor's worker threads, not the main thread.
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RasterTask') continue;
    if (!/Compositor|Raster/.test(threads.get(`${e.pid}:${e.tid}`) ?? '')) continue;
    const c = counts[indexOf(e.ts)];
    if (c !== undefined) c.rasterTasks++;
  }
  return counts;
}

/** Adds one main-thread event to a window's counts; `parent` is its enclosing event. */
function count(/** @type {ReturnType<ZERO>} */ c, /** @type {any} */ e, /** @type {any} */ parent) {
  // The frame's own style and layout run right under its task; inside script they were forced.
  const forced = parent !== undefined && parent.name !== 'RunTask';
  switch (e.name) {
    case 'UpdateLayoutTree':
      c.styleRecalcs++;
      c.elementsRestyled += e.args?.elementCount ?? e.args?.endData?.elementCount ?? 0;
      if (forced) c.forcedStyle++;
      break;
    case 'ScheduleStyleRecalculation':
      c.styleScheduled++;
      break;
    case 'Layout':
      c.layouts++;
      c.layoutDirtyObjects += e.args?.beginData?.dirtyObjects ?? 0;
      c.layoutTotalObjects += e.args?.beginData?.totalObjects ?? 0;
      // Where each pass started: the document, or subtrees that are relayout boundaries.
      c.layoutRoots += e.args?.endData?.layoutRoots?.length ?? 1;
      if (forced) c.forcedLayout++;
      break;
    case 'PrePaint':
      c.prePaints++;
      break;
    case 'Paint':
      c.paints++;
      c.paintAreaKpx += clipArea(e.args?.data?.clip) / 1000;
      break;
    case 'Layerize':
      c.layerizes++;
      break;
  }
}

/** Median and mean of each count over the windows. */
export function summariseWork(/** @type {ReturnType<typeof workCounts>} */ counts) {
  /** @type {Record<string, { p50: number, mean: number }>} */
  const out = {};
  for (const key of Object.keys(ZERO())) {
    const xs = counts.map((c) => /** @type {any} */ (c)[key]).sort((a, b) => a - b);
    const mean = xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
    out[key] = { p50: +(xs[xs.length >> 1] ?? 0).toFixed(1), mean: +mean.toFixed(1) };
  }
  return out;
}

/**
 * What was invalidated in the windows, most frequent first, per click: "kind element#id.class
 * reason" (style: the attribute or class that changed; layout and paint: Chromium's reason).
 */
export function invalidations(
  /** @type {any[]} */ events,
  /** @type {[number, number][]} */ windows,
) {
  /** @type {Record<string, number>} */
  const out = {};
  for (const e of events) {
    if (!/InvalidationTracking$/.test(e.name)) continue;
    if (!windows.some(([a, b]) => e.ts >= a && e.ts < b)) continue;
    const d = e.args?.data ?? {};
    const what =
      d.changedAttribute ??
      d.changedClass ??
      d.changedId ??
      d.changedPseudo ??
      d.reason ??
      d.extraData ??
      '';
    const key = `${e.name.replace('InvalidationTracking', '')} ${d.nodeName ?? ''} ${what}`.trim();
    out[key] = (out[key] ?? 0) + 1;
  }
  const n = Math.max(1, windows.length);
  return Object.fromEntries(
    Object.entries(out)
      .map(([k, v]) => /** @type {[string, number]} */ ([k, +(v / n).toFixed(1)]))
      .sort((a, b) => b[1] - a[1]),
  );
}
