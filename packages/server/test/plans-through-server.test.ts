// Every chart kind's plans, built with core's builders as the widgets build them, answered three
// ways on the same CSV files: through a real server (HTTP, Arrow frames, core's decoder), on the
// page's engine (core's node connector + renderPlan), and by oracle SQL written here by hand.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  measure,
  pagePlan,
  renderPlan,
  decodeResult,
  type QueryPlan,
  type Row,
  type SqlValue,
  type TableSchema,
} from '@pantau/core';
import { createNodeConnector } from '@pantau/core/node';
import type { DuckDBConnector } from '@pantau/core';
import type { PantauServer } from '../src/index.ts';
import { PLANS } from './chart-plans.ts';
import { ask, dataFolder, getFrom, removeFolder, resultOf, serve } from './support.ts';

// Parquet, as the demo serves them (CSV files, typed the same on both engines, are
// csv-typing.test.ts's).
const FILES = ['service_performance.parquet', 'ikm_responses.parquet', 'applications.parquet'];

let dir: string;
let server: PantauServer;
let page: DuckDBConnector;
const schemas = new Map<string, TableSchema>();

async function oracle(sql: string, params: SqlValue[] = []): Promise<Row[]> {
  return [...decodeResult(await page.query(sql, params)).rows()];
}

async function onPage(plan: QueryPlan): Promise<Row[]> {
  const { sql, params } = renderPlan(plan, schemas.get(plan.table)!);
  return oracle(sql, params);
}

/** Every plan through the server in one request (as one interaction sends them). */
async function throughServer(plans: Record<string, QueryPlan>): Promise<Record<string, Row[]>> {
  const answer = await ask(
    server,
    Object.entries(plans).map(([id, plan]) => ({ id, plan })),
  );
  expect(answer.status).toBe(200);
  const out: Record<string, Row[]> = {};
  for (const id of Object.keys(plans)) out[id] = [...resultOf(answer, id).rows()];
  return out;
}

describe('plans through the server', () => {
  beforeAll(async () => {
    dir = await dataFolder(FILES);
    server = await serve({ data: dir });
    page = createNodeConnector();
    for (const file of FILES) {
      const name = file.replace('.parquet', '');
      await page.registerSource({
        name,
        data: new Uint8Array(await readFile(path.join(dir, file))),
        format: 'parquet',
      });
      schemas.set(name, await page.describe(name));
    }
  });
  afterAll(async () => {
    await server?.close();
    await page?.close();
    await removeFolder(dir);
  });

  it('serves each file as a table with the columns the page engine reads from it', async () => {
    const response = await getFrom(server, 'tables');
    expect(response.status).toBe(200);
    const { tables } = (await response.json()) as {
      tables: { name: string; columns: { name: string; type: string }[] }[];
    };
    expect(tables.map((t) => t.name).sort()).toEqual([
      'applications',
      'ikm_responses',
      'service_performance',
    ]);
    // The page keeps Parquet's timestamps in the file's unit (microseconds: TIMESTAMP), as the
    // server's DuckDB reads them: the same types on both, not only the same instants.
    for (const table of tables) {
      expect(table.columns, table.name).toEqual(schemas.get(table.name)!.columns);
    }
  });

  it('every chart kind: the server, the page engine and the oracle agree', async () => {
    const served = await throughServer(
      Object.fromEntries(Object.entries(PLANS).map(([id, { plan }]) => [id, plan])),
    );
    for (const [id, { plan, sql }] of Object.entries(PLANS)) {
      const expected = await oracle(sql);
      expect(expected.length, `${id} oracle`).toBeGreaterThan(0);
      expect(await onPage(plan), `${id} on the page`).toEqual(expected);
      expect(served[id], `${id} through the server`).toEqual(expected);
    }
  });

  it('keeps the page engine result types (exact integers and decimals as Arrow decimals)', async () => {
    const answer = await ask(server, [{ id: 'exact', plan: PLANS['exact']!.plan }]);
    const served = resultOf(answer, 'exact');
    const { sql, params } = renderPlan(PLANS['exact']!.plan, schemas.get('service_performance')!);
    const local = decodeResult(await page.query(sql, params));
    expect(served.types).toEqual(local.types);
    expect(served.types['received']).toMatch(/^Decimal/);
    expect(served.types['rows']).toBe('Int64');
  });

  it('a page with an offset: the rows the page engine gives, and the total beside them', async () => {
    const plan = pagePlan({
      table: 'ikm_responses',
      groups: ['unit_code', 'service'],
      measures: [measure('count(*)', 'Jumlah')],
      order: [{ key: 'Jumlah', desc: true }, { key: 'unit_code' }, { key: 'service' }],
      page: 1,
      pageSize: 7,
      total: 'semua',
    });
    const answer = await ask(server, [{ id: 'page', plan }]);
    expect([...resultOf(answer, 'page').rows()]).toEqual(await onPage(plan));
  });
});
