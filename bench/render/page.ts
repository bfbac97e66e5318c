/**
 * The browser half of `npm run bench:render` (bench/render/run.mjs drives it). For each input
 * size it builds the `layanan` table in a fresh duckdb-wasm database, then for each chart case:
 * times the element's aggregation query through @pantau/core's coordinator (cache off), and the
 * draw from that answer (or from in-memory columns) to a painted frame (see measure.ts).
 *
 * Settings come from the URL (`?sizes=100,1000&rounds=20&warmup=3&cases=bars,line`); results are
 * exposed as `window.__renderBench` (a promise).
 */

import {
  Coordinator,
  createBrowserConnector,
  type QueryResult,
  type TableSchema,
} from '@pantau/core';
import type { ChartOutput } from '@pantau/charts';
import { contextFor, type RenderCase } from './case.ts';
import { CASES } from './cases/index.ts';
import { TABLE, buildTable } from './data.ts';
import { benchAsync, benchDraw, type DrawStats, type Samples } from './measure.ts';
import { driverOf } from '../../packages/core/src/engine/engine-access.ts';

export interface CaseResult {
  kind: string;
  variant: string;
  /** Input rows (the table's, or the in-memory columns'). */
  rows: number;
  /** Rows of the element's query answer (query cases). */
  resultRows: number | null;
  /** What reaches the renderer, counted in `noun`: bars, cells, slices, points. */
  marks: number;
  noun: string;
  /** What the renderer drew: keyboard marks, surface, and SVG/HTML elements in the node. */
  drawn: {
    marks: number;
    /** `html` for a renderer that returns HTML (the table), whatever its `surface` says. */
    surface: 'svg' | 'canvas' | 'html';
    elements: number;
    width: number;
    height: number;
  };
  /** The aggregation query through the coordinator (cache off), query cases only. */
  query: Samples | null;
  draw: DrawStats;
  /** Renderer steps timed alone (lines: building the axis, M4), when the case names some. */
  steps?: Record<string, Samples>;
  error?: string;
}

export interface SizeResult {
  rows: number;
  /** Building `layanan` in DuckDB (ms, once). */
  generateMs: number;
  error?: string;
}

export interface PageResults {
  userAgent: string;
  devicePixelRatio: number;
  engine: string;
  settings: { sizes: number[]; rounds: number; warmup: number; cases: string[] };
  /** Per case: what its "rows" are, its size, and where its input comes from. */
  rowsMeaning: { kind: string; variant: string; rows: string; size: string; source: string }[];
  sizes: SizeResult[];
  cases: CaseResult[];
}

declare global {
  interface Window {
    __renderBench?: Promise<PageResults>;
  }
}

const params = new URLSearchParams(location.search);
const SIZES = (params.get('sizes') ?? '100,1000,10000,100000').split(',').map(Number);
const ROUNDS = Number(params.get('rounds') ?? 20);
const WARMUP = Number(params.get('warmup') ?? 3);
const ONLY = (params.get('cases') ?? '').split(',').filter((s) => s !== '');

function log(line: string): void {
  console.log(`[bench] ${line}`);
}

const fmt = (ms: number) => ms.toFixed(2);

function describeOutput(output: ChartOutput): CaseResult['drawn'] {
  const box = output.node.getBoundingClientRect();
  return {
    marks: output.marks.length,
    surface:
      output.surface === 'canvas'
        ? 'canvas'
        : output.node.namespaceURI === 'http://www.w3.org/2000/svg'
          ? 'svg'
          : 'html',
    elements: output.node.querySelectorAll('*').length + 1,
    width: Math.round(box.width),
    height: Math.round(box.height),
  };
}

