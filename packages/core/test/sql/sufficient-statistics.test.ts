// Sufficient statistics on the expression tree (what decompose.ts did on SQL text): the parts and
// the formula over them, then the proof on a real DuckDB that a pre-aggregated table answers
// every decomposable metric and measure exactly as the base table does, per group, filtered,
// with NULLs and unreported cells in the data.
import { writerOf } from '../../src/engine/engine-access.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { decodeResult } from '../../src/results/decode-result.ts';
import type { Row } from '../../src/results/query-result.ts';
import {
  cubeBuildSql,
  cubeQuery,
  cubeShape,
  type CubeColumn,
} from '../../src/coordinator/cube-sql.ts';
import {
  compileMeasure,
  groupQuery,
  MetricRegistry,
  renderExpr,
  sufficientStatistics,
  type Expr,
  type FilterClause,
} from '../../src/sql/index.ts';
import { registerPublicServiceMetrics } from '../../src/metrics/index.ts';
import { column } from '../../src/sql/expr/build.ts';
import { loadDataset } from '../metrics/helpers.ts';
import { layanan } from './fixtures.ts';

const none = new MetricRegistry();
const metrics = registerPublicServiceMetrics(new MetricRegistry());
const part = (i: number): Expr => column(`p_${i}`);

function split(measure: string, registry = none, schema = layanan) {
  return sufficientStatistics(compileMeasure(measure, schema, registry).expr);
}

describe('sufficientStatistics', () => {
  it('splits sums, counts, min/max and keeps the formula around them', () => {
    const ratio = split('sum("Waktu Proses (hari)") / count(*)')!;
    expect(ratio.parts.map((p) => renderExpr(p))).toEqual([
      'sum("Waktu Proses (hari)")',
      'count(*)',
    ]);
    expect(renderExpr(ratio.combine(part))).toBe(
      '(sum("p_0")::DOUBLE / CASE WHEN coalesce(sum("p_1"), 0)::DOUBLE = 0 THEN \'NaN\'::DOUBLE ELSE coalesce(sum("p_1"), 0)::DOUBLE END)',
    );
    expect(renderExpr(split('max(tanggal)')!.combine(part))).toBe('max("p_0")');
    expect(renderExpr(split('min(waktu)')!.combine(part))).toBe('min("p_0")');
    // An exact sum stays exact over the parts: sum of HUGEINT sums.
    expect(renderExpr(split('sum(waktu)')!.combine(part))).toBe('sum("p_0")');
  });

  it('turns avg into a sum over a count, filter included', () => {
    const tree: Expr = {
      type: 'aggregate',
      name: 'avg',
      arg: column('x'),
      filter: { type: 'compare', op: '>', left: column('y'), right: { type: 'number', text: '1' } },
    };
    const stats = sufficientStatistics(tree)!;
    expect(stats.parts.map((p) => renderExpr(p))).toEqual([
      'sum("x") FILTER (WHERE ("y" > 1))',
      'count("x") FILTER (WHERE ("y" > 1))',
    ]);
    expect(renderExpr(stats.combine(part))).toBe(
      '(sum("p_0") / CASE WHEN sum("p_1") = 0 THEN \'NaN\'::DOUBLE ELSE sum("p_1") END)',
    );
  });

  it('lists a part once however often the formula uses it', () => {
    const stats = split('count(*) * count(*) - avg(waktu) + sum(waktu)')!;
    expect(stats.parts.map((p) => renderExpr(p))).toEqual([
      'count(*)',
      'sum("waktu")',
      'count("waktu")',
    ]);
  });

  it('refuses what needs every row: median, distinct counts, nested aggregates, raw rows', () => {
    for (const measure of ['median(waktu)', 'count_distinct(unit)', 'sum(waktu) + median(waktu)']) {
      expect(split(measure), measure).toBeNull();
    }
    const nested: Expr = {
      type: 'aggregate',
      name: 'sum',
      arg: { type: 'aggregate', name: 'count' },
    };
    expect(sufficientStatistics(nested)).toBeNull();
    // No aggregate at all, or a row value outside one.
    expect(split('waktu * 2')).toBeNull();
    expect(split('1 + 2')).toBeNull();
    expect(
      sufficientStatistics({
        type: 'arithmetic',
        op: '+',
        left: { type: 'aggregate', name: 'count' },
        right: column('waktu'),
      }),
    ).toBeNull();
  });

  it('splits the IKM formula into its sums and counts, the guard included', () => {
    const schema = {
      table: 't',
      columns: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'].map((n) => ({
        name: n,
        type: 'INTEGER',
      })),
    };
    const stats = split('ikm', metrics, schema)!;
    const parts = stats.parts.map((p) => renderExpr(p));
    // Nine answer sums, the respondents and the invalid-answer guard; no column left outside.
    expect(parts.filter((p) => p.startsWith('sum('))).toHaveLength(9);
    expect(parts).toContain('count(*)');
    expect(parts.some((p) => p.startsWith('count(*) FILTER'))).toBe(true);
    expect(parts).toHaveLength(11);
    expect(renderExpr(stats.combine(part))).not.toMatch(/"u\d"/);
  });

  it('leaves the metrics that need every row to the base table', () => {
    const schemaOf = (...names: string[]) => ({
      table: 't',
      columns: names.map((name) => ({ name, type: 'VARCHAR' })),
    });
    expect(
      split('median_days', metrics, schemaOf('submitted_at', 'completed_at', 'status')),
    ).toBeNull();
    expect(split('ipp', metrics, schemaOf('aspect', 'indicator', 'score'))).toBeNull();
    expect(split('iid', metrics, schemaOf('indicator', 'score', 'innovation_id'))).toBeNull();
  });
});

