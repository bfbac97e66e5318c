// Names without SQL (issue 15 item 8): a plan's lookups joined after its answer, on a real
// DuckDB. The figures equal a hand-written LEFT JOIN, a code with no name keeps its row, the
// answer's order and limit survive the join, a cube answers the same plan exactly, and a lookup
// source whose key repeats a code is refused with a bilingual DUPLICATE_KEY.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coordinator } from '../../src/coordinator/coordinator.ts';
import type { PreAggregator } from '../../src/coordinator/pre-aggregator.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { createNodeConnector } from '../../src/node/index.ts';
import { aggregatePlan, pagePlan, columnValue } from '../../src/plan/builders.ts';
import { renderPlan } from '../../src/plan/duckdb-sql.ts';
import type { PlanLookup, QueryPlan } from '../../src/plan/plan.ts';
import { decodeResult } from '../../src/results/decode-result.ts';
import type { Row } from '../../src/results/query-result.ts';
import type { SqlValue } from '../../src/sql/params.ts';
import type { TableSchema } from '../../src/sql/schema.ts';
import { checkPantauError, expectPantauError } from '../support.ts';

const CODES = ['disdukcapil', 'dinkes', 'pkm-teluk-tiram', 'kec-bjm-tengah', 'tanpa-nama', null];
const NAMES: Record<string, string> = {
  disdukcapil: 'Dinas Kependudukan dan Pencatatan Sipil',
  dinkes: 'Dinas Kesehatan',
  'pkm-teluk-tiram': 'Puskesmas Teluk Tiram',
  'kec-bjm-tengah': 'Kecamatan Banjarmasin Tengah',
};

/** 3,000 service records; `tanpa-nama` has no row in the lookup, some records no unit. */
function services(): Record<string, unknown>[] {
  return Array.from({ length: 3_000 }, (_, i) => ({
    unit_code: CODES[(i * 7) % CODES.length],
    received: (i * 37) % 19,
    channel: i % 3 === 0 ? 'daring' : 'loket',
  }));
}

const units = () =>
  Object.entries(NAMES).map(([unit_code, unit_name]) => ({ unit_code, unit_name, kind: 'opd' }));

const label: PlanLookup = {
  table: 'unit',
  key: 'unit_code',
  on: 'unit_code',
  column: 'unit_name',
  as: 'unit_name',
};

let db: DuckDBConnector;
let schemas: Map<string, TableSchema>;
const tables = { schemaOf: (t: string) => schemas.get(t)! };

async function rows(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
  return [...decodeResult(await db.query(sql, params)).rows()];
}

const ranking = (extra: Partial<QueryPlan> = {}): QueryPlan => ({
  ...aggregatePlan({
    table: 'layanan',
    groups: ['unit_code'],
    measures: { diterima: 'sum(received)' },
    filter: [{ column: 'channel', predicate: 'eq', value: 'loket' }],
    order: [{ key: 'diterima', desc: true }, { key: 'unit_code' }],
    limit: 4,
  }),
  lookups: [label],
  ...extra,
});

const ORACLE = `SELECT b.unit_code, u.unit_name, b.diterima FROM (
    SELECT unit_code, sum(received)::DOUBLE AS diterima FROM layanan WHERE channel = 'loket'
    GROUP BY unit_code ORDER BY 2 DESC NULLS LAST, 1 NULLS LAST LIMIT 4) AS b
  LEFT JOIN unit AS u USING (unit_code) ORDER BY 3 DESC NULLS LAST, 1 NULLS LAST`;

