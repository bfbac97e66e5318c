// The server's Arrow writing, read back with apache-arrow (as the page reads it): every type a plan
// yields keeps its value and its duckdb-wasm type, and exact numbers stay exact past 2^53.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeResult } from '@pantau/core';
import type { PantauServer } from '../src/index.ts';
import { removeFolder, serve } from './support.ts';

let dir: string;
let server: PantauServer;

async function run(sql: string) {
  const { ipc } = await server.engine.withSession((run) => run(sql, []));
  // apache-arrow reads the types as the page's engine names them; core decodes the values.
  return Object.assign(tableFromIPC(ipc), { plain: () => decodeResult(ipc) });
}

describe('Arrow answers', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pantau-arrow-'));
    await writeFile(path.join(dir, 't.csv'), 'a\n1\n');
    server = await serve({ data: dir });
  });
  afterAll(async () => {
    await server?.close();
    await removeFolder(dir);
  });

  it('writes the types duckdb-wasm gives the page, nulls included', async () => {
    const table = await run(`SELECT * FROM (VALUES
      (true, 1::TINYINT, 2::SMALLINT, 3::INTEGER, 4::BIGINT, 5::UBIGINT, 1.5::FLOAT, 2.5::DOUBLE,
       'teks', DATE '2024-02-29', TIMESTAMP '2024-02-29 13:14:15.678', TIMESTAMPTZ '2024-02-29 13:14:15Z',
       12.34::DECIMAL(10,2), 7::HUGEINT),
      (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL))
      AS t(b, ti, si, i, bi, ub, f, d, s, dt, ts, tz, dec, h)`);
    expect(table.schema.fields.map((f) => String(f.type))).toEqual([
      'Bool',
      'Int8',
      'Int16',
      'Int32',
      'Int64',
      'Uint64',
      'Float32',
      'Float64',
      'Utf8',
      'Date32<DAY>',
      'Timestamp<MICROSECOND>',
      'Timestamp<MICROSECOND, UTC>',
      'Decimal[10e+2]',
      'Decimal[38e0]',
    ]);
    const [row, empty] = table.plain().rows();
    expect(row).toEqual({
      b: true,
      ti: 1,
      si: 2,
      i: 3,
      bi: 4,
      ub: 5,
      f: 1.5,
      d: 2.5,
      s: 'teks',
      dt: new Date('2024-02-29T00:00:00Z'),
      ts: new Date('2024-02-29T13:14:15.678Z'),
      tz: new Date('2024-02-29T13:14:15Z'),
      dec: 12.34,
      h: 7,
    });
    expect(Object.values(empty!).every((v) => v === null)).toBe(true);
  });

  it('keeps integers and decimals exact beyond 2^53, and dates before 1970', async () => {
    const table = await run(`SELECT 9007199254740993::BIGINT AS bi,
      170141183460469231731687303715884105727::HUGEINT AS h,
      -12345678901234567890.12::DECIMAL(38,2) AS dec,
      TIMESTAMP '1969-12-31 23:59:59.9995' AS old`);
    expect(table.getChild('bi')!.get(0)).toBe(9007199254740993n);
    const words = (name: string) => {
      const w = table.getChild(name)!.get(0) as Uint32Array;
      let big = 0n;
      for (let i = w.length - 1; i >= 0; i--) big = (big << 32n) | BigInt(w[i]!);
      return big >= 1n << 127n ? big - (1n << 128n) : big;
    };
    expect(words('h')).toBe(170141183460469231731687303715884105727n);
    expect(words('dec')).toBe(-1234567890123456789012n);
    expect(table.plain().rows()[0]!['old']).toEqual(new Date('1969-12-31T23:59:59.999Z'));
  });
});
