// @ts-check
/**
 * RESULTS.md's goals table (issue 13, "Done when"), every ratio against the peer's best route:
 * Mosaic on its own engine (its table built with Flechette) and on Pantau's engine and loader are
 * both Mosaic's routes, and each goal against Mosaic must hold on every route it has. The snapshot
 * contender is left out of S1: a snapshot is a first view made before the run, not a cold start.
 * Also the S3 figures per form, the gesture one second after first paint, and the database time
 * Pantau's own cube builds take (reported, not hidden in any other figure).
 */
import { S3_FORMS } from './gestures.mjs';
import { median, quantile } from './stats.mjs';

/** Mosaic's routes, each a contender of its own. */
export const MOSAIC_ROUTES = ['mosaic-own', 'mosaic-pantau'];
/** @type {Record<string, string>} */
const ROUTE_TEXT = {
  'mosaic-own': 'own engine, Flechette loader',
  'mosaic-pantau': "Pantau's engine and loader",
};
/** The peers every ratio may be against (before/after-only routes are left out). */
export const PEERS = ['mosaic-own', 'mosaic-pantau', 'plot-arquero', 'duckdb-d3'];

const ms = (/** @type {number} */ x) =>
  !Number.isFinite(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);

/**
 * One S3 form's latencies from an interact run (results from before the forms: `latencies` is the
 * plan form).
 * @param {any} run
 * @param {string} form
 * @returns {number[]}
 */
export function formLatencies(run, form) {
  const all = run.data.forms?.[form] ?? (form === 'plan' ? run.data.latencies : []);
  return all.filter((/** @type {any} */ x) => typeof x === 'number');
}

/**
 * @param {any} report
 * @returns {string[]} markdown lines
 */
