/**
 * `node bench/arrow-writer/run.mjs`: Pantau's own Arrow writer (sources/arrow-columns.ts, buffers
 * filled by hand) against Flechette 2.6.0's builders (tableFromArrays) + tableToIPC(t, { format:
 * 'stream' }), on the same 5 columns of the Banjarmasin
 * applications table (text with few values, text with more, a timestamp, an integer, a boolean)
 * as hyparquet hands them to the writer. All end in the IPC stream DuckDB is given. Pantau's writer
 * runs twice: as it is (its buffers in Flechette columns, Flechette's IPC encoder: columnsToIpc)
 * and as it was before (the same buffers in apache-arrow vectors and apache-arrow's tableToIPC,
 * compiled from git commit 9e49581).
 *
 * Data: datasets/scale/applications_1000000.parquet when present
 * (`npm run datasets -- --rows 1000000 --no-base`), otherwise the committed 20 000-row table
 * repeated to BENCH_ROWS (default 1 000 000). Runs: BENCH_RUNS (default 7) per contender,
 * alternating which goes first; medians reported. Every output is read back with Flechette and
 * compared with the input, so a fast wrong writer cannot win.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parquetReadObjects } from 'hyparquet';
import * as flechette from '@uwdata/flechette';
import { tableToIPC as arrowTableToIPC } from 'apache-arrow';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const COLUMNS = ['unit_code', 'service', 'submitted_at', 'sla_days', 'on_time'];

const BEFORE = '9e49581';
const WRITER_FILES = ['rows-to-arrow.ts', 'arrow-columns.ts', 'source-spec.ts'];

/** Pantau's writer now and before, compiled from TypeScript (packages stay external). */
async function loadPantauWriters() {
  // Inside the repository, so the compiled files resolve packages from its node_modules.
  const dir = mkdtempSync(path.join(root, 'node_modules/.cache-arrow-writer-'));
  for (const file of WRITER_FILES) {
    const text = execFileSync('git', ['show', `${BEFORE}:packages/core/src/sources/${file}`], {
      cwd: root,
      encoding: 'utf8',
    });
    writeFileSync(path.join(dir, file), text);
  }
  const compile = async (entry, name) => {
    const outfile = path.join(dir, name);
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      outfile,
      logLevel: 'warning',
    });
    return import(pathToFileURL(outfile).href);
  };
  const now = await compile(
    path.join(root, 'packages/core/src/sources/rows-to-arrow.ts'),
    'now.mjs',
  );
  const before = await compile(path.join(dir, 'rows-to-arrow.ts'), 'before.mjs');
  return { now, before, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function readColumns() {
  const scale = path.join(root, 'datasets/scale/applications_1000000.parquet');
  const file = existsSync(scale)
    ? scale
    : path.join(root, 'datasets/banjarmasin/applications.parquet');
  const bytes = readFileSync(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = await parquetReadObjects({ file: buffer, columns: COLUMNS, rowEnd: ROWS });
  /** @type {Map<string, unknown[]>} */
  const columns = new Map(COLUMNS.map((name) => [name, new Array(ROWS)]));
  for (let i = 0; i < ROWS; i++) {
    const row = rows[i % rows.length];
    for (const name of COLUMNS) columns.get(name)[i] = row[name] ?? null;
  }
  return { columns, source: `${path.relative(root, file)} (${rows.length} rows read)` };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The IPC stream read back: same values as the input, column by column. */
function check(name, bytes, columns) {
  const table = flechette.tableFromIPC(bytes, { useDate: true });
  for (const column of COLUMNS) {
    const got = table.getChild(column);
    const want = columns.get(column);
    for (const i of [0, 1, 7, 12345 % ROWS, ROWS - 1]) {
      const a = got.at(i);
      const b = want[i];
      const same = a instanceof Date ? a.getTime() === b.getTime() : a === b;
      if (!same) throw new Error(`${name}: ${column}[${i}] is ${a}, expected ${b}`);
    }
  }
}

const { columns, source } = await readColumns();
const { now, before, cleanup } = await loadPantauWriters();
const F = flechette;
// The types Pantau's inference picks for these columns, in Flechette's terms.
const types = {
  unit_code: F.dictionary(F.utf8(), F.int32()),
  service: F.dictionary(F.utf8(), F.int32()),
  submitted_at: F.timestamp(F.TimeUnit.MILLISECOND),
  sla_days: F.int32(),
  on_time: F.bool(),
};
const contenders = {
  'pantau writer + Flechette IPC encoder (columnsToIpc, now)': () => now.columnsToIpc(columns),
  'pantau writer + apache-arrow tableToIPC (before)': () =>
    arrowTableToIPC(before.columnsToArrow(columns), 'stream'),
  'flechette (tableFromArrays, types given + tableToIPC)': () =>
    F.tableToIPC(F.tableFromArrays(Object.fromEntries(columns), { types }), { format: 'stream' }),
  'flechette (tableFromArrays, types inferred + tableToIPC)': () =>
    F.tableToIPC(F.tableFromArrays(Object.fromEntries(columns)), { format: 'stream' }),
};

const names = Object.keys(contenders);
const samples = Object.fromEntries(names.map((n) => [n, []]));
const sizes = {};
for (const name of names) {
  const bytes = contenders[name]();
  check(name, bytes, columns);
  sizes[name] = bytes.byteLength;
}
for (let run = 0; run < RUNS; run++) {
  const order = run % 2 === 0 ? names : [...names].reverse();
  for (const name of order) {
    const start = performance.now();
    contenders[name]();
    samples[name].push(performance.now() - start);
  }
}
cleanup();

console.log(
  `${ROWS.toLocaleString('en')} rows x ${COLUMNS.length} columns from ${source}, ${RUNS} runs each, Node ${process.version}`,
);
for (const name of names) {
  const ms = samples[name];
  console.log(
    `${name}: median ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}), ${(sizes[name] / 1e6).toFixed(1)} MB IPC`,
  );
}
