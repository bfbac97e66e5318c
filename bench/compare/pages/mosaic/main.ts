/**
 * Mosaic vgplot 0.32's contender, as its documentation builds a cross-filtered dashboard: one
 * crossfilter Selection, toggle interactors on the bars, an interval brush on the line, and the
 * KPIs as Mosaic clients (makeClient). `?engine=own` runs on Mosaic's own pinned duckdb-wasm
 * (1.33 dev, self-hosted here: Mosaic's default would fetch it from jsDelivr); `?engine=pantau`
 * on the same duckdb-wasm instance and table as Pantau (loaded by Pantau's source loader).
 */
import * as vg from '@uwdata/vgplot';
import { makeClient } from '@uwdata/mosaic-core';
import { driverOf } from '../../../../packages/core/src/engine/engine-access.ts';
import { USED_COLUMNS, type WidgetId } from '../../spec.mjs';
import { deepQueryAll, installBench, rectOf, type Adapter, type Rect } from '../../page/measure.ts';

const engine = new URLSearchParams(location.search).get('engine') === 'pantau' ? 'pantau' : 'own';

type WasmOptions = NonNullable<Parameters<typeof vg.wasmConnector>[0]>;
type MosaicDb = NonNullable<WasmOptions['duckdb']>;

interface Db {
  _pendingRequests?: Map<number, unknown>;
}
let db: Db | null = null;
/** Queries Mosaic has asked and not had answered (the harness waits for none before a gesture). */
let pendingQueries = () => db?._pendingRequests?.size ?? 0;
const versions: Record<string, string> = {};
const drawn = new Set<WidgetId>();

