import { describe, it, expect } from 'vitest';
import { compileFilter, type FilterClause } from '../../src/sql/index.ts';
import { expectPantauError } from './expect-error.ts';
import { layanan } from './fixtures.ts';

const compile = (...clauses: FilterClause[]) => compileFilter(clauses, layanan);

describe('compileFilter', () => {
  it('is empty without clauses', () => {
    expect(compileFilter([], layanan)).toEqual({ sql: '', params: [] });
  });

  it('compiles comparisons with bound values, joined by AND', () => {
    expect(
      compile(
        { column: 'unit', predicate: 'eq', value: 'Dinas Kesehatan' },
        { column: 'WAKTU', predicate: 'gte', value: 3 },
        { column: 'waktu', predicate: 'lt', value: 10 },
        { column: 'Skor', predicate: 'gt', value: 1.5 },
        { column: 'skor', predicate: 'lte', value: 4 },
      ),
    ).toEqual({
      sql: '"unit" = ? AND "waktu" >= ? AND "waktu" < ? AND "Skor" > ? AND "Skor" <= ?',
      params: ['Dinas Kesehatan', 3, 10, 1.5, 4],
    });
  });

  it('keeps a hostile value out of the SQL text', () => {
    const hostile = "'; DROP TABLE t; --";
    const { sql, params } = compile({ column: 'unit', predicate: 'eq', value: hostile });
    expect(sql).toBe('"unit" = ?');
    expect(params).toEqual([hostile]);
    expect(sql).not.toContain('DROP');
  });

  it('quotes awkward column names', () => {
    expect(compile({ column: 'Nama "Unit" (SKPD)', predicate: 'in', value: ['A', 'B'] })).toEqual({
      sql: '"Nama ""Unit"" (SKPD)" IN (?, ?)',
      params: ['A', 'B'],
    });
    expect(
      compile({ column: 'waktu proses (hari)', predicate: 'between', value: [1, 2.5] }),
    ).toEqual({
      sql: '"Waktu Proses (hari)" BETWEEN ? AND ?',
      params: [1, 2.5],
    });
  });

  it('compiles null checks without parameters', () => {
    expect(
      compile({ column: 'biaya', predicate: 'is_null' }, { column: 'unit', predicate: 'not_null' }),
    ).toEqual({ sql: '"biaya" IS NULL AND "unit" IS NOT NULL', params: [] });
  });

  it('makes contains a case-insensitive literal search', () => {
    expect(compile({ column: 'unit', predicate: 'contains', value: '50%_off\\' })).toEqual({
      sql: `"unit" ILIKE ? ESCAPE '\\'`,
      params: ['%50\\%\\_off\\\\%'],
    });
    expect(compile({ column: 'waktu', predicate: 'contains', value: 12 })).toEqual({
      sql: `CAST("waktu" AS VARCHAR) ILIKE ? ESCAPE '\\'`,
      params: ['%12%'],
    });
  });

  it('binds Dates as ISO text, date-only for DATE columns', () => {
    const day = new Date('2024-03-31T00:00:00Z');
    expect(compile({ column: 'tanggal', predicate: 'eq', value: day })).toEqual({
      sql: '"tanggal" = ?',
      params: ['2024-03-31'],
    });
    expect(
      compile({ column: 'diterima', predicate: 'gte', value: new Date('2024-03-31T08:30:00Z') }),
    ).toEqual({
      sql: '"diterima" >= ?',
      params: ['2024-03-31T08:30:00.000Z'],
    });
    // Arrow reports dates as epoch milliseconds; a clicked mark sends those back.
    expect(compile({ column: 'tanggal', predicate: 'eq', value: day.getTime() }).params).toEqual([
      '2024-03-31',
    ]);
    expect(
      compile({ column: 'tanggal', predicate: 'between', value: ['2024-01-01', '2024-12-31'] })
        .params,
    ).toEqual(['2024-01-01', '2024-12-31']);
  });

  it('coerces text from URLs to the column type', () => {
    expect(compile({ column: 'waktu', predicate: 'eq', value: '12.5' }).params).toEqual([12.5]);
    expect(compile({ column: 'unit', predicate: 'eq', value: 12 }).params).toEqual(['12']);
    expect(compile({ column: 'tepat_waktu', predicate: 'eq', value: 'true' }).params).toEqual([
      true,
    ]);
    expect(compile({ column: 'waktu', predicate: 'eq', value: 7n }).params).toEqual([7]);
  });

  it('resolves columns through the schema', () => {
    const error = expectPantauError(
      () => compile({ column: 'unti', predicate: 'eq', value: 'A' }),
      'UNKNOWN_COLUMN',
    );
    expect(error.details.suggestion).toBe('unit');
  });
});

