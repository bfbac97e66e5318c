// @ts-check
/** The crossfilter section's table for bench/README.md, from a results object (run.mjs). */

const ms = (/** @type {number} */ v) =>
  Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–';
const rowsText = (/** @type {number} */ n) => n.toLocaleString('en');

/**
 * Median over a mode's measured steps of `pick(step)`.
 * @param {any[]} steps
 * @param {(step: any) => number} pick
 */
function medianOf(steps, pick) {
  const values = steps
    .filter((s) => s.changed && Number.isFinite(s.latency))
    .map(pick)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  return values[Math.floor((values.length - 1) / 2)] ?? NaN;
}

/** @param {any} result */
export function renderTable(result) {
  const lines = [
    '| rows | mode | interactions | p50 ms | p95 ms | click p50 / brush p50 ms | last query sent | first answer | all answered | answers to frame | worker statements on cubes | steps answered in the page |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  /** @type {Record<string, string>} */
  const formLabel = {
    dwell: 'pre-aggregated, 500 ms dwell, no wait for builds',
    repeat: 'pre-aggregated, one widget repeated, no wait for builds',
  };
  for (const size of result.sizes) {
    for (const mode of ['cube', 'base', 'dwell', 'repeat']) {
      const s = size[mode];
      const steps = size.steps[mode];
      if (s === undefined || steps === undefined) continue;
      const times = (/** @type {any} */ step, /** @type {'start' | 'end'} */ key) =>
        step.timeline.map((/** @type {any} */ q) => Number(q[key]));
      const sent = medianOf(steps, (x) => Math.max(...times(x, 'start')));
      const first = medianOf(steps, (x) => Math.min(...times(x, 'end')));
      const toFrame = medianOf(steps, (x) => x.latency - x.queriesDone);
      const label = formLabel[mode] ?? (mode === 'base' ? 'base table' : 'pre-aggregated');
      // No statement to DuckDB's worker at all: every widget answered from a cube in the page.
      const measured = steps.filter(
        (/** @type {any} */ x) => x.changed && Number.isFinite(x.latency),
      );
      const inPage =
        measured.filter((/** @type {any} */ x) => x.queries === 0).length /
        Math.max(1, measured.length);
      lines.push(
        `| ${rowsText(size.rows)} | ${label} | ${s.n} | **${ms(s.p50)}** | ${ms(s.p95)} | ${ms(s.byKind.click.p50)} / ${ms(s.byKind.brush.p50)} | ${ms(sent)} | ${ms(first)} | ${ms(s.queriesDoneP50)} | ${ms(toFrame)} | ${(s.cubeShare * 100).toFixed(0)} % | ${(inPage * 100).toFixed(0)} % |`,
      );
    }
  }
  lines.push('');
  lines.push(
    `Latency is from the input event to the frame after the last widget changed. The next four columns are medians in ms after the input: the last widget query sent, the first and the last answer back from DuckDB, and from the last answer to the frame (drawing, layout, paint, the wait for the frame); a step answered in the page has no worker answer (0). The last two columns: the share of worker statements that read a cube, and of steps that sent none. The first two modes are today's plan (sessions of 1-3 widgets, ${result.settings.dwellMs} ms on each widget before the input, and with pre-aggregation a wait for the cubes it builds); the last two run with pre-aggregation and never wait for its builds: the same sessions with the pointer resting ${result.settings.longDwellMs ?? 500} ms first, and sessions of one widget gestured again and again.`,
  );
  const early = result.sizes.filter((/** @type {any} */ s) => s.early);
  if (early.length > 0) {
    lines.push('');
    lines.push(
      `A brush on the month line one second after the first paint (the KPI and the line drawn), while the page may still draw and build: ${early
        .map(
          (/** @type {any} */ s) =>
            `${rowsText(s.rows)} rows ${ms(s.early.latency)} ms (${s.early.buildsRunning} cube builds running, ${s.early.cubesBuilt} built)`,
        )
        .join('; ')}.`,
    );
  }
  lines.push('');
  lines.push(
    '| rows | load (ms) | idle cube builds (ms, count) | idle builds, database ms (sum) | all builds, database ms (sum, count) | cube build ms (median, max) | cube rows (max) | wait for cubes before a click, p50 / max ms | renderer peak memory |',
  );
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of result.sizes) {
    const builds = size.cubes
      .map((/** @type {any} */ c) => Number(c.buildMs))
      .sort((/** @type {number} */ a, /** @type {number} */ b) => a - b);
    const median = builds[Math.floor((builds.length - 1) / 2)] ?? NaN;
    const maxRows = Math.max(0, ...size.cubes.map((/** @type {any} */ c) => c.rows));
    const dbMs = (/** @type {any[] | undefined} */ list) =>
      list ? ms(list.reduce((sum, b) => sum + Number(b.buildMs), 0)) : '–';
    lines.push(
      `| ${rowsText(size.rows)} | ${ms(size.loadMs)} | ${ms(size.idleBuildMs)} (${size.initialCubes.length}) | ${dbMs(size.idleBuilds)} | ${dbMs(size.builds)} (${size.builds?.length ?? '–'}) | ${ms(median)}, ${ms(Math.max(0, ...builds))} | ${rowsText(maxRows)} | ${ms(size.cube.buildWaitP50)} / ${ms(size.cube.buildWaitMax)} | ${size.memory.peakMB.toFixed(0)} MB |`,
    );
  }
  const m = result.machine;
  const loads = result.sizes.map((/** @type {any} */ s) => s.load[0].toFixed(1)).join(', ');
  lines.push('');
  lines.push(
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}. Load average (1 min) before: ${result.loadBefore[0].toFixed(1)}; after each size: ${loads}. Node ${result.versions.node}, Chromium ${result.versions.chromium}, duckdb-wasm ${result.versions.duckdbWasm}, Pantau at ${result.versions.pantau}. ${result.settings.interactions}+ interactions per size and mode (seed ${result.settings.seed}), run ${result.date}.`,
  );
  return lines.join('\n');
}
