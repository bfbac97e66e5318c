// @ts-check
/** bench/RESULTS-server.md from bench/results/server.json's numbers (written by run.mjs). */
import { writeFileSync } from 'node:fs';

const ms = (/** @type {number} */ x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
const rows = (/** @type {number} */ n) => (n >= 1e6 ? `${n / 1e6}M` : String(n));

/** @param {any} out @param {string} file */
export async function writeReport(out, file) {
  const lines = [
    '# bench:server results',
    '',
    `Run ${out.date} on ${out.machine.cpuModel}, ${out.machine.cores} cores (shared), ${out.machine.memoryGiB} GiB;`,
    `Node ${out.versions.node}, DuckDB ${out.versions.duckdb} (@duckdb/node-api), Pantau ${out.versions.pantau}.`,
    `Settings: ${JSON.stringify(out.settings)}. \`npm run bench:server\` (bench/server/).`,
    '',
    "One interaction = one POST carrying the dashboard's 8 plans (bench/crossfilter's widgets),",
    'timed from the request to the last answer decoded. **cubes**: the server as deployed;',
    '**table**: `--no-cubes`; **direct**: the same SQL on one @duckdb/node-api connection in the',
    'same process, no HTTP. Forms interleaved in rotating order on every interaction. Tax = table /',
    'direct per interaction (same SQL, same engine, same threads).',
    '',
    '| rows | load avg before / after | first view cubes / table / direct | cubes p50 / p95 (all) | cubes steady p50 / p95 | interactions that built cubes p50 | table p50 / p95 | direct p50 / p95 | tax p50 / p95 (n) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const s of out.sizes) {
    lines.push(
      `| ${rows(s.rows)} | ${s.loadAvgBefore.map((/** @type {number} */ x) => x.toFixed(1)).join(' ')} / ${s.loadAvgAfter.map((/** @type {number} */ x) => x.toFixed(1)).join(' ')} | ${ms(s.firstView.cubes)} / ${ms(s.firstView.table)} / ${ms(s.firstView.direct)} | ${ms(s.cubes.p50)} / ${ms(s.cubes.p95)} (${s.cubes.n}) | ${ms(s.cubesSteady.p50)} / ${ms(s.cubesSteady.p95)} (${s.cubesSteady.n}) | ${ms(s.cubesWithBuilds.p50)} (${s.cubesWithBuilds.n}) | ${ms(s.table.p50)} / ${ms(s.table.p95)} (${s.table.n}) | ${ms(s.direct.p50)} / ${ms(s.direct.p95)} | ${s.tax.p50.toFixed(2)}x / ${s.tax.p95.toFixed(2)}x (${s.tax.n}) |`,
    );
  }
  lines.push(
    '',
    "Teaching request (every publisher selected at once, before timing: builds every widget's cube with every selection column):",
    '',
  );
  for (const s of out.sizes)
    lines.push(
      `- ${rows(s.rows)}: ${s.teach ? `${ms(s.teach.ms)} answered from the table, then ${s.teach.buildsMs === undefined ? '?' : ms(s.teach.buildsMs)} until ${s.teach.built} cubes were built (in the background)` : 'not sent (cubes learnt during the gestures)'}`,
    );
  const b = out.browser10M ?? out.browser1M;
  lines.push('', '## Beside the browser engine', '');
  if (out.browser10M?.cube) {
    lines.push(
      `bench/results/crossfilter.json (${out.browser10M.date}) at 10M: cubes p50 ${ms(out.browser10M.cube.p50)}, p95 ${ms(out.browser10M.cube.p95)}.`,
    );
  } else if (b) {
    lines.push(
      `bench/results/crossfilter.json (${b.date}) holds no 10M run (sizes ${JSON.stringify(b.sizes)}); at 1M rows the browser's cross-filter`,
      `took p50 ${ms(out.browser1M?.cube?.p50)} with cubes, ${ms(out.browser1M?.base?.p50)} without (input to last repaint, drawing included; the server numbers here stop at decoded answers).`,
    );
  } else lines.push('No bench/results/crossfilter.json here.');
  lines.push('', '## Cubes held at the end', '');
  for (const s of out.sizes) {
    lines.push(
      `- ${rows(s.rows)}: ${JSON.stringify(s.cubeStats)}; ${s.cubeList.map((/** @type {any} */ c) => `${c.rows} rows [${c.columns.join(', ')}] built in ${c.buildMs.toFixed(0)} ms`).join('; ')}`,
    );
  }
  lines.push('', '<!-- findings:start -->', '<!-- findings:end -->', '');
  writeFileSync(file, lines.join('\n'));
}
