/**
 * Plain duckdb-wasm + hand-written D3: the floor without an optimiser. duckdb-wasm 1.32 (the copy
 * Pantau uses, self-hosted), the file read by hyparquet and inserted as Arrow (1.32 has no Parquet
 * reader), the spec's SQL run as prepared statements, every answer drawn by draw.ts. On a change
 * the five other widgets' queries are sent at once; an answer older than the latest change is
 * dropped.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { WIDGET_IDS, widgetQueries, type WidgetId } from '../../spec.mjs';
import { deepQueryAll, installBench, rectOf, type Adapter, type Rect } from '../../page/measure.ts';
import { arrowBuilder, readAsArrow } from '../arrow-load.ts';
import { attachBrush } from '../brush.ts';
import { CrossFilter, OTHERS, monthRange } from '../selection.ts';
import { bars, heatmap, kpi, monthLine, type Row } from './draw.ts';

let db: duckdb.AsyncDuckDB;
let conn: duckdb.AsyncDuckDBConnection;
let engine = '';
const drawn = new Set<WidgetId>();
let generation = 0;

function cell(id: WidgetId): HTMLElement {
  let div = document.querySelector<HTMLElement>(`[data-w="${id}"]`);
  if (!div) {
    div = document.createElement('div');
    div.className = 'cell';
    div.dataset['w'] = id;
    document.getElementById('host')!.append(div);
  }
  return div;
}

const filter = new CrossFilter((except) => void update(OTHERS[except]));

async function run(sql: string, params: (string | number)[]): Promise<Row[]> {
  const statement = await conn.prepare(sql);
  try {
    const result = await statement.query(...params);
    return result.toArray().map((r) => {
      const o = r.toJSON() as { k: string | number; v: number; m?: number };
      // Timestamps arrive as epoch milliseconds.
      return {
        k: typeof o.k === 'number' ? new Date(o.k) : o.k,
        v: Number(o.v),
        ...(o.m !== undefined ? { m: new Date(Number(o.m)) } : {}),
      };
    });
  } finally {
    await statement.close();
  }
}

async function update(ids: readonly WidgetId[]): Promise<void> {
  const mine = ++generation;
  const queries = widgetQueries(filter.state).filter((q) => ids.includes(q.id));
  await Promise.all(
    queries.map(async (q) => {
      const rows = await run(q.sql, q.params);
      if (mine !== generation) return;
      draw(q.id, rows);
    }),
  );
}

function draw(id: WidgetId, rows: Row[]): void {
  const div = cell(id);
  if (id === 'total') kpi(div, 'Permohonan', rows[0]?.v ?? 0);
  else if (id === 'sla') kpi(div, 'Rata-rata standar (hari)', rows[0]?.v ?? 0);
  else if (id === 'units') bars(div, rows, true, (k) => filter.click('units', k));
  else if (id === 'status') bars(div, rows, false, (k) => filter.click('status', k));
  else if (id === 'months') {
    const { svg, x } = monthLine(div, rows);
    attachBrush(svg, { left: 60, right: 580, top: 20, bottom: 230 }, (x0, x1) =>
      filter.brush(monthRange(+x.invert(x0), +x.invert(x1))),
    );
  } else heatmap(div, rows);
  drawn.add(id);
}

const adapter: Adapter = {
  async start(dataUrl) {
    const arrow = readAsArrow(dataUrl);
    arrow.catch(() => undefined);
    db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(ehWorker));
    await db.instantiate(ehWasm);
    await db.open({});
    conn = await db.connect();
    engine = `duckdb-wasm ${await db.getVersion()}`;
    await conn.query('SET autoinstall_known_extensions = false');
    await conn.insertArrowFromIPCStream(await arrow, { name: 'applications', create: true });
    for (const id of WIDGET_IDS) cell(id);
    void update(WIDGET_IDS);
    return {
      route: `hyparquet (HTTP range reads, 5 columns) -> ${arrowBuilder} -> Arrow IPC -> duckdb-wasm 1.32`,
    };
  },
  isDrawn: (id) => drawn.has(id),
  pending: () =>
    (db as unknown as { _pendingRequests?: Map<number, unknown> } | undefined)?._pendingRequests
      ?.size ?? 0,
  targets() {
    const byY = (a: Rect, b: Rect) => a.y - b.y;
    const line = deepQueryAll('path.line', cell('months'))[0];
    return {
      units: deepQueryAll('g.bars rect', cell('units')).map(rectOf).sort(byY),
      status: deepQueryAll('g.bars rect', cell('status')).map(rectOf),
      line: line ? rectOf(line) : null,
    };
  },
  versions: () => ({ engine }),
};

installBench(adapter);