// ------------------------------------------------------------------------------------------------

let db: DuckDBConnector;
let cubes = 0;

async function rows(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  return [...decodeResult(await db.query(sql, params as never)).rows()];
}

interface Case {
  table: string;
  groupBy: string[];
  measures: Record<string, string>;
  /** Columns the cube keeps for filtering, and the filters to try on them. */
  keep: CubeColumn[];
  filters: FilterClause[][];
  registry?: MetricRegistry;
}

const byKeys = (keys: string[]) => (a: Row, b: Row) =>
  keys.map((k) => String(a[k]).localeCompare(String(b[k]))).find((c) => c !== 0) ?? 0;

/** Doubles summed in another order may differ in the last bits; anything else must be equal. */
function expectSameRows(cube: Row[], base: Row[], where: string): void {
  expect(cube.length, where).toBe(base.length);
  base.forEach((row, i) => {
    for (const [key, expected] of Object.entries(row)) {
      const got = cube[i]![key];
      // NaN (a zero divisor) must be NaN from the cube too: toEqual below holds NaN to NaN.
      const fraction = typeof expected === 'number' && Number.isFinite(expected);
      if (fraction && typeof got === 'number' && !Number.isInteger(expected)) {
        expect(Math.abs(got - expected), `${where} ${key}`).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(expected)),
        );
      } else {
        expect(got, `${where} ${key}`).toEqual(expected);
      }
    }
  });
}

/** Every filter answered from a cube and from the base table; returns how many rows compared. */
async function compareRoutes(c: Case): Promise<number> {
  const registry = c.registry ?? metrics;
  const table = await db.describe(c.table);
  const shapePlan = groupQuery({ table, groupBy: c.groupBy, measures: c.measures }, registry).plan!;
  const shape = cubeShape({ ...shapePlan, filter: [] });
  expect(shape, JSON.stringify(c.measures)).not.toBeNull();
  const cube = { name: `__test_cube_${cubes++}`, shape: shape!, columns: c.keep };
  await writerOf(db)!.exec(cubeBuildSql(cube.name, cube.shape, cube.columns));
  let compared = 0;
  for (const filter of [[], ...c.filters]) {
    const query = groupQuery({ table, groupBy: c.groupBy, measures: c.measures, filter }, registry);
    const fromCube = cubeQuery(cube, query.plan!);
    expect(fromCube, JSON.stringify(filter)).not.toBeNull();
    const sort = byKeys(c.groupBy);
    const base = (await rows(query.sql, query.params)).sort(sort);
    const cubed = (await rows(fromCube!.sql, fromCube!.params)).sort(sort);
    expect(base.length).toBeGreaterThan(0);
    expectSameRows(cubed, base, `${c.table} ${JSON.stringify(filter)}`);
    compared += base.length;
  }
  await writerOf(db)!.exec(`DROP TABLE "${cube.name}"`);
  return compared;
}

