import { renderPlan } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { PantauError, type TableSchema } from '@pantau/core';
import {
  MAX_OPTIONS,
  filterColumn,
  filterQuery as filterQueryPlan,
  filterType,
} from '../src/filter/filter-query.ts';

/** The plan as the coordinator renders it for DuckDB: what these tests read. */
const filterQuery = (...args: Parameters<typeof filterQueryPlan>) =>
  renderPlan(filterQueryPlan(...args), args[1]);

const sp: TableSchema = {
  table: 'sp',
  columns: [
    { name: 'month', type: 'DATE' },
    { name: 'unit_code', type: 'VARCHAR' },
    { name: 'service', type: 'VARCHAR' },
    { name: 'sla_days', type: 'INTEGER' },
    { name: 'median_days', type: 'DOUBLE' },
    { name: 'submitted_at', type: 'TIMESTAMP' },
    { name: 'Nama "Unit"', type: 'VARCHAR' },
  ],
};

function expectError(run: () => unknown, code: string, text: RegExp): PantauError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PantauError);
    const pantau = error as PantauError;
    expect(pantau.code).toBe(code);
    expect(pantau.messageIn('en')).toMatch(text);
    expect(pantau.messageIn('id')).not.toBe(pantau.messageIn('en'));
    return pantau;
  }
  throw new Error('expected a PantauError');
}

describe('filter type and column', () => {
  it('defaults to select, reads the five types in any case, and names them on a typo', () => {
    expect(filterType('')).toBe('select');
    expect(filterType(' Multi-Select ')).toBe('multi-select');
    expect(filterType('date-range')).toBe('date-range');
    const error = expectError(() => filterType('dropdown'), 'BAD_EXPRESSION', /dropdown/);
    expect(error.messageIn('id')).toContain('select, multi-select, range, date-range, search');
  });

  it('resolves the column against the table and checks it fits the type', () => {
    expect(filterColumn(sp, 'UNIT_CODE', 'multi-select').name).toBe('unit_code');
    expectError(() => filterColumn(sp, 'servise', 'select'), 'UNKNOWN_COLUMN', /"service"\?/);
    expectError(() => filterColumn(sp, ' ', 'select'), 'UNKNOWN_COLUMN', /column="column-name"/);
    expectError(() => filterColumn(sp, 'service', 'range'), 'BAD_EXPRESSION', /numeric column/);
    expectError(() => filterColumn(sp, 'sla_days', 'date-range'), 'BAD_EXPRESSION', /date column/);
    expect(filterColumn(sp, 'submitted_at', 'date-range').type).toBe('TIMESTAMP');
    expect(filterColumn(sp, 'month', 'search').name).toBe('month');
  });
});

describe('filter queries', () => {
  it('menus ask for distinct values with counts under the other filters, values bound', () => {
    const query = filterQuery({ type: 'multi-select', column: 'unit_code' }, sp, [
      { column: 'service', predicate: 'in', value: ['KTP-el', "O'Brien"] },
    ]);
    expect(query.sql).toBe(
      'SELECT *, count(*) OVER () AS "total" FROM (' +
        'SELECT "unit_code" AS "value", count(*) AS "count" FROM "sp" ' +
        'WHERE "service" IN (?, ?) AND "unit_code" IS NOT NULL GROUP BY 1) AS pantau_rows ' +
        'ORDER BY lower(CAST("value" AS VARCHAR)) ASC NULLS LAST, 1 ASC NULLS LAST ' +
        `LIMIT ${MAX_OPTIONS}`,
    );
    expect(query.params).toEqual(['KTP-el', "O'Brien"]);
  });

  it('orders numbers and dates by value, and quotes a hostile column name', () => {
    expect(filterQuery({ type: 'select', column: 'sla_days' }, sp, []).sql).toContain(
      'ORDER BY 1 ASC NULLS LAST LIMIT',
    );
    const hostile = filterQuery({ type: 'select', column: 'Nama "Unit"' }, sp, []);
    expect(hostile.sql).toContain('SELECT "Nama ""Unit""" AS "value"');
    expect(hostile.params).toEqual([]);
  });

  it('a long menu searched in the database: the typed text is an escaped, bound ILIKE', () => {
    const query = filterQuery(
      { type: 'multi-select', column: 'service', search: ' 50%_off ', limit: 20 },
      sp,
      [{ column: 'unit_code', predicate: 'eq', value: 'dinkes' }],
    );
    expect(query.sql).toContain(
      `WHERE "unit_code" = ? AND "service" IS NOT NULL AND "service" ILIKE ? ESCAPE '\\'`,
    );
    expect(query.sql).toMatch(/LIMIT 20$/);
    expect(query.params).toEqual(['dinkes', '%50\\%\\_off%']);
  });

  it('refuses a limit that is not a small positive integer (it is inlined)', () => {
    for (const limit of [0, 1.5, -1, 20_000, Number.NaN]) {
      expectError(
        () => filterQuery({ type: 'select', column: 'service', limit }, sp, []),
        'BAD_EXPRESSION',
        /option limit/,
      );
    }
  });

  it('ranges ask for the lowest and highest value under the other filters', () => {
    const query = filterQuery({ type: 'range', column: 'median_days' }, sp, [
      { column: 'month', predicate: 'between', value: ['2024-01-01', '2024-03-31'] },
    ]);
    expect(query.sql).toBe(
      'SELECT min("median_days")::DOUBLE AS "low", max("median_days")::DOUBLE AS "high", ' +
        'count("median_days") AS "count" FROM "sp" WHERE "month" BETWEEN ? AND ?',
    );
    expect(query.params).toEqual(['2024-01-01', '2024-03-31']);
    expect(filterQuery({ type: 'date-range', column: 'month' }, sp, []).sql).toBe(
      'SELECT min("month") AS "low", max("month") AS "high", count("month") AS "count" FROM "sp"',
    );
  });

  it('search counts the rows and the matches; its parameter precedes the WHERE ones', () => {
    const idle = filterQuery({ type: 'search', column: 'service', term: '  ' }, sp, []);
    expect(idle.sql).toBe('SELECT count(*) AS "total" FROM "sp"');
    expect(idle.params).toEqual([]);
    const query = filterQuery({ type: 'search', column: 'service', term: 'ktp' }, sp, [
      { column: 'unit_code', predicate: 'eq', value: 'disdukcapil' },
    ]);
    expect(query.sql).toBe(
      'SELECT count(*) AS "total", ' +
        `(count(*) FILTER (WHERE "service" ILIKE ? ESCAPE '\\'))::DOUBLE AS "matches" ` +
        'FROM "sp" WHERE "unit_code" = ?',
    );
    expect(query.params).toEqual(['%ktp%', 'disdukcapil']);
  });

  it('refuses a table name that is not a plain source name', () => {
    const bad: TableSchema = { table: 'sp; DROP TABLE sp', columns: sp.columns };
    expectError(
      () => filterQuery({ type: 'select', column: 'service' }, bad, []),
      'BAD_NAME',
      /not valid/,
    );
  });
});