async function runCase(
  benchCase: RenderCase,
  rows: number,
  host: HTMLElement,
  coordinator: Coordinator,
  table: TableSchema,
): Promise<CaseResult> {
  const context = contextFor(benchCase, `${benchCase.kind} ${benchCase.variant}`);
  let query: Samples | null = null;
  let resultRows: number | null = null;
  let marks: number;
  let draw: () => ChartOutput;
  let steps: Record<string, Samples> | undefined;
  if (benchCase.source === 'query') {
    const requests = benchCase.queries(table);
    const timed = await benchAsync<QueryResult[]>(
      () => Promise.all(requests.map((r) => coordinator.query(r, { cache: false }))),
      WARMUP,
      ROUNDS,
    );
    const results = timed.last;
    query = timed.stats;
    resultRows = results[0]?.numRows ?? 0;
    marks = benchCase.marks(results);
    draw = () => benchCase.draw(results, context);
  } else {
    const prepared = benchCase.prepare(rows);
    marks = prepared.marks;
    draw = () => prepared.draw(context);
    if (prepared.steps !== undefined) {
      steps = {};
      for (const [name, step] of Object.entries(prepared.steps)) {
        steps[name] = (await benchAsync(async () => step(), WARMUP, ROUNDS)).stats;
      }
    }
  }
  const timed = await benchDraw(host, draw, WARMUP, ROUNDS);
  const drawn = describeOutput(timed.output);
  host.replaceChildren();
  return {
    kind: benchCase.kind,
    variant: benchCase.variant,
    rows,
    resultRows,
    marks,
    noun: benchCase.noun,
    drawn,
    query,
    draw: timed.stats,
    ...(steps === undefined ? {} : { steps }),
  };
}

async function main(): Promise<PageResults> {
  const host = document.getElementById('host');
  if (host === null) throw new Error('#host is missing');
  const cases = CASES.filter(
    (c) => ONLY.length === 0 || ONLY.includes(c.kind) || ONLY.includes(`${c.kind}-${c.variant}`),
  );
  log(`sizes ${SIZES.join(', ')}; ${cases.length} cases; ${WARMUP} warm-up + ${ROUNDS} rounds`);
  const sizes: SizeResult[] = [];
  const results: CaseResult[] = [];
  let engine = '';
  for (const rows of SIZES) {
    // A database of its own per size, as the engine benchmark does.
    const connector = createBrowserConnector();
    const coordinator = new Coordinator(connector);
    const size: SizeResult = { rows, generateMs: NaN };
    sizes.push(size);
    try {
      engine = (await driverOf(connector)).engine;
      size.generateMs = await buildTable(connector, rows);
      const table = await connector.describe(TABLE);
      log(`${rows.toLocaleString('en')} rows: table built in ${fmt(size.generateMs)} ms`);
      for (const benchCase of cases) {
        try {
          const result = await runCase(benchCase, rows, host, coordinator, table);
          results.push(result);
          log(
            `  ${result.kind} ${result.variant}: ${result.marks} marks (${result.drawn.surface}), ` +
              (result.query ? `query ${fmt(result.query.median)} ms, ` : '') +
              `draw ${fmt(result.draw.total.median)} ms (p95 ${fmt(result.draw.total.p95)})`,
          );
        } catch (error) {
          const message =
            error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          log(`  ${benchCase.kind} ${benchCase.variant} FAILED: ${message}`);
          results.push({
            kind: benchCase.kind,
            variant: benchCase.variant,
            rows,
            resultRows: null,
            marks: 0,
            noun: benchCase.noun,
            drawn: { marks: 0, surface: 'svg', elements: 0, width: 0, height: 0 },
            query: null,
            draw: emptyDraw(),
            error: message,
          });
        }
      }
    } catch (error) {
      size.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      log(`${rows} rows FAILED: ${size.error}`);
    } finally {
      await connector.close().catch(() => undefined);
    }
  }
  log('done');
  return {
    userAgent: navigator.userAgent,
    devicePixelRatio: window.devicePixelRatio,
    engine,
    settings: {
      sizes: SIZES,
      rounds: ROUNDS,
      warmup: WARMUP,
      cases: cases.map((c) => `${c.kind}-${c.variant}`),
    },
    rowsMeaning: cases.map((c) => ({
      kind: c.kind,
      variant: c.variant,
      rows: c.rows,
      size: `${c.size.width}×${c.size.height} px`,
      source: c.source === 'query' ? 'DuckDB query' : 'in-memory columns',
    })),
    sizes,
    cases: results,
  };
}

function emptyDraw(): DrawStats {
  const none: Samples = { samples: [], median: NaN, p95: NaN };
  return { render: none, layout: none, paint: none, total: none, toFrame: none };
}

window.__renderBench = main();
