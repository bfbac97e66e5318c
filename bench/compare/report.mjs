// @ts-check
/**
 * bench/RESULTS.md from one run's JSON: per scenario and size, each contender's figures, the ratio
 * Pantau / best peer (lower is better everywhere; native DuckDB draws nothing, so it is shown as
 * the engine's floor and left out of "best peer"), the ratio to Mosaic's best route (own engine or
 * Pantau's), the issue's goals (goals.mjs), losses named, and the machine, load and versions.
 */
import { BROWSER_CONTENDERS } from './browser.mjs';
import { DWELL_MS, S3_FORMS } from './gestures.mjs';
import { MOSAIC_ROUTES, PEERS, earlySection, formLatencies, goalsSection } from './goals.mjs';
import { secondRunSection } from './second-run.mjs';
import { WIDGETS } from './spec.mjs';
import { median, quantile } from './stats.mjs';

const DWELL_TEXT = `${DWELL_MS} ms`;
const ms = (/** @type {number} */ x) =>
  !Number.isFinite(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
const mb = (/** @type {number} */ x) => (!Number.isFinite(x) ? '–' : (x / 2 ** 20).toFixed(0));
const kb = (/** @type {number} */ x) => (!Number.isFinite(x) ? '–' : (x / 1024).toFixed(0));
const ratio = (/** @type {number} */ a, /** @type {number} */ b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '–';

/**
 * @typedef {{ label: string, value: (runs: any[]) => number, format: (x: number) => string }} Metric
 */

/**
 * Several runs' JSON as one report (e.g. 10k-1M rows with 3 rounds, 10M with 1): runs side by
 * side, sizes united; each run's command, rounds and load average kept.
 * @param {any[]} reports
 */
export function mergeReports(reports) {
  const first = reports[0];
  const sizes = [...new Set(reports.flatMap((r) => r.settings.sizes))].sort((a, b) => a - b);
  return {
    ...first,
    date: reports.map((r) => r.date).join(' and '),
    command: reports
      .map(
        (r) =>
          `${r.command.replace(/ --$/, '')} (${r.settings.sizes.map((/** @type {number} */ n) => n.toLocaleString('en')).join(', ')} rows, ${r.settings.rounds} round(s))`,
      )
      .join('` and `'),
    durationSeconds: reports.reduce((a, r) => a + r.durationSeconds, 0),
    settings: {
      ...first.settings,
      sizes,
      requestedSizes: sizes,
      rounds: reports
        .map(
          (r) =>
            `${r.settings.rounds} at ${r.settings.sizes.map((/** @type {number} */ n) => n.toLocaleString('en')).join(', ')} rows`,
        )
        .join(', '),
      contenders: [...new Set(reports.flatMap((r) => r.settings.contenders))],
      scenarios: [...new Set(reports.flatMap((r) => r.settings.scenarios))],
    },
    // Each run's Pantau (commit) and the rest from the first (the peers' versions are pinned).
    versions: {
      ...first.versions,
      pantau: [...new Set(reports.map((r) => r.versions.pantau))].join('; '),
    },
    machine: {
      ...first.machine,
      load: reports.flatMap((r) => r.machine.load),
    },
    runs: reports.flatMap((r) => r.runs),
    native: reports.flatMap((r) => r.native),
  };
}

/**
 * @param {any} report
 * @param {string[]} jsonPaths the results files, relative to bench/
 * @param {string | null} notes hand-written notes on why Pantau loses where it does
 * @param {{ report: any, paths: string[] } | null} second another run, to show the figures reproduce
 */
export function renderResults(report, jsonPaths, notes = null, second = null) {
  const sizes = /** @type {number[]} */ (report.settings.sizes);
  const contenders = /** @type {string[]} */ (report.settings.contenders).filter(
    (c) => c !== 'native',
  );
  const label = (/** @type {string} */ c) =>
    /** @type {Record<string, { label: string }>} */ (BROWSER_CONTENDERS)[c]?.label ?? c;
  const runsOf = (
    /** @type {string} */ c,
    /** @type {number} */ size,
    /** @type {string} */ kind,
  ) =>
    report.runs.filter(
      (/** @type {any} */ r) =>
        r.contender === c && r.size === size && (kind === 'both' || r.kind === kind),
    );
  /** @type {(size: number) => any[]} */
  const nativeOf = (size) =>
    report.native.filter((/** @type {any} */ r) => r.size === size && r.ok);
  const lines = /** @type {string[]} */ ([]);
  const out = (/** @type {string} */ s = '') => lines.push(s);
  /** @type {string[]} */
  const losses = [];

  /**
   * One table: a row per contender, a column per metric, then Pantau / best peer and Pantau /
   * Mosaic (own engine) for the first metric of `compare`.
   * @param {string} scenario
   * @param {number} size
   * @param {string} kind
   * @param {Metric[]} metrics
   * @param {number[]} compare indexes of metrics to compare
   * @param {((size: number) => string[]) | null} nativeRow
   */
  function table(scenario, size, kind, metrics, compare, nativeRow) {
    out(`**${size.toLocaleString('en')} rows**`);
    out();
    out(`| contender | ${metrics.map((m) => m.label).join(' | ')} |`);
    out(`| --- | ${metrics.map(() => '---:').join(' | ')} |`);
    /** @type {Map<string, number[]>} */
    const values = new Map();
    for (const c of contenders) {
      // The snapshot only changes the load: it takes no gestures (see run.mjs).
      if (c === 'pantau-snapshot' && kind === 'interact') continue;
      const runs = runsOf(c, size, kind);
      const ok = runs.filter((/** @type {any} */ r) => r.ok);
      if (ok.length === 0) {
        const failed = runs.find((/** @type {any} */ r) => !r.ok);
        const why = failed ? `did not finish: ${failed.error}` : 'not run at this size';
        out(
          `| ${label(c)} | ${why.replaceAll('|', '/')} | ${metrics
            .slice(1)
            .map(() => '')
            .join(' | ')} |`,
        );
        continue;
      }
      const v = metrics.map((m) => m.value(ok));
      values.set(c, v);
      out(`| ${label(c)} | ${v.map((x, i) => metrics[i]?.format(x) ?? '').join(' | ')} |`);
    }
    if (nativeRow && report.native.length > 0) {
      out(`| native DuckDB (Node, 1 thread; draws nothing) | ${nativeRow(size).join(' | ')} |`);
    }
    out();
    // Pantau as it loads live (bundled by the page's build, and as the published one-file
    // bundle), and (where run) with its first view from a snapshot.
    const whoOf = {
      pantau: 'Pantau',
      'pantau-cdn': 'Pantau (one script tag)',
      'pantau-snapshot': 'Pantau (snapshot)',
    };
    for (const [own, who] of Object.entries(whoOf)) {
      const pantau = values.get(own);
      if (!pantau) continue;
      for (const i of compare) {
        const peers = [...values.entries()].filter(
          ([c, v]) => PEERS.includes(c) && Number.isFinite(v[i]),
        );
        if (peers.length === 0) continue;
        const [bestName, bestValues] = peers.reduce((a, b) =>
          /** @type {number} */ (b[1][i]) < /** @type {number} */ (a[1][i]) ? b : a,
        );
        const best = /** @type {number} */ (bestValues[i]);
        // Mosaic's best route: its own engine or Pantau's, whichever did better here.
        const mosaicRoutes = MOSAIC_ROUTES.filter((c) => Number.isFinite(values.get(c)?.[i]));
        const mosaicName = mosaicRoutes.reduce(
          (a, c) =>
            a === '' ||
            /** @type {number} */ (values.get(c)?.[i]) < /** @type {number} */ (values.get(a)?.[i])
              ? c
              : a,
          '',
        );
        const mosaic = values.get(mosaicName)?.[i] ?? NaN;
        const mine = /** @type {number} */ (pantau[i]);
        if (!Number.isFinite(mine)) continue;
        out(
          `${metrics[i]?.label}: ${who} / best peer (${label(bestName)}) = **${ratio(mine, best)}**; ${who} / Mosaic's best route (${mosaicName ? label(mosaicName) : '–'}) = **${ratio(mine, mosaic)}**.`,
        );
        out();
        if (mine > best) {
          losses.push(
            `${scenario} at ${size.toLocaleString('en')} rows, ${metrics[i]?.label}: ${who} ${metrics[i]?.format(mine)} vs ${label(bestName)} ${metrics[i]?.format(best)}`,
          );
        }
      }
    }
  }

  const ok = (/** @type {any[]} */ runs, /** @type {(d: any) => number} */ f) =>
    runs.map((r) => f(r.data)).filter((x) => Number.isFinite(x));

  out('# Pantau side by side with its peers');
  out();
  out(
    `Generated by \`${report.command}\` on ${report.date} (${Math.round(report.durationSeconds / 60)} min). Raw samples: ${jsonPaths.map((p) => `[\`${p}\`](${p})`).join(', ')}. How it is measured: [compare/README.md](compare/README.md).`,
  );
  out();
  out(
    `Machine: ${report.machine.cpuModel}, ${report.machine.cores} cores, ${(report.machine.memoryBytes / 2 ** 30).toFixed(0)} GiB, ${report.machine.os}. Load average (1 min): ${report.machine.load.map((/** @type {any} */ l) => `${l.load1.toFixed(1)} ${l.at}`).join(', ')}. Other work on these cores slows every number; compare contenders within one run.`,
  );
  out();
  const requested = /** @type {number[] | undefined} */ (report.settings.requestedSizes);
  const missing = (requested ?? []).filter((n) => !sizes.includes(n));
  if (missing.length > 0) {
    out(
      `**Partial run**: written after ${sizes.map((s) => s.toLocaleString('en')).join(', ')} rows; ${missing.map((s) => s.toLocaleString('en')).join(', ')} rows requested but not reached when this file was written.`,
    );
    out();
  }
  const v = report.versions;
  out(
    `Versions: Node ${v.node}, Chromium ${v.chromium} (headless), Pantau ${v.pantau}, duckdb-wasm ${v.duckdbWasm} (Pantau's), duckdb-wasm ${v.mosaicDuckdbWasm} (Mosaic's own), @uwdata/vgplot ${v.vgplot} (mosaic-core ${v.mosaicCore}), @observablehq/plot ${v.observablePlot}, arquero ${v.arquero}, d3 ${v.d3}, hyparquet ${v.hyparquet}, @duckdb/node-api ${v.duckdbNodeApi}, playwright ${v.playwright}, vite ${v.vite}. ${report.settings.rounds} round(s) in A B B A order, ${report.settings.interactions} gestures per S3 run; sizes ${sizes.map((s) => s.toLocaleString('en')).join(', ')} rows.`,
  );
  out();
  out('## The dashboard (the same six widgets for every contender)');
  out();
  for (const w of WIDGETS) {
    out(`- **${w.id}**: ${w.shows}${w.publishes ? `; selects on \`${w.publishes}\`` : ''}.`);
  }
  out();
  out('How each contender loads the file (as reported by its page):');
  out();
  for (const c of contenders) {
    const r = report.runs.find((/** @type {any} */ r) => r.contender === c && r.ok);
    const route = r ? (r.kind === 'load' ? r.data.cold.route : r.data.loaded.route) : 'not run';
    const engine = r
      ? Object.values(r.kind === 'load' ? r.data.cold.versions : r.data.loaded.versions).join(', ')
      : '';
    out(`- ${label(c)}: ${route}${engine ? ` (${engine})` : ''}.`);
  }
  if (report.native.length > 0) {
    out(
      '- native DuckDB: `CREATE TABLE ... AS SELECT * FROM read_parquet(file)` in Node, threads = 1.',
    );
  }
  out();

  const scenarios = /** @type {string[]} */ (report.settings.scenarios);

  if (scenarios.includes('S1')) {
    out('## S1 cold start to first chart');
    out();
    out(
      'Navigation start to the frame after the first KPI and the month line are painted, ms, median (p95) over rounds. Cold: a new browser (empty HTTP cache); warm: a second page in the same browser context.',
    );
    out();
    for (const size of sizes) {
      table(
        'S1',
        size,
        'load',
        [
          {
            label: 'cold, median',
            value: (r) => median(ok(r, (d) => d.cold.firstChart)),
            format: ms,
          },
          {
            label: 'cold, p95',
            value: (r) =>
              quantile(
                ok(r, (d) => d.cold.firstChart),
                0.95,
              ),
            format: ms,
          },
          {
            label: 'warm, median',
            value: (r) => median(ok(r, (d) => d.warm.firstChart)),
            format: ms,
          },
        ],
        [0, 2],
        (s) => {
          const n = nativeOf(s);
          return [`load ${ms(median(n.map((r) => r.loadMs)))}`, '', ''];
        },
      );
    }
  }
  if (scenarios.includes('S2')) {
    out('## S2 aggregate and draw the six-widget dashboard');
    out();
    out(
      "From the table loaded (each contender's own route) to the frame after all six widgets are drawn and the page is still, ms, median (p95); and the load itself (navigation to table loaded).",
    );
    out();
    for (const size of sizes) {
      table(
        'S2',
        size,
        'load',
        [
          {
            label: 'aggregate + draw, median',
            value: (r) => median(ok(r, (d) => d.cold.allDrawn - d.cold.loaded)),
            format: ms,
          },
          {
            label: 'p95',
            value: (r) =>
              quantile(
                ok(r, (d) => d.cold.allDrawn - d.cold.loaded),
                0.95,
              ),
            format: ms,
          },
          {
            label: 'navigation to loaded, median',
            value: (r) => median(ok(r, (d) => d.cold.loaded)),
            format: ms,
          },
        ],
        [0],
        (s) => {
          const n = nativeOf(s);
          return [
            `${ms(median(n.map((r) => r.s2)))} (six queries)`,
            '',
            `${ms(median(n.map((r) => r.loadMs)))} (load)`,
          ];
        },
      );
    }
  }
  if (scenarios.includes('S3')) {
    out('## S3 cross-filter: pointer input to last repaint');
    out();
    out(
      `Real pointer gestures (clicks on unit and status bars, brushes over the month line; ${report.settings.interactions} per run and form), each timed from its pointerup to the frame after the last DOM change it caused (every open shadow root observed; "settled" once the database has nothing in flight and the DOM has been still for 150 ms). p50/p95 pooled over all gestures of all rounds. "no repaint" counts gestures after which nothing changed. Three forms of the same gestures: **plan**, every gesture on another widget than the last with no pause; **dwell**, the pointer resting ${DWELL_TEXT} on the target first (what a contender starts on pointer entry, as Mosaic's data-cube indexes, has had time); **repeat**, grouped by widget, one widget gestured again and again.`,
    );
    out();
    const forms = S3_FORMS.filter((f) =>
      report.runs.some(
        (/** @type {any} */ r) => r.kind === 'interact' && r.ok && formLatencies(r, f).length,
      ),
    );
    for (const form of forms) {
      out(`### S3 ${form}`);
      out();
      for (const size of sizes) {
        const lat = (/** @type {any[]} */ r) => r.flatMap((x) => formLatencies(x, form));
        const none = (/** @type {any[]} */ r) =>
          r
            .flatMap((x) => x.data.forms?.[form] ?? (form === 'plan' ? x.data.latencies : []))
            .filter((/** @type {any} */ x) => x === null).length;
        table(
          `S3 ${form}`,
          size,
          'interact',
          [
            { label: 'p50 ms', value: (r) => median(lat(r)), format: ms },
            { label: 'p95 ms', value: (r) => quantile(lat(r), 0.95), format: ms },
            { label: 'gestures timed', value: (r) => lat(r).length, format: (x) => String(x) },
            { label: 'no repaint', value: (r) => none(r), format: (x) => String(x) },
          ],
          [0, 1],
          (s) => {
            const n = nativeOf(s).flatMap((r) => r.latencies);
            return [
              ms(median(n)),
              ms(quantile(n, 0.95)),
              String(n.length),
              '(six queries per state)',
            ];
          },
        );
      }
    }
    for (const line of earlySection(report, label)) out(line);
  }
  if (scenarios.includes('S4')) {
    out('## S4 pre-aggregation build time');
    out();
    out(
      "The pointer moved onto each widget that can select (unit bars, status bars, month line), then the time until the contender's database has nothing in flight: what a first hover starts (Mosaic's data-cube indexes; Pantau's pre-aggregation where built). 0 means the hover sent the database nothing. Median over rounds, summed over the three widgets.",
    );
    out();
    for (const size of sizes) {
      table(
        'S4',
        size,
        'interact',
        [
          {
            label: 'hover to idle, median ms',
            value: (r) => median(ok(r, (d) => d.preaggMs)),
            format: ms,
          },
        ],
        [],
        null,
      );
    }
  }
  if (scenarios.includes('S5')) {
    out('## S5 peak memory');
    out();
    out(
      "Peak resident memory of the renderer process (VmHWM; it holds the page, DuckDB's worker and its wasm memory) and the main thread's peak JS heap (sampled every 100 ms), MiB, median over rounds of the S1/S2 runs (cold and warm load) and of the S3 runs (load, hovers, all gestures), and the highest of any run. The renderer figure varies a lot between rounds (see the JSON); read it as an order of magnitude.",
    );
    out();
    for (const size of sizes) {
      const of = (/** @type {any[]} */ r, /** @type {string} */ kind) =>
        r.filter((x) => x.kind === kind);
      table(
        'S5',
        size,
        'both',
        [
          {
            label: 'renderer peak MiB, S1/S2 run',
            value: (r) => median(ok(of(r, 'load'), (d) => d.memory.rendererPeak)),
            format: mb,
          },
          {
            label: 'renderer peak MiB, S3 run',
            value: (r) => median(ok(of(r, 'interact'), (d) => d.memory.rendererPeak)),
            format: mb,
          },
          {
            label: 'renderer peak MiB, highest of all runs',
            value: (r) => Math.max(...ok(r, (d) => d.memory.rendererPeak)),
            format: mb,
          },
          {
            label: 'JS heap peak MiB, median',
            value: (r) => median(ok(r, (d) => d.memory.heapPeak)),
            format: mb,
          },
        ],
        [0, 1],
        null,
      );
    }
  }
  if (scenarios.includes('S6')) {
    out('## S6 bytes');
    out();
    out(
      "From the production build, as loaded by the page (first round, first size): JavaScript requested before the first DuckDB worker or wasm request (gzip -9), all JavaScript including DuckDB's worker (gzip), and the wasm (raw / gzip). KiB.",
    );
    out();
    table(
      'S6',
      sizes[0] ?? 0,
      'load',
      [
        {
          label: 'JS before DuckDB (gzip)',
          value: (r) => median(ok(r, (d) => d.bytes?.jsBeforeDuckdb ?? NaN)),
          format: kb,
        },
        {
          label: 'JS total (gzip)',
          value: (r) => median(ok(r, (d) => d.bytes?.jsTotal ?? NaN)),
          format: kb,
        },
        { label: 'wasm raw', value: (r) => median(ok(r, (d) => d.bytes?.wasm ?? NaN)), format: kb },
        {
          label: 'wasm gzip',
          value: (r) => median(ok(r, (d) => d.bytes?.wasmGzip ?? NaN)),
          format: kb,
        },
      ],
      [0, 1],
      null,
    );
  }

  for (const line of goalsSection(report)) out(line);
  const first = sizes[0] ?? 0;
  const bytes = (/** @type {string} */ key) => {
    const p = runsOf('pantau', first, 'load').filter((/** @type {any} */ r) => r.ok);
    const m = runsOf('mosaic-own', first, 'load').filter((/** @type {any} */ r) => r.ok);
    const f = (/** @type {any[]} */ r) => median(ok(r, (d) => d.bytes?.[key] ?? NaN));
    return p.length && m.length ? f(p) / f(m) : NaN;
  };
  const cell = (/** @type {number} */ x, /** @type {number} */ goal) =>
    Number.isFinite(x) ? `${x.toFixed(2)} ${x <= goal ? '(met)' : '(missed)'}` : '–';
  out(
    `S6 bytes ≤ 0.5x vgplot's: JavaScript before DuckDB ${cell(bytes('jsBeforeDuckdb'), 0.5)}, all JavaScript ${cell(bytes('jsTotal'), 0.5)}.`,
  );
  out();

  if (second) for (const line of secondRunSection(report, second.report, second.paths)) out(line);

  out('## Where Pantau loses');
  out();
  out('Every place in the tables above where Pantau is slower or bigger than the best peer:');
  out();
  if (losses.length === 0) out('Nowhere in this run.');
  for (const l of losses) out(`- ${l}.`);
  out();
  if (notes) {
    out(notes.trim());
    out();
  }
  return `${lines.join('\n')}\n`;
}
