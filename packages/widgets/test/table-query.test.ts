import { renderPlan } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { PantauError, type TableSchema } from '@pantau/core';
import {
  TOTAL_ROWS,
  isIdentifierLike,
  pageSizeOf,
  parseColumns,
  planTable,
  resolveSort,
  tableQuery as tableQueryPlan,
} from '../src/table/table-query.ts';

/** The plan as the coordinator renders it for DuckDB: what these tests read. */
const tableQuery = (...args: Parameters<typeof tableQueryPlan>) =>
  renderPlan(tableQueryPlan(...args), args[1]);

const ikm: TableSchema = {
  table: 'ikm',
  columns: [
    { name: 'id', type: 'INTEGER' },
    { name: 'unit_code', type: 'VARCHAR' },
    { name: 'date', type: 'DATE' },
    ...['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'].map((name) => ({
      name,
      type: 'INTEGER',
    })),
    { name: 'Waktu Proses (hari)', type: 'DOUBLE' },
  ],
};

function expectError(run: () => unknown, code: string, text: RegExp): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PantauError);
    expect((error as PantauError).code).toBe(code);
    expect((error as PantauError).messageIn('en')).toMatch(text);
    return;
  }
  throw new Error('expected a PantauError');
}

describe('table columns attribute', () => {
  it('splits on commas and takes the heading after the last colon, outside quotes and parentheses', () => {
    expect(parseColumns('unit_code:Unit, ikm : IKM ,count(*)')).toEqual([
      { expression: 'unit_code', label: 'Unit', titled: true },
      { expression: 'ikm', label: 'IKM', titled: true },
      // No heading: the label is the expression, and the heading shown is columnHeading's.
      { expression: 'count(*)', label: 'count(*)', titled: false },
    ]);
    expect(parseColumns('"a, b: c":Judul: dua, avg("x:y")')).toEqual([
      { expression: '"a, b: c":Judul', label: 'dua', titled: true },
      { expression: 'avg("x:y")', label: 'avg("x:y")', titled: false },
    ]);
    expect(parseColumns('  ')).toEqual([]);
  });

  it('refuses an empty item', () => {
    expectError(() => parseColumns('unit_code,,ikm'), 'BAD_EXPRESSION', /empty item/);
    expectError(() => parseColumns('unit_code:'), 'BAD_EXPRESSION', /empty item/);
  });
});

describe('table plan and query', () => {
  it('groups by the bare columns when a measure aggregates; one query pages and counts', () => {
    const plan = planTable(parseColumns('unit_code:Unit, ikm:IKM, count(*):Responden'), ikm);
    expect(plan.groupBy).toEqual(['unit_code']);
    expect(plan.columns.map((c) => c.key)).toEqual(['unit_code', 'IKM', 'Responden']);
    const sort = resolveSort('ikm desc', plan);
    expect(sort).toEqual({ key: 'IKM', desc: true });
    const q = tableQuery(plan, ikm, [{ column: 'date', predicate: 'gte', value: '2024-01-01' }], {
      sort,
      page: 2,
      pageSize: 10,
    });
    // IKM divides: a unit whose IKM is not computable (NaN) is sorted after every figure.
    expect(q.sql).toMatch(
      new RegExp(
        `^SELECT \\*, count\\(\\*\\) OVER \\(\\) AS "${TOTAL_ROWS}" FROM \\(SELECT "unit_code", .* FROM "ikm" WHERE "date" >= \\? GROUP BY "unit_code"\\) AS pantau_rows ORDER BY isnan\\("IKM"\\) NULLS LAST, 2 DESC NULLS LAST, 1 ASC NULLS LAST, 3 ASC NULLS LAST LIMIT 10 OFFSET 20$`,
      ),
    );
    expect(q.params).toHaveLength(1);
    const all = tableQuery(plan, ikm, [], { sort, page: null, pageSize: 10 });
    expect(all.sql).not.toMatch(/LIMIT|OVER/);
  });

  it('lists rows (no grouping) when nothing aggregates; every column by default, odd names quoted', () => {
    const plan = planTable([], ikm);
    expect(plan.groupBy).toEqual([]);
    expect(plan.columns.map((c) => c.label).at(-1)).toBe('Waktu Proses (hari)');
    const q = tableQuery(plan, ikm, [], { sort: resolveSort('', plan), page: 0, pageSize: 5 });
    expect(q.sql).toContain('"Waktu Proses (hari)" AS "Waktu Proses (hari)"');
    // Headings are for display; the answer keeps the source's column names.
    const named = planTable(parseColumns('unit_code:Unit, u1 + u2:Jumlah'), ikm);
    expect(named.columns.map((c) => c.key)).toEqual(['unit_code', 'Jumlah']);
    expect(q.sql).toMatch(/ORDER BY 1 ASC NULLS LAST, 2 ASC NULLS LAST, .* LIMIT 5 OFFSET 0$/);
  });

  it('sorts by heading, expression or column, with asc/desc or a leading minus', () => {
    const plan = planTable(parseColumns('unit_code:Unit, avg(u1):U1'), ikm);
    expect(resolveSort('Unit', plan)).toEqual({ key: 'unit_code', desc: false });
    expect(resolveSort('-avg(u1)', plan)).toEqual({ key: 'U1', desc: true });
    expect(resolveSort('UNIT_CODE DESC', plan)).toEqual({ key: 'unit_code', desc: true });
    expectError(
      () => resolveSort('nilai', plan),
      'BAD_EXPRESSION',
      /Cannot sort by "nilai".*"Unit", "U1"/,
    );
  });

  it('names bad columns, bad measures, bad page sizes', () => {
    expectError(() => planTable(parseColumns('unit'), ikm), 'UNKNOWN_COLUMN', /unit/);
    expectError(() => planTable(parseColumns('sum(nope)'), ikm), 'UNKNOWN_COLUMN', /nope/);
    expectError(
      () => {
        const plan = planTable(parseColumns('u1 + u2, count(*)'), ikm);
        return tableQuery(plan, ikm, [], { sort: resolveSort('', plan), page: 0, pageSize: 5 });
      },
      'BAD_EXPRESSION',
      /reads row values/,
    );
    expectError(() => pageSizeOf(0), 'BAD_EXPRESSION', /page-size/);
    expectError(() => pageSizeOf(5000), 'BAD_EXPRESSION', /page-size/);
    expect(pageSizeOf(null)).toBe(10);
  });

  it('shows ids and years as written, other numbers in the locale', () => {
    const plan = planTable(parseColumns('id, u1, unit_code'), ikm);
    expect(plan.columns.map(isIdentifierLike)).toEqual([true, false, false]);
  });
});
