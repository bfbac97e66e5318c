// Plans with lookups on a real server (issue 15 item 8): names joined by key from another served
// table, checked against the catalogue (both tables served, columns exist, key unique), read
// within the row-level scope, and every hostile lookup refused with a clear code.
import { appendFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregatePlan, type PlanLookup, type QueryPlan } from '@pantau/core';
import type { PantauServer } from '../src/index.ts';
import { DATASETS, ask, dataFolder, errorOf, removeFolder, resultOf, serve } from './support.ts';

const UNIT = { 'x-pantau-unit': 'disdukcapil' };
let dir: string;
let server: PantauServer;
let scoped: PantauServer;

const name: PlanLookup = {
  table: 'units',
  key: 'code',
  on: 'unit_code',
  column: 'name',
  as: 'name',
};

const received = (lookups: unknown[] = [name]): QueryPlan =>
  ({
    ...aggregatePlan({
      table: 'service_performance',
      groups: ['unit_code'],
      measures: { diterima: 'sum(received)' },
      order: [{ key: 'diterima', desc: true }],
    }),
    lookups,
  }) as QueryPlan;

async function one(target: PantauServer, plan: unknown, headers: Record<string, string> = {}) {
  return ask(target, JSON.stringify({ requests: [{ id: 'a', plan }] }), headers);
}

async function failsWith(lookup: Partial<PlanLookup>, code: string): Promise<void> {
  const answer = await one(server, received([{ ...name, ...lookup }]));
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  const error = errorOf(answer, 'a');
  expect(error.code).toBe(code);
  expect(error.text.id).not.toBe(error.text.en);
}

describe('lookups on a server', () => {
  beforeAll(async () => {
    dir = await dataFolder(['service_performance.csv', 'units.csv']);
    // The same units with one code twice: not a lookup table.
    await copyFile(path.join(DATASETS, 'units.csv'), path.join(dir, 'units_dup.csv'));
    await appendFile(path.join(dir, 'units_dup.csv'), 'dinkes,Dinas Kesehatan (lama),,skpd,,,x\n');
    server = await serve({ data: dir });
    scoped = await serve({ data: dir, scope: { header: 'X-Pantau-Unit', column: 'unit_code' } });
  });
  afterAll(async () => {
    await Promise.all([server?.close(), scoped?.close()]);
    await removeFolder(dir);
  });

  it('each code gets its name from the lookup, the figures and order unchanged', async () => {
    const units = aggregatePlan({ table: 'units', groups: ['code', 'name'], measures: {} });
    const answer = await ask(server, [
      { id: 'named', plan: received() },
      { id: 'plain', plan: received([]) },
      { id: 'units', plan: { ...units, measures: [] } },
    ]);
    const names = new Map(
      resultOf(answer, 'units')
        .rows()
        .map((r) => [r['code'], r['name']]),
    );
    const plain = resultOf(answer, 'plain').rows();
    const named = resultOf(answer, 'named');
    expect(named.names).toEqual(['unit_code', 'name', 'diterima']);
    expect(named.rows()).toEqual(
      plain.map((r) => ({ ...r, name: names.get(r['unit_code']) ?? null })),
    );
    expect(named.rows().find((r) => r['unit_code'] === 'disdukcapil')?.['name']).toBe(
      'Dinas Kependudukan dan Pencatatan Sipil',
    );
  });

  it('under a row-level scope: only the unit, with its name', async () => {
    const answer = await one(scoped, received(), UNIT);
    expect(resultOf(answer, 'a').rows()).toEqual([
      expect.objectContaining({
        unit_code: 'disdukcapil',
        name: 'Dinas Kependudukan dan Pencatatan Sipil',
      }),
    ]);
  });

  it('refuses an unknown table or column, SQL in names, and a key that repeats', async () => {
    await failsWith({ table: 'nope' }, 'UNKNOWN_TABLE');
    await failsWith({ table: "read_csv('/etc/passwd')" }, 'UNKNOWN_TABLE');
    await failsWith({ table: 'information_schema.tables' }, 'UNKNOWN_TABLE');
    await failsWith({ column: 'name" FROM units; --' }, 'UNKNOWN_COLUMN');
    await failsWith({ key: 'kode' }, 'UNKNOWN_COLUMN');
    await failsWith({ on: 'received' }, 'BAD_EXPRESSION');
    await failsWith({ as: 'diterima' }, 'BAD_EXPRESSION');
    await failsWith({ table: 'units_dup' }, 'DUPLICATE_KEY');
    // Still a unique key of a table served: answered.
    expect(resultOf(await one(server, received()), 'a').numRows).toBeGreaterThan(10);
  });

  it('a lookup that is not the shape of one is BAD_REQUEST before anything runs', async () => {
    const bad = async (lookups: unknown) => {
      const answer = await one(server, received(lookups as unknown[]));
      expect(answer.status).toBe(400);
      expect(answer.json?.code).toBe('BAD_REQUEST');
    };
    await bad([{ ...name, sql: 'SELECT 1' }]);
    await bad([{ ...name, column: 42 }]);
    // A `__proto__` key as JSON text carries it (an object literal would not).
    await bad([JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(name).slice(1)}`)]);
    await bad(Array.from({ length: 9 }, (_, i) => ({ ...name, as: `n${i}` })));
    await bad('units');
  });
});
