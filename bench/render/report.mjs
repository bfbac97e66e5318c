// @ts-check
/** The tables `npm run bench:render` writes between the render markers of bench/README.md. */

export const FRAME_MS = 16;
export const DEMO_TARGET_MS = 2500;

/**
 * @param {number[]} samples
 * @returns {{ samples: number[], median: number, p95: number }}
 */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const at = (/** @type {number} */ i) => sorted[i] ?? NaN;
  const median = n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  const p95 = at(Math.min(n - 1, Math.max(0, Math.ceil(0.95 * n) - 1)));
  return { samples, median, p95 };
}

/** @param {number} ms */
export const fmt = (ms) =>
  !Number.isFinite(ms) ? '–' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);

/** @param {{ median: number, p95: number } | null | undefined} s */
const mp = (s) => (s ? `${fmt(s.median)} (${fmt(s.p95)})` : '–');

/** @param {number} n */
const int = (n) => n.toLocaleString('en');

/** @param {any} c a CaseResult */
function reaches(c) {
  if (c.error) return '–';
  return `${int(c.marks)} ${c.noun}`;
}

/**
 * The cases grouped by chart (in the page's order), sizes ascending within each.
 * @param {any[]} cases
 */
function byChart(cases) {
  const order = [...new Set(cases.map((c) => `${c.kind} ${c.variant}`))];
  return [...cases].sort(
    (a, b) =>
      order.indexOf(`${a.kind} ${a.variant}`) - order.indexOf(`${b.kind} ${b.variant}`) ||
      a.rows - b.rows,
  );
}

/** @param {any} report */
function chartTable(report) {
  const lines = [
    '| chart | input rows | reaches the renderer | drawn: surface, keyboard marks | DuckDB query ms median (p95) | draw ms median (p95) | render + layout + paint ms (medians) | ≤ 16 ms |',
    '|---|---:|---:|---|---:|---:|---:|:-:|',
  ];
  for (const c of byChart(report.charts.cases)) {
    const name = `${c.kind} ${c.variant}`;
    if (c.error) {
      lines.push(
        `| ${name} | ${int(c.rows)} | failed: ${c.error.replaceAll('|', '/')} | | | | | |`,
      );
      continue;
    }
    const d = c.draw;
    const ok = d.total.median <= FRAME_MS ? 'yes' : '**no**';
    lines.push(
      `| ${name} | ${int(c.rows)} | ${reaches(c)} | ${c.drawn.surface}, ${int(c.drawn.marks)} | ${mp(c.query)} | **${mp(d.total)}** | ${fmt(d.render.median)} + ${fmt(d.layout.median)} + ${fmt(d.paint.median)} | ${ok} |`,
    );
  }
  return lines;
}

/** @param {any} server one demo server's results */
function demoRows(server) {
  const rounds = server.rounds.filter((/** @type {any} */ r) => r.timings);
  const pick = (/** @type {(r: any) => number} */ f) => summarize(rounds.map(f));
  const t = (/** @type {any} */ r) => r.timings;
  const total = pick((r) => t(r).totalMs);
  const widgets = server.rounds[0]?.widgets ?? [];
  const readyCounts = server.rounds.map(
    (/** @type {any} */ r) =>
      r.widgets.filter((/** @type {any} */ w) => w.status === 'ready').length,
  );
  const allReady = readyCounts.every((/** @type {number} */ n) => n === widgets.length);
  const ok = total.median <= DEMO_TARGET_MS && allReady && widgets.length > 0;
  const wasm = rounds
    .map((/** @type {any} */ r) => r.duckdbWasm)
    .filter((/** @type {any} */ w) => w !== null);
  const withWasm = rounds.filter((/** @type {any} */ r) => r.duckdbWasm !== null);
  const rows = [
    [
      "page's scripts run (DOMContentLoaded)",
      summarize(rounds.map((/** @type {any} */ r) => r.navigation?.domContentLoaded ?? NaN)),
    ],
    ['DuckDB ready (since navigation)', pick((r) => t(r).engineMs)],
    ['… the wasm file had arrived at', summarize(wasm.map((/** @type {any} */ w) => w.endMs))],
    [
      '… then compiled, opened and locked down in',
      summarize(withWasm.map((/** @type {any} */ r) => r.timings.engineMs - r.duckdbWasm.endMs)),
    ],
    ['sources and views loaded (phase)', pick((r) => t(r).sourcesMs - t(r).engineMs)],
    ['widgets queried and drawn (phase)', pick((r) => t(r).widgetsMs - t(r).sourcesMs)],
    ['… main thread in drawChart (sum over widgets)', pick((r) => r.drawChartMs)],
    ['… main thread in Lit updates incl. drawChart (sum)', pick((r) => r.updateMs)],
    ['to the next frame (phase)', pick((r) => t(r).totalMs - t(r).widgetsMs)],
    ['**all widgets ready, on screen (since navigation)**', total],
  ];
  return {
    lines: rows.map(
      ([label, s]) => `| ${server.label} | ${label} | ${mp(/** @type {any} */ (s))} |`,
    ),
    total,
    ok,
    allReady,
    widgets,
    readyCounts,
    rounds: rounds.length,
  };
}

