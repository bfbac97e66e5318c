// @ts-check
/**
 * Drives cross-filter interactions on a page that has a `<pantau-dashboard>` and the probe
 * (page/probe.ts, `window.__cfProbe`) as real pointer input from playwright, and reads each
 * interaction's latency. Reusable by other benchmarks: plan sessions with `planSessions`, then
 * `runSession(page, session, options)` for each; `markPoints`, `clickMark` and `brush` work on
 * any Pantau chart by its id.
 *
 * An interaction: the pointer moves onto the widget (which lets the dashboard start the cubes it
 * needs), waits (`dwell`), then clicks a mark (bars, donut slices, heatmap cells) or drags a
 * brush over the line chart's plot. Its latency is measured in the page, from the input event's
 * own timestamp to the frame after the last widget changed (see page/probe.ts).
 */

/**
 * The benchmark dashboard's publishers and the gesture each takes (must match
 * page/dashboard.ts's PUBLISHERS): shared by run, ab, profile, page-route and the soak.
 */
export const PUBLISHERS = /** @type {const} */ ({
  units: 'click',
  channel: 'click',
  status: 'click',
  months: 'brush',
  grid: 'click',
});

/**
 * A small deterministic generator (mulberry32), so every mode replays the same interactions.
 * @param {number} seed
 */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @typedef {{ widget: string, kind: 'click' | 'brush', a: number, b: number }} Step
 * @typedef {Step[]} Session
 */

/**
 * Sessions of 1 to 3 interactions on different publishers (a reader asks "and for this unit?",
 * then "in these months?"), the selection cleared between sessions. `a` and `b` choose the mark
 * or the brush span, as fractions, so the same plan replays on any drawing.
 * @param {Record<string, 'click' | 'brush'>} publishers
 * @param {number} interactions at least this many steps in all
 * @param {number} seed
 * @returns {Session[]}
 */
export function planSessions(publishers, interactions, seed) {
  const rng = random(seed);
  const ids = Object.keys(publishers);
  /** @type {Session[]} */
  const sessions = [];
  let total = 0;
  while (total < interactions) {
    const length = 1 + Math.floor(rng() * 3);
    const pool = [...ids];
    /** @type {Session} */
    const session = [];
    for (let i = 0; i < length && pool.length > 0; i++) {
      const widget = pool.splice(Math.floor(rng() * pool.length), 1)[0] ?? ids[0] ?? '';
      session.push({ widget, kind: publishers[widget] ?? 'click', a: rng(), b: rng() });
    }
    sessions.push(session);
    total += session.length;
  }
  return sessions;
}

/**
 * The "one widget repeated" form: sessions of `perWidget` interactions on one publisher each, the
 * publishers in turn, so a widget is gestured again and again before the next one is.
 * @param {Record<string, 'click' | 'brush'>} publishers
 * @param {number} interactions at least this many steps in all
 * @param {number} seed
 * @param {number} [perWidget]
 * @returns {Session[]}
 */
export function planRepeatSessions(publishers, interactions, seed, perWidget = 4) {
  const rng = random(seed);
  const ids = Object.keys(publishers);
  /** @type {Session[]} */
  const sessions = [];
  for (let total = 0, i = 0; total < interactions; i++) {
    const widget = ids[i % ids.length] ?? '';
    /** @type {Session} */
    const session = [];
    for (let k = 0; k < perWidget; k++) {
      session.push({ widget, kind: publishers[widget] ?? 'click', a: rng(), b: rng() });
    }
    sessions.push(session);
    total += session.length;
  }
  return sessions;
}

/**
 * A brush over the month line whose pointer goes down one second after the first chart's paint
 * (the page's clock), measured as any interaction, with the pre-aggregation builds running then.
 * Call right after navigation, before waiting for the load.
 * @param {import('playwright').Page} page
 * @param {string} widget the line chart's id
 */
export async function earlyGesture(page, widget) {
  const painted = await page.evaluate(() => /** @type {any} */ (window).__cfPage.firstPainted);
  const box = await plotBox(page, widget);
  if (box === null) throw new Error(`no plot in #${widget} at first paint`);
  const y = box.y + box.height * 0.5;
  const from = { x: box.x + box.width * 0.35, y };
  const to = { x: box.x + box.width * 0.6, y };
  await page.mouse.move(from.x, from.y);
  await page.evaluate((at) => /** @type {any} */ (window).__cfPage.until(at), painted + 1000);
  const state = await page.evaluate(() => ({
    at: performance.now(),
    building: /** @type {any} */ (window).__cfPage.pending(),
    built: /** @type {any} */ (window).__cfPage.cubes().length,
  }));
  await page.evaluate(() => /** @type {any} */ (window).__cfProbe.arm());
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  const result = await page.evaluate(() => /** @type {any} */ (window).__cfProbe.result());
  return {
    afterPaintMs: state.at - painted,
    buildsRunning: state.building,
    cubesBuilt: state.built,
    ...result,
  };
}

/**
 * Client-space points inside each mark of a chart (bars, donut slices, heatmap cells), found by
 * hit-testing its shapes, so a click lands on what is drawn whatever the layout.
 * @param {import('playwright').Page} page
 * @param {string} id
 * @returns {Promise<{ x: number, y: number }[][]>} per shape, points inside it
 */
