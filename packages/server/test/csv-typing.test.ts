// A CSV served in place gets the page's typing (core's csv-numbers): decimals as exact DECIMAL
// rather than DuckDB's DOUBLE, so sums of decimals read the same figure through the server as in
// the page. The page side is core's own loader on a real DuckDB (the node connector).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aggregatePlan,
  decodeResult,
  renderPlan,
  type DuckDBConnector,
  type QueryPlan,
  type TableSchema,
} from '@pantau/core';
import { createNodeConnector } from '@pantau/core/node';
import type { PantauServer } from '../src/index.ts';
import { ask, dataFolder, removeFolder, resultOf, serve } from './support.ts';

// Decimals whose DOUBLE sum is not their exact sum (0.1 + 0.2), "belum input" as NULL, a `;` file
// with decimal commas as Indonesian spreadsheets save them.
const CUSTOM = {
  'shares.csv': 'unit,share,count\na,0.1,1\na,0.2,2\nb,belum input,3\nb,0.30,4\n',
  'koma.csv': 'unit;nilai\na;1,25\na;2,50\nb;3,125\n',
};

let dir: string;
let server: PantauServer;
let page: DuckDBConnector;
const schemas = new Map<string, TableSchema>();
const TABLES = ['service_performance', 'shares', 'koma'];

beforeAll(async () => {
  dir = await dataFolder(['service_performance.csv']);
  for (const [file, text] of Object.entries(CUSTOM)) await writeFile(path.join(dir, file), text);
  server = await serve({ data: dir });
  page = createNodeConnector();
  for (const name of TABLES) {
    const bytes = new Uint8Array(await readFile(path.join(dir, `${name}.csv`)));
    await page.registerSource({ name, data: bytes, format: 'csv' });
    schemas.set(name, await page.describe(name));
  }
});

afterAll(async () => {
  await server?.close();
  await page?.close();
  await removeFolder(dir);
});

async function both(plan: QueryPlan) {
  const served = resultOf(await ask(server, [{ id: 'x', plan }]), 'x');
  const { sql, params } = renderPlan(plan, schemas.get(plan.table)!);
  const local = decodeResult(await page.query(sql, params));
  return { served, local };
}

describe('CSV files on the server are typed as the page types them', () => {
  it('the server lists the same column types as the page loader', async () => {
    for (const name of TABLES) {
      expect(server.tables.get(name)?.schema.columns, name).toEqual(schemas.get(name)!.columns);
    }
    const types = Object.fromEntries(
      server.tables.get('service_performance')!.schema.columns.map((c) => [c.name, c.type]),
    );
    expect(types['mean_days']).toMatch(/^DECIMAL/);
  });

  it('sums of decimals are exact and equal on both engines', async () => {
    const plan = aggregatePlan({
      table: 'shares',
      groups: ['unit'],
      measures: { total: 'sum(share)', filled: 'count(share)' },
      order: [{ key: 'unit' }],
    });
    const { served, local } = await both(plan);
    expect(served.types).toEqual(local.types);
    expect([...served.rows()]).toEqual([...local.rows()]);
    // 0.1 + 0.2 is 0.3 exactly (a DOUBLE sum gives 0.30000000000000004); "belum input" is NULL.
    expect([...served.rows()]).toEqual([
      { unit: 'a', total: 0.3, filled: 2 },
      { unit: 'b', total: 0.3, filled: 1 },
    ]);
  });

  it('a ;-separated file with decimal commas reads the same figures', async () => {
    const plan = aggregatePlan({
      table: 'koma',
      groups: ['unit'],
      measures: { total: 'sum(nilai)' },
      order: [{ key: 'unit' }],
    });
    const { served, local } = await both(plan);
    expect([...served.rows()]).toEqual([...local.rows()]);
    expect([...served.rows()]).toEqual([
      { unit: 'a', total: 3.75 },
      { unit: 'b', total: 3.125 },
    ]);
  });

  it('a real dataset: per-unit sums of every decimal column match', async () => {
    const plan = aggregatePlan({
      table: 'service_performance',
      groups: ['unit_code'],
      measures: {
        mean: 'sum(mean_days)',
        sla: 'sum(sla_days)',
        received: 'sum(received)',
      },
      order: [{ key: 'unit_code' }],
    });
    const { served, local } = await both(plan);
    expect(served.types).toEqual(local.types);
    expect([...served.rows()]).toEqual([...local.rows()]);
  });
});