/** @param {any} report */
export function renderTable(report) {
  const out = ['### Charts: query result to pixels', '', ...chartTable(report), ''];
  const misses = report.charts.cases.filter(
    (/** @type {any} */ c) => !c.error && c.draw.total.median > FRAME_MS,
  );
  out.push(
    misses.length === 0
      ? `Every chart draws within one frame (median ≤ ${FRAME_MS} ms) at every size measured.`
      : `Over one frame (median > ${FRAME_MS} ms): ${misses.map((/** @type {any} */ c) => `${c.kind} ${c.variant} at ${int(c.rows)} rows (${fmt(c.draw.total.median)} ms)`).join('; ')}.`,
    '',
  );
  const stepped = report.charts.cases.filter(
    (/** @type {any} */ c) => !c.error && c.steps && c.rows >= 10_000,
  );
  if (stepped.length > 0) {
    out.push(
      `Renderer steps timed alone (median ms), where lines spend it: ${stepped
        .map(
          (/** @type {any} */ c) =>
            `${c.kind} ${c.variant} at ${int(c.rows)}: ${Object.entries(c.steps)
              .map(([name, s]) => `${name} ${fmt(/** @type {any} */ (s).median)}`)
              .join(', ')}`,
        )
        .join('; ')}.`,
      '',
    );
  }
  out.push(
    'What "input rows" means, per chart:',
    '',
    ...report.charts.rowsMeaning.map(
      (/** @type {any} */ m) => `- **${m.kind} ${m.variant}** (${m.size}): ${m.rows}.`,
    ),
    '',
  );
  out.push('### Demo: navigation to every widget ready (cold cache, localhost)', '');
  if (report.demo.length === 0) out.push('Not measured in this run (`BENCH_DEMO=none`).', '');
  for (const server of report.demo) {
    if (server.error) {
      out.push(`${server.label}: failed: ${server.error}`, '');
      continue;
    }
    const rows = demoRows(server);
    const tags = new Map();
    for (const w of rows.widgets) tags.set(w.tag, (tags.get(w.tag) ?? 0) + 1);
    const statuses = new Map();
    for (const w of server.rounds.at(-1)?.widgets ?? [])
      statuses.set(w.status, (statuses.get(w.status) ?? 0) + 1);
    out.push(
      '| served by | step | median (p95) ms |',
      '|---|---|---:|',
      ...rows.lines,
      '',
      `${server.label}: ${server.description}. ${rows.rounds} cold loads after ${server.warmup} warm-up. ` +
        `Widgets on the page: ${rows.widgets.length} (${[...tags].map(([t, n]) => `${n} ${t}`).join(', ')}); ` +
        `status at the end of the last load: ${[...statuses].map(([s, n]) => `${n} ${s}`).join(', ')}. ` +
        `Requests per load: ${int(server.rounds[0]?.requests ?? 0)}, ${(Number(server.rounds[0]?.responseBytes ?? 0) / 2 ** 20).toFixed(1)} MiB. ` +
        (rows.ok
          ? `**Meets** the ${int(DEMO_TARGET_MS)} ms target (median).`
          : `**Misses** the ${int(DEMO_TARGET_MS)} ms target: median ${fmt(rows.total.median)} ms${rows.allReady && rows.widgets.length > 0 ? '' : ', and not every widget was ready'}.`),
      '',
    );
  }
  const m = report.machine;
  const v = report.versions;
  const s = report.settings;
  out.push(
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${(m.memoryBytes / 2 ** 30).toFixed(0)} GiB, ${m.os}; ` +
      `load average (1 min) ${(m.load ?? []).map((/** @type {any} */ l) => `${l.load1.toFixed(1)} ${l.at}`).join(', ')} ` +
      `(other work on these 2 cores slows every number). ` +
      `Node ${v.node}, Chromium ${v.chromium} (headless, --disable-gpu, device pixel ratio ${report.charts.devicePixelRatio}), ` +
      `duckdb-wasm ${v.duckdbWasm} (${report.charts.engine}), Pantau at ${v.commit ?? '?'}. ` +
      `Charts: ${s.warmup} warm-up + ${s.rounds} timed draws (and queries) per row; demo: ${s.demoWarmup} warm-up + ${s.demoRounds} cold loads. ` +
      `Command: \`${report.command}\`; run ${report.date}, ${report.durationSeconds} s.`,
  );
  return out.join('\n');
}
