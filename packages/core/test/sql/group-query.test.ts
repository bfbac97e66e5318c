import { describe, it, expect } from 'vitest';
import { groupQuery, MetricRegistry, type GroupQuerySpec } from '../../src/sql/index.ts';
import { expectPantauError } from './expect-error.ts';
import { mul, avg, lit } from '../../src/sql/expr/build.ts';
import { layanan } from './fixtures.ts';

const none = new MetricRegistry();
const build = (spec: Omit<GroupQuerySpec, 'table'>) =>
  groupQuery({ table: layanan, ...spec }, none);

describe('groupQuery', () => {
  it('groups, filters, orders and limits', () => {
    expect(
      build({
        groupBy: ['UNIT'],
        measures: { layanan: 'count(*)', 'Rata-rata "hari"': 'avg("Waktu Proses (hari)")' },
        filter: [{ column: 'tanggal', predicate: 'gte', value: '2024-01-01' }],
        orderBy: [{ key: 'layanan', desc: true }, { key: 'unit' }],
        limit: 10,
        offset: 20,
      }),
    ).toMatchObject({
      sql:
        'SELECT "unit", count(*) AS "layanan", avg("Waktu Proses (hari)")::DOUBLE AS "Rata-rata ""hari"""' +
        ' FROM "layanan" WHERE "tanggal" >= ? GROUP BY "unit"' +
        ' ORDER BY 2 DESC NULLS LAST, 1 ASC NULLS LAST LIMIT 10 OFFSET 20',
      params: ['2024-01-01'],
    });
  });

  it('returns one row for aggregates without groups', () => {
    expect(
      build({ measures: { total: 'sum(biaya)', rerata: 'sum(biaya) / count(*)' } }),
    ).toMatchObject({
      sql: 'SELECT sum("biaya") AS "total", (sum("biaya")::DOUBLE / CASE WHEN count(*)::DOUBLE = 0 THEN \'NaN\'::DOUBLE ELSE count(*)::DOUBLE END) AS "rerata" FROM "layanan"',
      params: [],
    });
  });

  it('describes an aggregate query as a plan (for pre-aggregation), and a projection not', () => {
    const query = build({
      groupBy: ['UNIT'],
      measures: { n: 'count(*)' },
      filter: [{ column: 'tanggal', predicate: 'gte', value: '2024-01-01' }],
      orderBy: [{ key: 'n', desc: true }],
      limit: 5,
    });
    expect(query.plan).toEqual({
      table: layanan,
      groups: [{ alias: 'unit', sql: '"unit"', column: 'unit', interval: null }],
      measures: [{ alias: 'n', sql: 'count(*)', expr: { type: 'aggregate', name: 'count' } }],
      filter: [{ column: 'tanggal', predicate: 'gte', value: '2024-01-01' }],
      tail: ' ORDER BY 2 DESC NULLS LAST LIMIT 5',
      before: '',
      after: '',
    });
    expect(build({ measures: { unit: 'unit' } }).plan).toBeUndefined();
  });

  it('projects rows when no measure aggregates', () => {
    expect(
      build({
        measures: {
          unit: 'unit',
          'Nama "Unit" (SKPD)': '"Nama ""Unit"" (SKPD)"',
          per_hari: 'biaya / "Waktu Proses (hari)"',
        },
        orderBy: [{ key: 'per_hari', desc: true }],
        limit: 50,
      }),
    ).toEqual({
      sql:
        'SELECT * FROM (SELECT "unit" AS "unit", "Nama ""Unit"" (SKPD)" AS "Nama ""Unit"" (SKPD)", ("biaya" / CASE WHEN "Waktu Proses (hari)" = 0 THEN \'NaN\'::DOUBLE ELSE "Waktu Proses (hari)" END) AS "per_hari"' +
        // A ratio's NaN (zero divisor) after every figure: DuckDB sorts NaN above them. Ranked
        // over the result's column (wrapped), so a pre-aggregated table answers the same term.
        ' FROM "layanan") AS pantau_rows ORDER BY isnan("per_hari") NULLS LAST, 3 DESC NULLS LAST LIMIT 50',
      params: [],
    });
  });

  it('lists distinct groups when there are no measures', () => {
    expect(build({ groupBy: ['unit'], measures: {} }).sql).toBe(
      'SELECT "unit" FROM "layanan" GROUP BY "unit"',
    );
  });

  it('allows constants next to aggregates', () => {
    expect(build({ groupBy: ['unit'], measures: { target: '90', skor: 'avg(Skor)' } }).sql).toBe(
      'SELECT "unit", 90 AS "target", avg("Skor")::DOUBLE AS "skor" FROM "layanan" GROUP BY "unit"',
    );
  });

  it('keeps hostile filter values in params only', () => {
    const { sql, params } = build({
      groupBy: ['unit'],
      measures: { n: 'count(*)' },
      filter: [{ column: 'unit', predicate: 'eq', value: "'; DROP TABLE t; --" }],
    });
    expect(sql).toBe(
      'SELECT "unit", count(*) AS "n" FROM "layanan" WHERE "unit" = ? GROUP BY "unit"',
    );
    expect(params).toEqual(["'; DROP TABLE t; --"]);
  });

  it('uses the metric registry it is given', () => {
    const metrics = new MetricRegistry();
    metrics.register({
      name: 'ikm',
      label: { id: 'Indeks Kepuasan Masyarakat', en: 'Community Satisfaction Index' },
      requiredColumns: ['Skor'],
      expr: (col) => mul(avg(col('Skor')), lit(25)),
      isAggregate: true,
    });
    expect(
      groupQuery({ table: layanan, groupBy: ['unit'], measures: { ikm: 'IKM' } }, metrics).sql,
    ).toBe('SELECT "unit", (avg("Skor") * 25)::DOUBLE AS "ikm" FROM "layanan" GROUP BY "unit"');
  });
});