describe('lookups: names joined by key', () => {
  beforeAll(async () => {
    db = createNodeConnector();
    await db.registerSource({ name: 'layanan', data: services() });
    await db.registerSource({ name: 'unit', data: units() });
    schemas = new Map([
      ['layanan', await db.describe('layanan')],
      ['unit', await db.describe('unit')],
    ]);
  });
  afterAll(async () => {
    await db.close();
  });

  it('a ranking with names: the label follows its code, order and limit kept', async () => {
    const rendered = renderPlan(ranking(), schemas.get('layanan')!, undefined, undefined, tables);
    expect(rendered.outputs).toEqual(['unit_code', 'unit_name', 'diterima']);
    const answer = await rows(rendered.sql, rendered.params);
    expect(answer).toEqual(await rows(ORACLE));
    expect(answer).toHaveLength(4);
    // A code without a lookup row keeps its row and figure; its name is null, not the row gone.
    const all = await rows(...sqlOf(ranking({ limit: undefined })));
    expect(all.find((r) => r['unit_code'] === 'tanpa-nama')).toMatchObject({ unit_name: null });
    expect(all.find((r) => r['unit_code'] === null)).toMatchObject({ unit_name: null });
    expect(all.map((r) => r['diterima'])).toEqual(
      [...all.map((r) => r['diterima'] as number)].sort((a, b) => b - a),
    );
  });

  it('a table page: lookup columns beside the row values, the total over all pages', async () => {
    const plan: QueryPlan = {
      ...pagePlan({
        table: 'layanan',
        groups: [],
        measures: [columnValue('unit_code'), columnValue('received')],
        order: [{ key: 'received', desc: true }, { key: 'unit_code' }],
        page: 1,
        pageSize: 5,
        total: 'total',
      }),
      lookups: [{ ...label, as: 'Nama unit' }],
    };
    const rendered = renderPlan(plan, schemas.get('layanan')!, undefined, undefined, tables);
    expect(rendered.outputs).toEqual(['unit_code', 'Nama unit', 'received', 'total']);
    const answer = await rows(rendered.sql, rendered.params);
    const base = renderPlan({ ...plan, lookups: [] }, schemas.get('layanan')!);
    const expected = (await rows(base.sql, base.params)).map((r) => ({
      ...r,
      'Nama unit': NAMES[String(r['unit_code'])] ?? null,
    }));
    expect(answer).toEqual(expected);
  });

  it('refuses hostile or wrong lookups with a clear code', () => {
    const layanan = schemas.get('layanan')!;
    const refused = (lookup: Partial<PlanLookup>, code: Parameters<typeof checkPantauError>[1]) => {
      let error: unknown = null;
      try {
        renderPlan(
          ranking({ lookups: [{ ...label, ...lookup }] }),
          layanan,
          undefined,
          undefined,
          tables,
        );
      } catch (e) {
        error = e;
      }
      return checkPantauError(error, code);
    };
    refused({ table: 'unit"; DROP TABLE layanan; --' }, 'BAD_NAME');
    refused({ column: 'unit_name" FROM layanan --' }, 'UNKNOWN_COLUMN');
    refused({ key: 'nope' }, 'UNKNOWN_COLUMN');
    refused({ on: 'received' }, 'BAD_EXPRESSION');
    refused({ as: 'diterima' }, 'BAD_EXPRESSION');
    // A plan with lookups cannot render where their tables are unknown.
    expect(() => renderPlan(ranking(), layanan)).toThrow(/lookup/);
  });

  it('the coordinator: filtered by the code, and answered from a cube exactly', async () => {
    const coordinator = new Coordinator(db, {
      preAggregate: { minRows: 1_000, maxCubeShare: 1, pageCubeRows: 50_000 },
    });
    const plain = await coordinator.query(ranking());
    expect([...plain.rows()]).toEqual(await rows(ORACLE));
    // A cross-filter clause stays on the code: the name only shows.
    const chosen = ranking({
      filter: [{ column: 'unit_code', predicate: 'in', value: ['dinkes', 'tanpa-nama'] }],
    });
    expect([...(await coordinator.query(chosen)).rows()].map((r) => r['unit_name'])).toEqual(
      expect.arrayContaining(['Dinas Kesehatan', null]),
    );
    // From a cube grouped by the code, names joined after it: the same answer.
    const cubes: PreAggregator = coordinator.preAggregator;
    const rendered = renderPlan(ranking(), schemas.get('layanan')!, undefined, undefined, tables);
    cubes.track({ query: () => null, queryResult() {}, queryError() {} }, rendered.aggregate);
    await cubes.prepare([{ column: 'channel' }]);
    await cubes.settled();
    const routed = cubes.route({
      sql: rendered.sql,
      params: rendered.params,
      plan: rendered.aggregate!,
    });
    expect(routed?.cube, 'routed to a cube').toBeDefined();
    expect(await rows(routed!.sql, routed!.params ?? [])).toEqual(await rows(ORACLE));
    const fromCube = await coordinator.query(ranking(), { cache: false });
    expect([...fromCube.rows()]).toEqual(await rows(ORACLE));
  });

  it('merged with other plans of one interaction, each gets exactly its own answer', async () => {
    const coordinator = new Coordinator(db);
    const answers = new Map<string, Row[]>();
    const client = (name: string, plan: QueryPlan) => ({
      query: () => plan,
      queryResult: (result: { rows(): readonly Row[] }) => answers.set(name, [...result.rows()]),
      queryError: (error: unknown) => {
        throw error;
      },
    });
    const other = aggregatePlan({
      table: 'layanan',
      groups: ['channel'],
      measures: { n: 'count(*)' },
    });
    await coordinator.update([client('named', ranking()), client('other', other)]);
    expect(coordinator.stats.merged).toBe(1);
    expect(answers.get('named')).toEqual(await rows(ORACLE));
    expect(answers.get('other')).toEqual([...(await coordinator.query(other)).rows()]);
  });

  it('a lookup source whose key repeats a code is refused, naming the code', async () => {
    const coordinator = new Coordinator(db);
    const twice = [...units(), { unit_code: 'dinkes', unit_name: 'Dinkes (lama)', kind: 'opd' }];
    const error = await expectPantauError(
      coordinator.registerSource({ name: 'unit_ganda', data: twice, key: 'unit_code' }),
      'DUPLICATE_KEY',
    );
    expect(error.text.en).toContain('"dinkes" (2x)');
    expect(error.text.id).toContain('key="unit_code"');
    // A unique key (NULL keys name nothing, so they do not count) loads.
    const info = await coordinator.registerSource({
      name: 'unit_baik',
      data: [...units(), { unit_code: null, unit_name: 'tanpa kode', kind: 'opd' }],
      key: 'unit_code',
    });
    expect(info.rows).toBe(5);
    await expectPantauError(
      coordinator.registerSource({ name: 'unit_salah', data: units(), key: 'kode' }),
      'UNKNOWN_COLUMN',
    );
  });
});

function sqlOf(plan: QueryPlan): [string, SqlValue[]] {
  const rendered = renderPlan(plan, schemas.get('layanan')!, undefined, undefined, tables);
  return [rendered.sql, rendered.params];
}
