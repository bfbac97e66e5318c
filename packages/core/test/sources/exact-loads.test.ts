import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { encode, expectPantauError, rows } from '../support.ts';

/** Issue 18 items 1, 5 (load side) and 7 on a real DuckDB (Node). */
describe('loads that cannot make a figure wrong', () => {
  let db: DuckDBConnector;
  beforeAll(() => {
    db = createNodeConnector();
  });
  afterAll(() => db.close());

  const types = async (table: string) =>
    Object.fromEntries(
      (await db.describe(table)).columns.map((c) => [c.name, c.type] as [string, string]),
    );

  it('item 1: an older load that finishes after a newer one is dropped; the newer stays', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // A real Blob whose bytes arrive only when the test says: the slow download.
    class SlowBlob extends Blob {
      override async arrayBuffer(): Promise<ArrayBuffer> {
        await held;
        return super.arrayBuffer();
      }
    }
    const slow = db.registerSource({
      name: 'h',
      format: 'csv',
      data: new SlowBlob(['n\n1\n2\n']),
    });
    const fast = await db.registerSource({ name: 'h', format: 'csv', data: encode('n\n3000\n') });
    expect(fast.rows).toBe(1);
    release();
    const late = await slow;
    // The superseded call answers with the table as it is: the latest load's.
    expect(late.rows).toBe(1);
    expect(await rows(db, 'SELECT sum(n)::INTEGER AS s FROM h')).toEqual([{ s: 3000 }]);
    expect(
      await rows(
        db,
        "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE '__pantau_staging%'",
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('item 5: a CSV integer beyond BIGINT loads as HUGEINT, every value and group sum exact', async () => {
    const csv =
      'g,v\na,99999999999999999999999999999999999999\nb,-2\nb,-3\nc,9007199254740993\nc,1\n';
    await db.registerSource({ name: 'besar', data: encode(csv) });
    expect((await types('besar'))['v']).toBe('HUGEINT');
    expect(
      await rows(db, 'SELECT g, sum(v)::VARCHAR AS s FROM besar GROUP BY g ORDER BY g'),
    ).toEqual([
      { g: 'a', s: '99999999999999999999999999999999999999' },
      { g: 'b', s: '-5' },
      { g: 'c', s: '9007199254740994' },
    ]);
  });

  it('item 5: CSV decimals load as DECIMAL at their scale; sums are exact', async () => {
    await db.registerSource({ name: 'desimal', data: encode('v\n0.1\n0.2\n-0.3\n12.345\n') });
    expect((await types('desimal'))['v']).toBe('DECIMAL(18,3)');
    expect(await rows(db, 'SELECT sum(v)::VARCHAR AS s FROM desimal')).toEqual([{ s: '12.345' }]);
    // Decimal commas (Indonesian spreadsheets) too.
    await db.registerSource({ name: 'koma', data: encode('u;v\na;0,1\nb;0,2\n') });
    expect((await types('koma'))['v']).toBe('DECIMAL(18,1)');
    expect(await rows(db, 'SELECT sum(v)::VARCHAR AS s FROM koma')).toEqual([{ s: '0.3' }]);
  });

  it('item 5: a number of more than 38 digits is loaded with a warning, not rounded silently', async () => {
    const info = await db.registerSource({
      name: 'terlalu',
      data: encode(`v\n${'9'.repeat(40)}\n1\n`),
    });
    expect(info.warnings?.[0]?.id).toContain('38 digit');
    expect(info.warnings?.[0]?.en).toContain('38 digits');
  });

  it('item 5: JSON integers beyond 2^53 are parsed exactly (BIGINT, or HUGEINT beyond it)', async () => {
    const json =
      '[{"g":"a","v":9007199254740993,"w":1},{"g":"a","v":2,"w":12345678901234567890123456789012345678},{"g":"b","v":-5,"w":-1}]';
    await db.registerSource({ name: 'json_besar', data: encode(json), format: 'json' });
    const t = await types('json_besar');
    expect(t['v']).toBe('BIGINT');
    expect(t['w']).toBe('HUGEINT');
    expect(
      await rows(
        db,
        'SELECT g, sum(v)::VARCHAR AS v, sum(w)::VARCHAR AS w FROM json_besar GROUP BY g ORDER BY g',
      ),
    ).toEqual([
      { g: 'a', v: '9007199254740995', w: '12345678901234567890123456789012345679' },
      { g: 'b', v: '-5', w: '-1' },
    ]);
    // NDJSON and strings that look like numbers are left alone.
    await db.registerSource({
      name: 'ndjson_besar',
      format: 'json',
      data: encode('{"id":"12345678901234567890","v":12345678901234567890}\n{"id":"x","v":1}\n'),
    });
    expect(await rows(db, 'SELECT id, v::VARCHAR AS v FROM ndjson_besar ORDER BY v')).toEqual([
      { id: 'x', v: '1' },
      { id: '12345678901234567890', v: '12345678901234567890' },
    ]);
  });

  it('item 7: a JSON key "__proto__" is an ordinary column', async () => {
    await db.registerSource({
      name: 'proto',
      format: 'json',
      data: encode('[{"__proto__": {"a": 1}, "v": 1}, {"__proto__": null, "v": 2}]'),
    });
    expect(await rows(db, 'SELECT sum(v)::INTEGER AS s FROM proto')).toEqual([{ s: 3 }]);
  });

  it('item 7: UTF-16 text is read (with a BOM) or refused with advice to save as UTF-8', async () => {
    const text = 'unit,nilai\nDinkes,5\nDisdukcapil,7\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le[2 + 2 * i] = text.charCodeAt(i);
    await db.registerSource({ name: 'utf16', data: le, format: 'csv' });
    expect(await rows(db, 'SELECT sum(nilai)::INTEGER AS s FROM utf16')).toEqual([{ s: 12 }]);
    const error = await expectPantauError(
      db.registerSource({ name: 'utf16_tanpa_bom', data: le.subarray(2), format: 'csv' }),
      'SOURCE_FORMAT_MISMATCH',
    );
    expect(error.text.id).toContain('UTF-8');
    expect(error.text.en).toContain('UTF-8');
  });

  it('item 7: "-" and "belum input" are read as not reported, so the column stays a number', async () => {
    await db.registerSource({
      name: 'penanda',
      data: encode('unit,nilai,skor\nA,5,1.5\nB,-,belum input\nC,belum input,-\nD,7,2.25\n'),
    });
    const t = await types('penanda');
    expect(t['nilai']).toBe('BIGINT');
    expect(t['skor']).toBe('DECIMAL(18,2)');
    expect(
      await rows(
        db,
        'SELECT count(nilai)::INTEGER AS n, sum(nilai)::INTEGER AS s, sum(skor)::VARCHAR AS k FROM penanda',
      ),
    ).toEqual([{ n: 2, s: 12, k: '3.75' }]);
  });

  it('item 7: an Indonesian message holds no English engine words (they stay in details)', async () => {
    const error = await expectPantauError(
      db.registerSource({
        name: 'parket',
        data: encode('PAR1 not a parquet file PAR1'),
        format: 'parquet',
      }),
      'SOURCE_FORMAT_MISMATCH',
    );
    expect(error.text.id).not.toMatch(/footer|PAR1|Error/);
    expect(String(error.details['engineMessage'])).not.toBe('undefined');
    const failed = await expectPantauError(db.query("SELECT 'x'::INTEGER AS n"), 'QUERY_FAILED');
    expect(failed.text.id).not.toMatch(/Conversion|Error|Could not/);
    expect(failed.text.en).toMatch(/Conversion Error/);
  });
});
