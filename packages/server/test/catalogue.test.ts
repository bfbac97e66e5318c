// The data folder as tables (files, hive partitions, clashes, names that cannot be tables), the
// engine's lock-down, the flags, and a graceful stop that lets a request in flight finish.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregatePlan, isPantauError } from '@pantau/core';
import { parseServerArgs, type PantauServer } from '../src/index.ts';
import type { DuckDBEngine } from '../src/engine/duckdb-engine.ts';
import { ask, removeFolder, resultOf, serve } from './support.ts';

let dir: string;
let server: PantauServer;

async function copyTo(sql: string, file: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(`COPY (${sql}) TO '${file}' (FORMAT ${file.endsWith('.csv') ? 'csv' : 'parquet'})`);
  c.closeSync();
  db.closeSync();
}

describe('the catalogue and the engine', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pantau-catalogue-'));
    await copyTo(`SELECT 'parquet' AS origin, i FROM range(3) t(i)`, path.join(dir, 'dup.parquet'));
    await writeFile(path.join(dir, 'dup.csv'), 'origin,i\ncsv,1\n');
    await writeFile(path.join(dir, 'bad name.csv'), 'a\n1\n');
    await writeFile(path.join(dir, 'notes.txt'), 'not a table');
    await writeFile(path.join(dir, 'broken.parquet'), 'not parquet at all');
    for (const year of [2023, 2024]) {
      await mkdir(path.join(dir, 'visits', `year=${year}`), { recursive: true });
      await copyTo(
        `SELECT i AS visitor, ${year - 2000} AS weight FROM range(${year - 2020}) t(i)`,
        path.join(dir, 'visits', `year=${year}`, 'part.parquet'),
      );
    }
    await copyTo(`SELECT i AS id FROM range(1500000) t(i)`, path.join(dir, 'many.parquet'));
    server = await serve({ data: dir });
  });
  afterAll(async () => {
    await server?.close();
    await removeFolder(dir);
  });

  it('serves files and partitioned folders, Parquet over a CSV of the same name, and skips the rest', () => {
    const names = [...server.tables.values()].map((t) => t.schema.table).sort();
    expect(names).toEqual(['dup', 'many', 'visits']);
    expect(server.tables.get('dup')!.origin.endsWith('dup.parquet')).toBe(true);
    expect(server.tables.get('visits')!.schema.columns.map((c) => c.name)).toEqual([
      'visitor',
      'weight',
      'year',
    ]);
  });

  it('a partitioned table answers by its partition column', async () => {
    const plan = aggregatePlan({
      table: 'visits',
      groups: ['year'],
      measures: { n: 'count(*)', w: 'sum(weight)' },
      order: [{ key: 'year' }],
    });
    const answer = await ask(server, [
      { id: 'all', plan },
      { id: 'one', plan: { ...plan, filter: [{ column: 'year', predicate: 'eq', value: 2024 }] } },
    ]);
    expect(resultOf(answer, 'all').rows()).toEqual([
      { year: 2023, n: 3, w: 69 },
      { year: 2024, n: 4, w: 96 },
    ]);
    expect(resultOf(answer, 'one').rows()).toEqual([{ year: 2024, n: 4, w: 96 }]);
  });

  it('the engine is locked: no other file, no settings, no extensions', async () => {
    const refusals = [
      "SELECT * FROM read_csv('/etc/passwd')",
      "SELECT * FROM read_text('/proc/self/environ')",
      'SET enable_external_access = true',
      'SET lock_configuration = false',
      'INSTALL httpfs',
      "ATTACH '/tmp/other.duckdb'",
    ];
    for (const sql of refusals) {
      const outcome = await (server.engine as DuckDBEngine)
        .withConnection((c) => c.run(sql))
        .then(
          () => 'ran',
          (error: Error) => error.message,
        );
      expect(outcome, sql).not.toBe('ran');
    }
    // DuckDB lets a COPY write inside the data folder; the answering path runs SELECT only.
    const copy = `COPY (SELECT 1) TO '${path.join(dir, 'out.csv')}'`;
    await expect(server.engine.withSession((run) => run(copy, []))).rejects.toMatchObject({
      code: 'ACCESS_DENIED',
    });
  });

  it('flags: defaults, every limit, and a clear refusal of a bad one', () => {
    const options = parseServerArgs([
      '--data',
      'd',
      '--port',
      '9000',
      '--max-rows',
      '5000',
      '--timeout',
      '2.5',
      '--scope-header',
      'X-Pantau-Unit',
      '--scope-column',
      'unit_code',
      '--allow-origin',
      'https://simonik.banjarmasinkota.go.id',
    ]);
    expect(options).toMatchObject({
      data: 'd',
      port: 9000,
      maxRows: 5000,
      timeoutMs: 2500,
      scope: { header: 'X-Pantau-Unit', column: 'unit_code' },
      allowOrigin: 'https://simonik.banjarmasinkota.go.id',
    });
    for (const argv of [
      ['--port', '9000'],
      ['--data', 'd', '--max-rows', '-1'],
      ['--data', 'd', '--scope-header', 'X-Unit'],
      ['--data', 'd', '--timeout', 'soon'],
    ]) {
      let error: unknown = null;
      try {
        parseServerArgs(argv);
      } catch (e) {
        error = e;
      }
      expect(isPantauError(error), argv.join(' ')).toBe(true);
    }
  });

  it('stopping lets a request in flight finish, then refuses new connections', async () => {
    const stopping = await serve({ data: dir });
    const started = new Promise((resolve) => stopping.events.once('batch-start', resolve));
    const plan = aggregatePlan({
      table: 'many',
      measures: { d: 'count_distinct(id)', m: 'median(id)' },
    });
    const inFlight = ask(stopping, [{ id: 'a', plan }]);
    await started;
    const closed = stopping.close();
    expect(resultOf(await inFlight, 'a').rows()).toEqual([{ d: 1_500_000, m: 749_999.5 }]);
    await closed;
    await expect(fetch(`${stopping.url}tables`)).rejects.toThrow();
  });
});