/** Mosaic's own duckdb-wasm (the dev build mosaic-core pins), from this server. */
async function ownEngine(dataUrl: string) {
  const [duckdb, wasm, worker] = await Promise.all([
    // @ts-expect-error -- the nested copy ships no types next to this file; its API is 1.32's.
    import('../../../../node_modules/@uwdata/mosaic-core/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs'),
    import('../../../../node_modules/@uwdata/mosaic-core/node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
    import('../../../../node_modules/@uwdata/mosaic-core/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'),
  ]);
  const instance: MosaicDb = new duckdb.AsyncDuckDB(
    new duckdb.VoidLogger(),
    new Worker(worker.default),
  );
  await instance.instantiate(wasm.default);
  await instance.open({});
  const connection = await instance.connect();
  versions['engine'] = `Mosaic's own duckdb-wasm ${await instance.getVersion()}`;
  db = instance as unknown as Db;
  vg.coordinator().databaseConnector(vg.wasmConnector({ duckdb: instance, connection }));
  // Extensions would be downloaded from the internet: fail fast instead (offline here).
  await vg.coordinator().exec('SET autoinstall_known_extensions = false');
  try {
    await vg.coordinator().exec(vg.loadParquet('applications', dataUrl));
    return "read_parquet over HTTP inside Mosaic's duckdb-wasm (vg.loadParquet)";
  } catch (error) {
    console.warn('read_parquet failed, falling back to hyparquet -> Arrow', error);
    const { arrowBuilder, readAsArrow } = await import('../arrow-load.ts');
    await connection.insertArrowFromIPCStream(await readAsArrow(dataUrl), {
      name: 'applications',
      create: true,
    });
    return `hyparquet -> ${arrowBuilder} -> Arrow IPC -> Mosaic's duckdb-wasm (read_parquet failed: ${String(error)})`;
  }
}

/** The duckdb-wasm instance Pantau runs, with the table loaded by Pantau's source loader. */
async function pantauEngine(dataUrl: string) {
  await import('../engine-base.ts');
  const { pageConnector } = await import('@pantau/core');
  const connector = pageConnector();
  await connector.registerSource({
    name: 'applications',
    data: dataUrl,
    format: 'parquet',
    columns: USED_COLUMNS,
  });
  // Mosaic's connector protocol (`query({ type, sql })`: Arrow IPC bytes, or nothing for
  // `exec`) over Pantau's driver, which answers with Arrow IPC bytes as duckdb-wasm's runQuery
  // does. Pantau speaks duckdb-wasm's worker protocol itself, so there is no AsyncDuckDB to hand
  // Mosaic's wasmConnector. The driver, not the connector: Mosaic's pre-aggregation writes tables,
  // which Pantau's read-only statement gate would refuse.
  const driver = await driverOf(connector);
  versions['engine'] = `Pantau's duckdb-wasm ${driver.engine}`;
  let inFlight = 0;
  pendingQueries = () => inFlight;
  vg.coordinator().databaseConnector({
    async query({ type, sql }: { type: string; sql: string }) {
      inFlight++;
      try {
        const bytes = await driver.query(sql);
        return type === 'exec' ? undefined : bytes;
      } finally {
        inFlight--;
      }
    },
  } as unknown as Parameters<ReturnType<typeof vg.coordinator>['databaseConnector']>[0]);
  return "Pantau's loader (hyparquet -> Arrow IPC) into Pantau's duckdb-wasm 1.32; Mosaic queries that instance";
}

function cell(id: WidgetId, child: Element): void {
  const div = document.createElement('div');
  div.className = 'cell';
  div.dataset['w'] = id;
  div.append(child);
  document.getElementById('host')!.append(div);
}

function kpi(
  id: WidgetId,
  label: string,
  measure: ReturnType<typeof vg.count>,
  $sel: vg.Selection,
) {
  const out = document.createElement('div');
  out.className = 'kpi';
  const caption = document.createElement('p');
  caption.textContent = label;
  const value = document.createElement('p');
  value.className = 'kpi';
  out.append(caption, value);
  cell(id, out);
  makeClient({
    selection: $sel,
    query: (filter) => vg.Query.from('applications').select({ v: measure }).where(filter),
    queryResult: (data) => {
      const v = (data as { get(i: number): { v: number } }).get(0)?.v;
      value.textContent = Number(v).toLocaleString('id-ID', { maximumFractionDigits: 1 });
      drawn.add(id);
    },
  });
}

function dashboard(): void {
  const $sel = vg.Selection.crossfilter();
  const month = vg.sql`date_trunc('month', submitted_at)`;
  const from = () => vg.from('applications', { filterBy: $sel });
  kpi('total', 'Permohonan', vg.count(), $sel);
  kpi('sla', 'Rata-rata standar (hari)', vg.avg('sla_days'), $sel);
  cell(
    'units',
    vg.plot(
      vg.barX(from(), { x: vg.count(), y: 'unit_code', sort: { y: '-x', limit: 20 } }),
      vg.toggleY({ as: $sel }),
      vg.width(600),
      vg.height(420),
      vg.marginLeft(110),
    ),
  );
  cell(
    'status',
    vg.plot(
      vg.barY(from(), { x: 'status', y: vg.count() }),
      vg.toggleX({ as: $sel }),
      vg.width(600),
      vg.height(260),
      vg.marginLeft(60),
    ),
  );
  cell(
    'months',
    vg.plot(
      // A line of 36 points: Mosaic's docs turn M4 off for so few (`optimize: false` on the
      // data source; its M4 query is a UNION that its pre-aggregator rejects).
      vg.lineY(vg.from('applications', { filterBy: $sel, optimize: false }), {
        x: month,
        y: vg.count(),
      }),
      vg.intervalX({ as: $sel }),
      vg.width(600),
      vg.height(260),
      vg.marginLeft(60),
    ),
  );
  cell(
    'heat',
    vg.plot(
      vg.cell(from(), { x: month, y: 'kecamatan', fill: vg.count() }),
      vg.width(600),
      vg.height(220),
      vg.marginLeft(140),
      vg.xTickFormat('%b %y'),
      vg.xTicks(6),
    ),
  );
}

const marks = (id: WidgetId, selector: string): Element[] => {
  const host = document.querySelector(`[data-w="${id}"]`);
  return host ? deepQueryAll(selector, host) : [];
};

const MARK: Partial<Record<WidgetId, string>> = {
  units: 'g[aria-label="bar"] rect',
  status: 'g[aria-label="bar"] rect',
  months: 'g[aria-label="line"] path',
  heat: 'g[aria-label="cell"] rect',
};

const adapter: Adapter = {
  async start(dataUrl) {
    const route = engine === 'own' ? await ownEngine(dataUrl) : await pantauEngine(dataUrl);
    dashboard();
    return { route };
  },
  isDrawn(id) {
    const selector = MARK[id];
    return selector ? marks(id, selector).length > 0 : drawn.has(id);
  },
  pending: () => pendingQueries(),
  targets() {
    const byY = (a: Rect, b: Rect) => a.y - b.y;
    const byX = (a: Rect, b: Rect) => a.x - b.x;
    const line = marks('months', MARK.months!)[0];
    return {
      units: marks('units', MARK.units!).map(rectOf).sort(byY),
      status: marks('status', MARK.status!).map(rectOf).sort(byX),
      line: line ? rectOf(line) : null,
    };
  },
  versions: () => versions,
  // Mosaic's query cache only (what its coordinator's clear() empties, without cancelling
  // anything or disconnecting clients); its data-cube indexes are tables and stay.
  forgetAnswers: () => vg.coordinator().manager.cache().clear(),
};

installBench(adapter);