describe('compileFilter refuses bad values', () => {
  const bad: [string, FilterClause][] = [
    ['an empty in list', { column: 'unit', predicate: 'in', value: [] }],
    ['an in value that is not a list', { column: 'unit', predicate: 'in', value: 'A' }],
    [
      'an in list over 1000 values',
      { column: 'waktu', predicate: 'in', value: Array.from({ length: 1001 }, (_, i) => i) },
    ],
    ['null inside an in list', { column: 'unit', predicate: 'in', value: ['A', null] }],
    ['NaN', { column: 'waktu', predicate: 'eq', value: NaN }],
    ['Infinity', { column: 'waktu', predicate: 'lt', value: Infinity }],
    ['a string over 1000 characters', { column: 'unit', predicate: 'eq', value: 'x'.repeat(1001) }],
    [
      'a contains string over 1000 characters',
      { column: 'unit', predicate: 'contains', value: 'x'.repeat(1001) },
    ],
    ['between with one bound', { column: 'waktu', predicate: 'between', value: [1] }],
    ['between with a non-array', { column: 'waktu', predicate: 'between', value: 1 }],
    ['between reversed', { column: 'waktu', predicate: 'between', value: [5, 1] }],
    ['eq without a value', { column: 'unit', predicate: 'eq' }],
    ['eq null', { column: 'unit', predicate: 'eq', value: null }],
    ['text for a number column', { column: 'waktu', predicate: 'eq', value: '1; DROP TABLE t' }],
    ['a boolean for a number column', { column: 'waktu', predicate: 'eq', value: true }],
    ['an invalid Date', { column: 'tanggal', predicate: 'eq', value: new Date('nope') }],
    ['non-ISO text for a date column', { column: 'tanggal', predicate: 'eq', value: '31/03/2024' }],
    ['an object', { column: 'unit', predicate: 'eq', value: { toString: () => 'x' } }],
    ['an unknown predicate', { column: 'unit', predicate: 'like' as never, value: 'x' }],
    ['contains without text', { column: 'unit', predicate: 'contains', value: ['x'] }],
    ['a huge BigInt', { column: 'waktu', predicate: 'eq', value: 2n ** 64n }],
  ];

  for (const [what, clause] of bad) {
    it(`refuses ${what}`, () => {
      const error = expectPantauError(() => compile(clause), 'BAD_FILTER');
      expect(error.text.id).toContain('Filter pada kolom');
      expect(error.text.en).toContain('The filter on column');
    });
  }

  it('explains the empty in list', () => {
    expect(
      expectPantauError(() => compile({ column: 'unit', predicate: 'in', value: [] }), 'BAD_FILTER')
        .text.en,
    ).toContain('remove the filter when nothing is selected');
  });

  it('refuses clauses that are not objects', () => {
    expectPantauError(
      () => compileFilter([null as unknown as FilterClause], layanan),
      'BAD_FILTER',
    );
    expectPantauError(
      () => compileFilter([{ predicate: 'eq' } as unknown as FilterClause], layanan),
      'BAD_FILTER',
    );
  });
});