describe('groupQuery refuses', () => {
  it('raw columns next to groups or aggregates', () => {
    const grouped = expectPantauError(
      () => build({ groupBy: ['unit'], measures: { w: 'waktu' } }),
      'BAD_EXPRESSION',
    );
    expect(grouped.text.en).toContain(
      'Measure "w" (waktu) reads row values, but the data is grouped',
    );
    expectPantauError(() => build({ measures: { w: 'waktu', n: 'count(*)' } }), 'BAD_EXPRESSION');
  });

  it('order keys that are not outputs', () => {
    const error = expectPantauError(
      () => build({ groupBy: ['unit'], measures: { n: 'count(*)' }, orderBy: [{ key: 'waktu' }] }),
      'BAD_EXPRESSION',
    );
    expect(error.text.en).toContain(
      'Cannot sort by "waktu": choose one of the output columns "unit", "n"',
    );
    expectPantauError(
      () => build({ measures: { n: 'count(*)' }, orderBy: [{ key: '1; DROP TABLE t' }] }),
      'BAD_EXPRESSION',
    );
  });

  it('limits and offsets that are not small whole numbers', () => {
    for (const limit of [
      -1,
      1.5,
      NaN,
      Infinity,
      100_001,
      '10' as unknown as number,
      '1; DROP TABLE t' as unknown as number,
    ]) {
      expectPantauError(() => build({ measures: { n: 'count(*)' }, limit }), 'BAD_EXPRESSION');
    }
    expect(build({ measures: { n: 'count(*)' }, limit: 100_000, offset: 0 }).sql).toMatch(
      / LIMIT 100000 OFFSET 0$/,
    );
    expectPantauError(() => build({ measures: { n: 'count(*)' }, offset: -5 }), 'BAD_EXPRESSION');
  });

  it('duplicate output names, whatever their case', () => {
    expectPantauError(
      () => build({ groupBy: ['unit'], measures: { UNIT: 'count(*)' } }),
      'BAD_EXPRESSION',
    );
    expectPantauError(() => build({ groupBy: ['unit', 'UNIT'], measures: {} }), 'BAD_EXPRESSION');
  });

  it('empty queries, bad aliases and bad table names', () => {
    expectPantauError(() => build({ measures: {} }), 'BAD_EXPRESSION');
    expectPantauError(() => build({ measures: { '': 'count(*)' } }), 'BAD_NAME');
    expectPantauError(
      () =>
        groupQuery(
          { table: { ...layanan, table: 'layanan; DROP TABLE t' }, measures: { n: 'count(*)' } },
          none,
        ),
      'BAD_NAME',
    );
  });

  it('unknown group columns and bad measures', () => {
    expectPantauError(
      () => build({ groupBy: ['skpd'], measures: { n: 'count(*)' } }),
      'UNKNOWN_COLUMN',
    );
    expectPantauError(() => build({ measures: { n: 'count(*); DROP TABLE t' } }), 'BAD_EXPRESSION');
  });
});