export function markPoints(page, id) {
  return page.evaluate((widgetId) => {
    const el = document.getElementById(widgetId);
    const root = el?.shadowRoot;
    if (!root) return [];
    const shapes = /** @type {SVGGeometryElement[]} */ ([
      ...root.querySelectorAll(
        'rect.pantau-bar, g.pantau-donut-slices path, g.pantau-heatmap-cells path',
      ),
    ]);
    return shapes.map((shape) => {
      const svg = shape.ownerSVGElement;
      const ctm = shape.getScreenCTM();
      if (!svg || !ctm) return [];
      const box = shape.getBBox();
      const points = [];
      for (let i = 1; i < 12; i++) {
        for (let j = 1; j < 12; j++) {
          const p = svg.createSVGPoint();
          p.x = box.x + (box.width * i) / 12;
          p.y = box.y + (box.height * j) / 12;
          if (!shape.isPointInFill(p)) continue;
          const c = p.matrixTransform(ctm);
          if (root.elementFromPoint(c.x, c.y) === shape) points.push({ x: c.x, y: c.y });
        }
      }
      return points;
    });
  }, id);
}

/**
 * @param {import('playwright').Page} page
 * @param {string} id
 * @param {number} a fraction choosing the mark
 * @param {number} b fraction choosing the point in it
 */
export async function clickPoint(page, id, a, b) {
  const shapes = (await markPoints(page, id)).filter((s) => s.length > 0);
  if (shapes.length === 0) return null;
  const points = shapes[Math.floor(a * shapes.length)] ?? shapes[0] ?? [];
  return points[Math.floor(b * points.length)] ?? points[0] ?? null;
}

/**
 * The line chart's plot as a client rectangle.
 * @param {import('playwright').Page} page
 * @param {string} id
 */
export function plotBox(page, id) {
  return page.evaluate((widgetId) => {
    const plot = document.getElementById(widgetId)?.shadowRoot?.querySelector('[part="plot"]');
    const svg = plot?.querySelector('svg') ?? plot;
    const r = svg?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, id);
}

/**
 * Waits for the page's pre-aggregation builds (at most `limitMs`); returns how long it waited.
 * @param {import('playwright').Page} page
 * @param {number} limitMs
 */
export async function waitForBuilds(page, limitMs) {
  const started = Date.now();
  await page
    .waitForFunction(() => /** @type {any} */ (window).__cfPage.pending() === 0, null, {
      timeout: limitMs,
      polling: 20,
    })
    .catch(() => {});
  return Date.now() - started;
}

/**
 * One step: pointer onto the widget, dwell, input, measurement. With `dwellMs` 0 and no wait for
 * builds, the probe is armed before the pointer moves, so the pointer arrives and acts with
 * nothing between (bench/compare's `plan` form: a reader who moves and clicks at once).
 * @param {import('playwright').Page} page
 * @param {Step} step
 * @param {{ dwellMs: number, waitBuildsMs: number }} options
 */
export async function runStep(page, step, options) {
  /** @type {{ x: number, y: number } | null} */
  let from = null;
  /** @type {{ x: number, y: number } | null} */
  let to = null;
  if (step.kind === 'click') {
    from = await clickPoint(page, step.widget, step.a, step.b);
  } else {
    const box = await plotBox(page, step.widget);
    if (box) {
      // Two points across the plot's inner 80 %, at least a tenth apart.
      const left = box.x + box.width * 0.12;
      const span = box.width * 0.76;
      const x1 = left + span * step.a * 0.8;
      const x2 = Math.min(left + span, x1 + span * (0.1 + step.b * 0.4));
      const y = box.y + box.height * 0.5;
      from = { x: x1, y };
      to = { x: x2, y };
    }
  }
  if (from === null) return { ...step, skipped: 'no mark to click' };
  const arm = () => page.evaluate(() => /** @type {any} */ (window).__cfProbe.arm());
  const atOnce = options.dwellMs === 0 && options.waitBuildsMs === 0;
  if (atOnce) await arm();
  await page.mouse.move(from.x, from.y, { steps: 2 });
  if (options.dwellMs > 0) await page.waitForTimeout(options.dwellMs);
  const buildWaitMs =
    options.waitBuildsMs > 0 ? await waitForBuilds(page, options.waitBuildsMs) : 0;
  if (!atOnce) await arm();
  if (to === null) {
    await page.mouse.down();
    await page.mouse.up();
  } else {
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
  }
  const result = await page.evaluate(() => /** @type {any} */ (window).__cfProbe.result());
  return { ...step, buildWaitMs, ...result };
}

/**
 * A session's steps, then the selection cleared (not timed) and the widgets settled.
 * @param {import('playwright').Page} page
 * @param {Session} session
 * @param {{ dwellMs: number, waitBuildsMs: number }} options
 */
export async function runSession(page, session, options) {
  const results = [];
  for (const step of session) results.push(await runStep(page, step, options));
  await page.evaluate(async () => {
    const p = /** @type {any} */ (window).__cfPage;
    p.clear();
    await new Promise((r) => setTimeout(r, 0));
    await p.dashboard.ready;
  });
  // Park the pointer outside every widget.
  await page.mouse.move(2, 2);
  return results;
}

/**
 * Nearest-rank percentile.
 * @param {number[]} values
 * @param {number} p 0..100
 */
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? NaN;
}
