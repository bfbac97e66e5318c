import { describe, expect, it } from 'vitest';
import {
  cubeBuildSql,
  cubeFromCubeSql,
  cubeQuery,
  cubeShape,
  type Cube,
} from '../../src/coordinator/cube-sql.ts';
import { groupQuery, MetricRegistry, type FilterClause } from '../../src/sql/index.ts';
import { layanan } from '../sql/fixtures.ts';

const none = new MetricRegistry();

function planOf(filter: FilterClause[]) {
  return groupQuery(
    {
      table: layanan,
      groupBy: ['unit'],
      measures: { n: 'count(*)', rata: 'avg("Waktu Proses (hari)")' },
      filter,
      orderBy: [{ key: 'n', desc: true }],
      limit: 5,
    },
    none,
  ).plan!;
}

const month = (y: number, m: number) => new Date(Date.UTC(y, m, 1));

describe('cube SQL', () => {
  const shape = cubeShape(planOf([]))!;
  const cube: Cube = {
    name: '__pantau_cube_7',
    shape,
    columns: [
      { column: 'diterima', interval: 'month' },
      { column: 'tanggal', interval: null },
    ],
  };

  it('builds a table of groups, selection columns and each part once', () => {
    expect(cubeBuildSql(cube.name, shape, cube.columns)).toBe(
      'CREATE TABLE "__pantau_cube_7" AS SELECT "unit" AS "g_0",' +
        ` CAST(date_trunc('month', "diterima") AS TIMESTAMP) AS "f_0", "tanggal" AS "f_1",` +
        ' count(*) AS "p_0", sum("Waktu Proses (hari)") AS "p_1", count("Waktu Proses (hari)") AS "p_2"' +
        ' FROM "layanan" GROUP BY 1, 2, 3',
    );
  });

  it('makes a narrower cube from a wider one by re-aggregating its parts', () => {
    const wide: Cube = { ...cube, shape: cubeShape(planOf([]))!, name: '__pantau_cube_8' };
    const withMax = cubeShape(
      groupQuery(
        { table: layanan, groupBy: ['unit'], measures: { top: 'max(waktu)', n: 'count(*)' } },
        none,
      ).plan!,
    )!;
    expect(cubeFromCubeSql('__pantau_cube_9', wide, [{ column: 'tanggal', interval: null }])).toBe(
      'CREATE TABLE "__pantau_cube_9" AS SELECT "g_0", "f_1" AS "f_0", sum("p_0") AS "p_0",' +
        ' sum("p_1") AS "p_1", sum("p_2") AS "p_2" FROM "__pantau_cube_8" GROUP BY 1, 2',
    );
    expect(
      cubeFromCubeSql('__pantau_cube_10', { ...wide, shape: withMax }, [
        { column: 'diterima', interval: 'month' },
      ]),
    ).toBe(
      'CREATE TABLE "__pantau_cube_10" AS SELECT "g_0", "f_0" AS "f_0", max("p_0") AS "p_0",' +
        ' sum("p_1") AS "p_1" FROM "__pantau_cube_8" GROUP BY 1, 2',
    );
    // A column the wider cube does not keep (or keeps cut differently) cannot come from it.
    expect(() =>
      cubeFromCubeSql('__pantau_cube_11', wide, [{ column: 'diterima', interval: null }]),
    ).toThrow();
  });

  it('asks the same question of the cube, keeping order and limit', () => {
    const range: FilterClause = {
      column: 'DITERIMA',
      predicate: 'between',
      value: [month(2024, 0), new Date(month(2024, 3).getTime() - 1)],
    };
    expect(cubeQuery(cube, planOf([range]))).toEqual({
      sql:
        'SELECT "g_0" AS "unit", coalesce(sum("p_0"), 0) AS "n",' +
        ' (sum("p_1") / CASE WHEN sum("p_2") = 0 THEN \'NaN\'::DOUBLE ELSE sum("p_2") END)::DOUBLE AS "rata" FROM "__pantau_cube_7"' +
        ' WHERE "f_0" BETWEEN ? AND ? GROUP BY 1 ORDER BY 2 DESC NULLS LAST LIMIT 5',
      params: ['2024-01-01T00:00:00.000Z', '2024-03-31T23:59:59.999Z'],
    });
  });

  it('refuses what it cannot answer exactly', () => {
    const cases: FilterClause[] = [
      // Not whole months.
      { column: 'diterima', predicate: 'between', value: [month(2024, 0), month(2024, 2)] },
      { column: 'diterima', predicate: 'gte', value: new Date(Date.UTC(2024, 0, 2)) },
      // eq on a cut column.
      { column: 'diterima', predicate: 'eq', value: month(2024, 0) },
      // A column the cube does not keep.
      { column: 'unit', predicate: 'eq', value: 'dinkes' },
    ];
    for (const clause of cases)
      expect(cubeQuery(cube, planOf([clause])), clause.predicate).toBeNull();
    // Null tests and any clause on a column kept whole are fine.
    expect(cubeQuery(cube, planOf([{ column: 'diterima', predicate: 'not_null' }]))).not.toBeNull();
    expect(
      cubeQuery(cube, planOf([{ column: 'tanggal', predicate: 'gte', value: '2024-01-05' }])),
    ).not.toBeNull();
  });

  it('has no shape for measures that need every row', () => {
    const plan = groupQuery(
      { table: layanan, groupBy: ['unit'], measures: { m: 'median(waktu)' } },
      none,
    ).plan!;
    expect(cubeShape(plan)).toBeNull();
  });
});