export function goalsSection(report) {
  const sizes = /** @type {number[]} */ (report.settings.sizes);
  const runsOf = (
    /** @type {string} */ c,
    /** @type {number} */ size,
    /** @type {string} */ kind,
  ) =>
    report.runs.filter(
      (/** @type {any} */ r) => r.ok && r.contender === c && r.size === size && r.kind === kind,
    );
  const forms = S3_FORMS.filter((f) =>
    report.runs.some(
      (/** @type {any} */ r) => r.kind === 'interact' && r.ok && formLatencies(r, f).length,
    ),
  );
  const cold = (/** @type {any[]} */ r) => median(r.map((x) => x.data.cold.firstChart));
  const loaded = (/** @type {any[]} */ r) => median(r.map((x) => x.data.cold.loaded));
  const s2 = (/** @type {any[]} */ r) =>
    median(r.map((x) => x.data.cold.allDrawn - x.data.cold.loaded));
  const s3 = (/** @type {string} */ form, /** @type {number} */ q) => (/** @type {any[]} */ r) =>
    quantile(
      r.flatMap((x) => formLatencies(x, form)),
      q,
    );
  /** Pantau's figure over a peer's, or NaN when either did not run. */
  const over = (
    /** @type {string} */ peer,
    /** @type {string} */ kind,
    /** @type {(r: any[]) => number} */ f,
    /** @type {number} */ n,
  ) => {
    const p = runsOf('pantau', n, kind);
    const m = runsOf(peer, n, kind);
    return p.length && m.length ? f(p) / f(m) : NaN;
  };
  const verdict = (
    /** @type {number} */ x,
    /** @type {number} */ goal,
    /** @type {string} */ text,
  ) => (Number.isFinite(x) ? `${text} ${x <= goal ? '(met)' : '(missed)'}` : '–');
  const ratioCell = (/** @type {number} */ x, /** @type {number} */ goal) =>
    verdict(x, goal, Number.isFinite(x) ? x.toFixed(2) : '');
  const pantauMs =
    (
      /** @type {string} */ kind,
      /** @type {(r: any[]) => number} */ f,
      /** @type {number} */ goal,
    ) =>
    (/** @type {number} */ n) => {
      const p = runsOf('pantau', n, kind);
      const x = p.length ? f(p) : NaN;
      return verdict(x, goal, ms(x));
    };
  /** Pantau / the fastest peer (named), goal below 1. */
  const belowEveryPeer =
    (/** @type {(r: any[]) => number} */ f, /** @type {string} */ kind) =>
    (/** @type {number} */ n) => {
      const p = runsOf('pantau', n, kind);
      const peers = PEERS.map((c) => /** @type {const} */ ([c, runsOf(c, n, kind)]))
        .filter(([, r]) => r.length > 0)
        .map(([c, r]) => /** @type {const} */ ([c, f(r)]))
        .filter(([, x]) => Number.isFinite(x));
      if (!p.length || peers.length === 0) return '–';
      const [name, best] = peers.reduce((a, b) => (b[1] < a[1] ? b : a));
      const x = f(p) / best;
      return `${x.toFixed(2)} vs ${name} ${x < 1 ? '(met)' : '(missed)'}`;
    };

  /** @type {[string, (n: number) => string][]} */
  const rows = [];
  for (const route of MOSAIC_ROUTES) {
    rows.push([
      `S1 cold start to first chart, no snapshot, ≤ 0.8x Mosaic (${ROUTE_TEXT[route]})`,
      (n) => ratioCell(over(route, 'load', cold, n), 0.8),
    ]);
  }
  rows.push([
    'Navigation to table loaded ≤ Plot + Arquero (goal at 10M rows)',
    (n) => ratioCell(over('plot-arquero', 'load', loaded, n), 1),
  ]);
  for (const route of MOSAIC_ROUTES) {
    rows.push([
      `S2 aggregate + draw ≤ 0.8x Mosaic (${ROUTE_TEXT[route]})`,
      (n) => ratioCell(over(route, 'load', s2, n), 0.8),
    ]);
  }
  for (const form of forms) {
    rows.push([`S3 ${form}: Pantau p50 ≤ 16.7 ms`, pantauMs('interact', s3(form, 0.5), 16.7)]);
    rows.push([`S3 ${form}: Pantau p95 ≤ 33 ms`, pantauMs('interact', s3(form, 0.95), 33)]);
    rows.push([
      `S3 ${form}: Pantau p50 below every peer's (Pantau / fastest peer)`,
      belowEveryPeer(s3(form, 0.5), 'interact'),
    ]);
  }
  rows.push([
    'Gesture 1 s after first paint: Pantau ≤ 33 ms (worst round)',
    pantauMs('interact', (r) => Math.max(...r.map((x) => x.data.early?.ms ?? NaN)), 33),
  ]);

  const lines = [
    "## Against the issue's goals (every ratio against the peer's best route)",
    '',
    'Issue 13\'s "Done when", from this run. Mosaic has two routes here, and a goal against Mosaic holds only if it holds on both. The snapshot contender is not in S1 (its first view is made before the run); see its own rows in the S1 table.',
    '',
    `| goal | ${sizes.map((n) => `${n.toLocaleString('en')} rows`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
  ];
  for (const [name, f] of rows) lines.push(`| ${name} | ${sizes.map((n) => f(n)).join(' | ')} |`);
  lines.push('');
  return lines;
}

/**
 * The gesture one second after first paint, per contender and size, and Pantau's own cube builds
 * (every 'build' event of its pre-aggregator during the interaction run: the idle builds after the
 * first draw and any a gesture asked for), as database time.
 * @param {any} report
 * @param {(c: string) => string} label
 * @returns {string[]}
 */
export function earlySection(report, label) {
  const sizes = /** @type {number[]} */ (report.settings.sizes);
  const interact = report.runs.filter(
    (/** @type {any} */ r) => r.ok && r.kind === 'interact' && r.data.early,
  );
  if (interact.length === 0) return [];
  const lines = [
    '## S3 early: a gesture one second after first paint',
    '',
    "A brush over the month line (30-60 % of its width), its pointer down one second after the first chart's paint (S1) while the page may still be drawing its other widgets or building (Pantau's idle cube builds start after the first draw), timed as S3's gestures. Median and worst over rounds; when it came after the paint; Pantau's cube builds done and running at that moment.",
    '',
    '| rows | contender | latency median ms | worst ms | input after first paint, ms | cube builds done / running then |',
    '| ---: | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const n of sizes) {
    for (const c of [...new Set(interact.map((/** @type {any} */ r) => r.contender))]) {
      const runs = interact.filter((/** @type {any} */ r) => r.contender === c && r.size === n);
      if (runs.length === 0) continue;
      const lat = runs.map((/** @type {any} */ r) => r.data.early.ms ?? NaN);
      const builds = runs
        .filter((/** @type {any} */ r) => r.data.early.buildsDone !== null)
        .map(
          (/** @type {any} */ r) => `${r.data.early.buildsDone} / ${r.data.early.buildsRunning}`,
        );
      lines.push(
        `| ${n.toLocaleString('en')} | ${label(c)} | ${ms(median(lat))} | ${ms(Math.max(...lat))} | ${ms(median(runs.map((/** @type {any} */ r) => r.data.early.afterPaintMs)))} | ${builds.join(', ') || '–'} |`,
      );
    }
  }
  lines.push('');
  const pantau = interact.filter(
    (/** @type {any} */ r) => r.contender === 'pantau' && r.data.cubeBuilds,
  );
  if (pantau.length > 0) {
    lines.push(
      "## Pantau's cube builds (database time)",
      '',
      "Every cube Pantau's pre-aggregator built during the interaction run (its 'build' events: the idle builds after the first draw, then any a gesture asked for), as database time from CREATE to the row count. This time is spent on DuckDB's one worker: a query sent meanwhile waits. Median over rounds.",
      '',
      '| rows | cubes built | database time, ms (sum) | longest build, ms | largest cube, rows |',
      '| ---: | ---: | ---: | ---: | ---: |',
    );
    for (const n of sizes) {
      const runs = pantau.filter((/** @type {any} */ r) => r.size === n);
      if (runs.length === 0) continue;
      const of = (/** @type {(b: any[]) => number} */ f) =>
        median(runs.map((/** @type {any} */ r) => f(r.data.cubeBuilds.builds)));
      lines.push(
        `| ${n.toLocaleString('en')} | ${of((b) => b.length)} | ${ms(of((b) => b.reduce((s, x) => s + x.buildMs, 0)))} | ${ms(of((b) => Math.max(0, ...b.map((x) => x.buildMs))))} | ${of((b) => Math.max(0, ...b.map((x) => x.rows))).toLocaleString('en')} |`,
      );
    }
    lines.push('');
  }
  return lines;
}
