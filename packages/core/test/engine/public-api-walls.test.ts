import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { writerOf } from '../../src/engine/engine-access.ts';
import { Coordinator } from '../../src/coordinator/coordinator.ts';
import * as core from '../../src/index.ts';
import { encode, expectPantauError, rows } from '../support.ts';

/**
 * Issue 18 item 3: nothing reachable from the public API can change a figure. Each refused
 * statement is followed by the same sum asked again: it must still be the data's own.
 */
describe('the public API cannot falsify a figure (real DuckDB)', () => {
  let db: DuckDBConnector;
  const honest = [{ total: 6 }];
  const total = () => rows(db, 'SELECT sum(nilai)::INTEGER AS total FROM layanan');

  beforeAll(async () => {
    db = createNodeConnector();
    await db.registerSource({ name: 'layanan', data: encode('unit,nilai\nA,1\nB,2\nC,3\n') });
  });
  afterEach(async () => {
    expect(await total()).toEqual(honest);
    expect(await rows(db, 'SELECT count(*)::INTEGER AS n FROM layanan')).toEqual([{ n: 3 }]);
  });
  afterAll(() => db.close());

  const refusedReads = [
    ['EXPLAIN ANALYZE INSERT', "EXPLAIN ANALYZE INSERT INTO layanan VALUES ('D', 100)"],
    ['EXPLAIN ANALYZE UPDATE', 'EXPLAIN ANALYZE UPDATE layanan SET nilai = 7'],
    ['EXPLAIN ANALYZE DELETE', 'EXPLAIN ANALYZE DELETE FROM layanan'],
    ['EXPLAIN ANALYZE CREATE MACRO', 'EXPLAIN ANALYZE CREATE OR REPLACE MACRO sum(a) AS 7'],
    ['EXPLAIN ANALYZE DROP', 'EXPLAIN ANALYZE DROP TABLE layanan'],
    ['EXPLAIN ANALYZE COPY', "EXPLAIN ANALYZE COPY layanan TO '/pantau/sources/x.csv'"],
    ['WITH ... INSERT', "WITH t AS (SELECT 1) INSERT INTO layanan VALUES ('D', 100)"],
    ['WITH ... DELETE', 'WITH t AS (SELECT 1) DELETE FROM layanan'],
    ['WITH ... UPDATE', 'WITH t AS (SELECT 1) UPDATE layanan SET nilai = 7'],
    ['( ... ) then a write', '(SELECT 1) ; DELETE FROM layanan'],
    ['a write in nested comments', '/* /* */ DELETE FROM layanan */ DELETE FROM layanan'],
    ['a macro definition', 'CREATE OR REPLACE MACRO sum(a) AS 7'],
    ['a temporary macro', 'CREATE TEMP MACRO avg(a) AS 7'],
    ['query() running hidden SQL', "SELECT * FROM query('SELECT 7 AS total')"],
  ] as const;

  for (const [what, sql] of refusedReads) {
    it(`query(): ${what} is refused`, async () => {
      await expectPantauError(db.query(sql), 'ACCESS_DENIED');
    });
  }

  it('reads still pass, with keywords in strings, quoted names and comments', async () => {
    expect(
      await rows(db, `SELECT 'DELETE' AS "insert" /* UPDATE */ FROM layanan WHERE unit = 'A'`),
    ).toEqual([{ insert: 'DELETE' }]);
    expect(
      await rows(
        db,
        'WITH t AS (SELECT nilai FROM layanan) SELECT sum(nilai)::INTEGER AS s FROM t',
      ),
    ).toEqual([{ s: 6 }]);
  });

  it('the connector and the coordinator offer no write and no raw driver', () => {
    const coordinator = new Coordinator(db);
    for (const target of [db, coordinator, coordinator.connector]) {
      expect('exec' in target).toBe(false);
      expect('driver' in target).toBe(false);
      expect(Object.getOwnPropertySymbols(target)).toEqual([]);
      expect(Object.getOwnPropertySymbols(Object.getPrototypeOf(target))).toEqual([]);
    }
    // Nor does the package's public entry hand out the capability.
    expect(Object.keys(core).filter((k) => /writer|driverOf|grant|trusted/i.test(k))).toEqual([]);
  });

  it("a source load cannot replace one of Pantau's own tables (a pre-aggregate)", async () => {
    await writerOf(db)!.exec('CREATE TABLE __pantau_cube_77 AS SELECT 6 AS total');
    await expectPantauError(
      db.registerSource({ name: '__pantau_cube_77', data: [{ total: 7 }] }),
      'BAD_NAME',
    );
    expect(await rows(db, 'SELECT total FROM __pantau_cube_77')).toEqual([{ total: 6 }]);
  });

  const shadowing = [
    ['a macro named like a built-in', 'CREATE OR REPLACE MACRO sum(a) AS 7'],
    ['a quoted macro named like a built-in', 'CREATE OR REPLACE MACRO "Avg"(a) AS 7'],
    ['a function named like a built-in', 'CREATE FUNCTION count_star() AS 7'],
    ['a temporary macro in a schema', 'CREATE TEMP MACRO main.median(a) AS 7'],
    ['a view named like a built-in', 'CREATE VIEW "range" AS SELECT 7 AS total'],
    ['a view with a Pantau name', 'CREATE VIEW __pantau_cube_999 AS SELECT 1 AS x'],
    ['a macro with a Pantau name', 'CREATE MACRO __pantau_x(a) AS a'],
    ['a type', "CREATE TYPE mood AS ENUM ('a')"],
    ['a secret', "CREATE SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')"],
  ] as const;

  for (const [what, sql] of shadowing) {
    it(`even Pantau's private writer refuses ${what}`, async () => {
      await expectPantauError(writerOf(db)!.exec(sql), 'ACCESS_DENIED');
    });
  }

  it("the private writer may still define a view or macro of the page's own name", async () => {
    await writerOf(db)!.exec('CREATE OR REPLACE MACRO rasio_nilai(a, b) AS a / b');
    await writerOf(db)!.exec('CREATE OR REPLACE VIEW layanan_a AS SELECT * FROM layanan');
    expect(await rows(db, 'SELECT rasio_nilai(6, 3) AS r')).toEqual([{ r: 2 }]);
  });
});