describe('cube answers equal base answers on DuckDB', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    db = createNodeConnector();
    for (const name of ['ikm_responses', 'service_performance', 'complaints']) {
      await loadDataset(db, name);
    }
    // NULLs everywhere, text that is not a number, an empty group, exact integers and decimals.
    await writerOf(db)!.exec(`CREATE TABLE mixed AS SELECT * FROM (VALUES
      ('a', 'x', 10, 1.25::DECIMAL(12,2), 2.5, '3', TIMESTAMP '2024-01-03 10:00:00'),
      ('a', 'y', NULL, 0.10::DECIMAL(12,2), NULL, 'n/a', TIMESTAMP '2024-01-20 10:00:00'),
      ('a', 'x', -4, NULL, 1.0, NULL, TIMESTAMP '2024-02-03 10:00:00'),
      ('b', 'y', 9007199254740993, 0.20::DECIMAL(12,2), 0.5, '4', TIMESTAMP '2024-02-10 10:00:00'),
      ('b', 'x', 2, 0.70::DECIMAL(12,2), NULL, '1.5', TIMESTAMP '2024-03-01 00:00:00'),
      ('c', NULL, NULL, NULL, NULL, NULL, NULL)
    ) AS v(unit, kind, n, cost, days, note, arrived)`);
  });
  afterAll(() => db.close());

  it('IKM, the U1..U9 profile and respondents, per unit, filtered by service and month', async () => {
    const measures = {
      ikm: 'ikm',
      respondents: 'ikm_respondents',
      ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [`u${i}`, `ikm_nrr_u${i}`])),
    };
    const compared = await compareRoutes({
      table: 'ikm_responses',
      groupBy: ['unit_code'],
      measures,
      keep: [
        { column: 'service', interval: null },
        { column: 'date', interval: 'month' },
      ],
      filters: [
        [{ column: 'service', predicate: 'in', value: ['KTP-el', 'Akta Kelahiran'] }],
        [{ column: 'date', predicate: 'between', value: ['2022-03-01', '2022-08-31'] }],
      ],
    });
    expect(compared).toBeGreaterThan(20);
  });

  it('IKM over a survey\'s own headers: ikm("U1 ...", ...) and ikm_nrr("U3 ...")', async () => {
    const headers = [
      'U1 Persyaratan',
      'U2 Prosedur',
      'U3 Waktu',
      'U4 Biaya/Tarif',
      'U5 Produk',
      'U6 Kompetensi',
      'U7 Perilaku',
      'U8 Pengaduan',
      'U9 Sarana "dan" Prasarana',
    ];
    const q = (h: string) => `"${h.replace(/"/g, '""')}"`;
    const renamed = headers.map((h, i) => `u${i + 1} AS ${q(h)}`).join(', ');
    await writerOf(db)!.exec(
      `CREATE TABLE ikm_survei AS SELECT unit_code, service, date, ${renamed} FROM ikm_responses`,
    );
    const compared = await compareRoutes({
      table: 'ikm_survei',
      groupBy: ['unit_code'],
      measures: { ikm: `ikm(${headers.map(q).join(', ')})`, u3: `ikm_nrr(${q(headers[2]!)})` },
      keep: [{ column: 'date', interval: 'month' }],
      filters: [[{ column: 'date', predicate: 'between', value: ['2022-03-01', '2022-08-31'] }]],
    });
    expect(compared).toBeGreaterThan(20);
  });

  it('on-time rate, sla, online share and backlog per unit, with unreported months', async () => {
    const compared = await compareRoutes({
      table: 'service_performance',
      groupBy: ['unit_code'],
      measures: {
        on_time: 'on_time_rate',
        sla: 'sla',
        online: 'online_share',
        backlog: 'backlog',
        ratio: 'sum(completed) / sum(received)',
        mean: 'avg(mean_days)',
      },
      keep: [
        { column: 'service', interval: null },
        { column: 'month', interval: 'year' },
      ],
      filters: [
        [{ column: 'month', predicate: 'between', value: ['2023-01-01', '2023-12-31'] }],
        [{ column: 'service', predicate: 'eq', value: 'KTP-el' }],
      ],
    });
    expect(compared).toBeGreaterThan(20);
  });

  it('complaint resolution rate and mean days to respond, per channel and unit', async () => {
    const compared = await compareRoutes({
      table: 'complaints',
      groupBy: ['channel'],
      measures: { resolved: 'resolution_rate', respond: 'mean_days_to_respond', n: 'count(*)' },
      keep: [{ column: 'unit_code', interval: null }],
      filters: [[{ column: 'unit_code', predicate: 'in', value: ['bpkpad', 'pkm-karang-mekar'] }]],
    });
    expect(compared).toBeGreaterThan(3);
  });

  it('plain measures with NULLs, exact sums and an empty group', async () => {
    const compared = await compareRoutes({
      table: 'mixed',
      groupBy: ['unit'],
      registry: none,
      measures: {
        rows: 'count(*)',
        counted: 'count(n)',
        total: 'sum(n)',
        cost: 'sum(cost)',
        lowest: 'min(cost)',
        latest: 'max(arrived)',
        mean: 'avg(days)',
        mean_cost: 'avg(cost)',
        ratio: 'sum(cost) / count(days)',
        share: '100 * count(days) / count(*)',
      },
      keep: [
        { column: 'kind', interval: null },
        { column: 'arrived', interval: 'month' },
      ],
      filters: [
        [{ column: 'kind', predicate: 'eq', value: 'x' }],
        [{ column: 'kind', predicate: 'is_null' }],
        [
          {
            column: 'arrived',
            predicate: 'between',
            value: ['2024-01-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z'],
          },
        ],
      ],
    });
    expect(compared).toBeGreaterThan(6);
    // The exact total survives the cube: 9007199254740993 + 2 is not a double.
    const table = await db.describe('mixed');
    const query = groupQuery(
      { table, groupBy: ['unit'], measures: { total: 'sum(n)' }, filter: [] },
      none,
    );
    const shape = cubeShape(query.plan!)!;
    await writerOf(db)!.exec(cubeBuildSql('__exact_cube', shape, []));
    const cubed = cubeQuery({ name: '__exact_cube', shape, columns: [] }, query.plan!)!;
    const text = await rows(
      `SELECT unit, CAST(total AS VARCHAR) AS total FROM (${cubed.sql}) ORDER BY unit`,
    );
    expect(text.map((r) => r.total)).toEqual(['6', '9007199254740995', null]);
  });
});
