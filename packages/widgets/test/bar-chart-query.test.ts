import { renderPlan } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { PantauError, type QueryResult, type TableSchema } from '@pantau/core';
import {
  barChartQuery as barChartQueryPlan,
  barSortOrder,
} from '../src/bar-chart/bar-chart-query.ts';
import { toBarInput } from '../src/bar-chart/bar-chart-data.ts';

/** The plan as the coordinator renders it for DuckDB: what these tests read. */
const barChartQuery = (...args: Parameters<typeof barChartQueryPlan>) =>
  renderPlan(barChartQueryPlan(...args), args[1]);

const layanan: TableSchema = {
  table: 'service_performance',
  columns: [
    { name: 'month', type: 'DATE' },
    { name: 'unit_code', type: 'VARCHAR' },
    { name: 'tahun', type: 'INTEGER' },
    { name: 'received', type: 'INTEGER' },
    { name: 'completed', type: 'INTEGER' },
    { name: 'completed_on_time', type: 'INTEGER' },
  ],
};
const spec = { x: 'unit_code', y: 'sum(received)', color: '', sort: '', limit: null };

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

describe('bar chart query', () => {
  it('ranks categories largest first by default, ties by x, nulls last, limited in SQL', () => {
    const q = barChartQuery({ ...spec, limit: 5 }, layanan, []);
    expect(q.sql).toBe(
      'SELECT "unit_code", sum("received") AS "sum(received)" FROM "service_performance" GROUP BY "unit_code" ORDER BY 2 DESC NULLS LAST, 1 ASC NULLS LAST LIMIT 5',
    );
    expect(q.params).toEqual([]);
  });

  it('keeps time in order by default, and follows the sort attribute', () => {
    expect(barSortOrder({ x: 'month', sort: '' }, layanan)).toBe('x');
    expect(barSortOrder({ x: 'tahun', sort: '' }, layanan)).toBe('x');
    expect(barSortOrder({ x: 'unit_code', sort: '' }, layanan)).toBe('desc');
    expect(barSortOrder({ x: 'month', sort: 'DESC' }, layanan)).toBe('desc');
    expect(barChartQuery({ ...spec, x: 'month' }, layanan, []).sql).toMatch(
      /ORDER BY 1 ASC NULLS LAST$/,
    );
    expect(barChartQuery({ ...spec, sort: 'asc' }, layanan, []).sql).toMatch(
      /ORDER BY 2 ASC NULLS LAST, 1 ASC NULLS LAST$/,
    );
    expect(barChartQuery({ ...spec, sort: 'none' }, layanan, []).sql).not.toMatch(/ORDER BY/);
  });

  it("takes Observable Plot's sort names: -y largest first, y smallest first, -x reversed", () => {
    expect(barSortOrder({ x: 'unit_code', sort: '-y' }, layanan)).toBe('desc');
    expect(barSortOrder({ x: 'unit_code', sort: ' Y ' }, layanan)).toBe('asc');
    expect(barChartQuery({ ...spec, sort: '-y' }, layanan, []).sql).toBe(
      barChartQuery({ ...spec, sort: 'desc' }, layanan, []).sql,
    );
    expect(barChartQuery({ ...spec, sort: 'y' }, layanan, []).sql).toBe(
      barChartQuery({ ...spec, sort: 'asc' }, layanan, []).sql,
    );
    expect(barChartQuery({ ...spec, x: 'tahun', sort: '-x' }, layanan, []).sql).toMatch(
      /ORDER BY 1 DESC NULLS LAST$/,
    );
    expect(barChartQuery({ ...spec, color: 'tahun', sort: '-x' }, layanan, []).sql).toMatch(
      /ORDER BY 1 DESC NULLS LAST, 2 ASC NULLS LAST$/,
    );
  });

  it('binds filter values and orders series by x then series, without a row limit', () => {
    const q = barChartQuery({ ...spec, color: 'tahun', limit: 3 }, layanan, [
      { column: 'unit_code', predicate: 'eq', value: "x' OR 1=1" },
    ]);
    expect(q.sql).toBe(
      'SELECT "unit_code", "tahun", sum("received") AS "sum(received)" FROM "service_performance" WHERE "unit_code" = ? GROUP BY "unit_code", "tahun" ORDER BY 1 ASC NULLS LAST, 2 ASC NULLS LAST',
    );
    expect(q.params).toEqual(["x' OR 1=1"]);
  });

  it('names what is wrong with an attribute', () => {
    expectError(
      () => barChartQuery({ ...spec, x: ' ' }, layanan, []),
      'BAD_EXPRESSION',
      /needs its x/,
    );
    expectError(
      () => barChartQuery({ ...spec, y: '' }, layanan, []),
      'BAD_EXPRESSION',
      /needs its y/,
    );
    expectError(
      () => barChartQuery({ ...spec, y: 'sum(nope)' }, layanan, []),
      'UNKNOWN_COLUMN',
      /nope/,
    );
    expectError(() => barChartQuery({ ...spec, x: 'unit' }, layanan, []), 'UNKNOWN_COLUMN', /unit/);
    expectError(
      () => barChartQuery({ ...spec, sort: 'tinggi' }, layanan, []),
      'BAD_EXPRESSION',
      /sort="tinggi".*"desc", "asc", "-y", "y", "x", "-x", "none"/,
    );
    expectError(() => barChartQuery({ ...spec, limit: 0 }, layanan, []), 'BAD_EXPRESSION', /limit/);
    expectError(
      () => barChartQuery({ ...spec, limit: 2.5 }, layanan, []),
      'BAD_EXPRESSION',
      /limit/,
    );
    expectError(
      () => barChartQuery({ ...spec, y: 'received' }, layanan, []),
      'BAD_EXPRESSION',
      /aggregate/,
    );
  });
});

function result(names: string[], columns: Record<string, unknown[]>): QueryResult {
  return {
    names,
    types: {},
    columns: columns as QueryResult['columns'],
    numRows: columns[names[0]!]!.length,
    rows: () => [],
  };
}

describe('bar chart data', () => {
  const label = (v: unknown) => (v === null ? 'belum input' : String(v).toUpperCase());

  it('passes one series through, keeping raw x values for selections', () => {
    const input = toBarInput(
      result(['unit_code', 'ikm'], { unit_code: ['dinkes', 'dinsos'], ikm: [88.1, null] }),
      { series: false, sort: 'desc', limit: null, formatLabel: label },
    );
    expect(input.data).toEqual({ labels: ['DINKES', 'DINSOS'], values: [88.1, null] });
    expect(input.xValues).toEqual(['dinkes', 'dinsos']);
    expect(input.names).toEqual({ x: 'unit_code', series: null, value: 'ikm' });
  });

  it('pivots series (a missing pair is null), ranks labels by total and limits labels', () => {
    const input = toBarInput(
      result(['kecamatan', 'channel', 'n'], {
        kecamatan: ['barat', 'barat', 'selatan', 'tengah', 'tengah', 'utara'],
        channel: ['offline', 'online', 'online', 'offline', 'online', 'online'],
        n: [5, 1, 9, 2, 2, null],
      }),
      { series: true, sort: 'desc', limit: 3, formatLabel: label },
    );
    expect(input.data).toEqual({
      labels: ['SELATAN', 'BARAT', 'TENGAH'],
      series: [
        { name: 'OFFLINE', values: [null, 5, 2] },
        { name: 'ONLINE', values: [9, 1, 2] },
      ],
    });
    expect(input.xValues).toEqual(['selatan', 'barat', 'tengah']);
    expect(input.seriesValues).toEqual(['offline', 'online']);
  });

  it('keeps the query order for x, with labels of nothing reported last when ranked', () => {
    const r = result(['tahun', 's', 'n'], {
      tahun: [2022, 2023, 2024],
      s: ['a', 'a', 'a'],
      n: [null, 1, 3],
    });
    const byX = toBarInput(r, { series: true, sort: 'x', limit: null, formatLabel: String });
    expect(byX.data.labels).toEqual(['2022', '2023', '2024']);
    const ranked = toBarInput(r, { series: true, sort: 'asc', limit: null, formatLabel: String });
    expect(ranked.data.labels).toEqual(['2023', '2024', '2022']);
  });
});
