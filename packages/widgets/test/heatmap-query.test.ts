import { renderPlan } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import type { PantauError, PlainValue, QueryResult, TableSchema } from '@pantau/core';
import { heatmapQuery as heatmapQueryPlan } from '../src/heatmap/heatmap-query.ts';
import { toHeatmapInput } from '../src/heatmap/heatmap-data.ts';

/** The plan as the coordinator renders it for DuckDB: what these tests read. */
const heatmapQuery = (...args: Parameters<typeof heatmapQueryPlan>) =>
  renderPlan(heatmapQueryPlan(...args), args[1]);

const layanan: TableSchema = {
  table: 'layanan',
  columns: [
    { name: 'month', type: 'DATE' },
    { name: 'date', type: 'DATE' },
    { name: 'unit_code', type: 'VARCHAR' },
    { name: 'received', type: 'INTEGER' },
  ],
};

function resultOf(columns: Record<string, PlainValue[]>): QueryResult {
  const names = Object.keys(columns);
  const numRows = columns[names[0]!]?.length ?? 0;
  return {
    names,
    types: {},
    columns,
    numRows,
    rows: () =>
      Array.from({ length: numRows }, (_, i) =>
        Object.fromEntries(names.map((n) => [n, columns[n]![i] ?? null])),
      ),
  };
}

const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('heatmap query', () => {
  it('groups by unit then period, ordered, through groupQuery without an interval', () => {
    const q = heatmapQuery(
      { x: 'month', y: 'unit_code', value: 'sum(received)', interval: '' },
      layanan,
      [],
    );
    expect(q.sql).toBe(
      'SELECT "unit_code", "month", sum("received") AS "sum(received)" FROM "layanan" GROUP BY "unit_code", "month" ORDER BY 1 ASC NULLS LAST, 2 ASC NULLS LAST LIMIT 100000',
    );
  });

  it('truncates the x dates to months from the whitelist', () => {
    const q = heatmapQuery(
      { x: 'date', y: 'unit_code', value: 'count(*)', interval: 'month' },
      layanan,
      [{ column: 'unit_code', predicate: 'eq', value: 'dinkes' }],
    );
    expect(q.sql).toBe(
      `SELECT "unit_code", CAST(date_trunc('month', "date") AS DATE) AS "date", count(*) AS "count(*)" FROM "layanan" WHERE "unit_code" = ? GROUP BY "unit_code", 2 ORDER BY 1 ASC NULLS LAST, 2 ASC NULLS LAST LIMIT 100000`,
    );
    expect(q.params).toEqual(['dinkes']);
  });

  it('needs x, y and value, and known columns', () => {
    expect(() =>
      heatmapQuery({ x: 'month', y: '', value: 'count(*)', interval: '' }, layanan, []),
    ).toThrow(/needs its y attribute/);
    try {
      heatmapQuery({ x: 'month', y: 'unit', value: 'count(*)', interval: '' }, layanan, []);
      throw new Error('expected an error');
    } catch (error) {
      expect((error as PantauError).code).toBe('UNKNOWN_COLUMN');
    }
  });
});

describe('heatmap data', () => {
  it('pivots to units x every month, maps cells back to result rows, keeps raw values', () => {
    const result = resultOf({
      unit_code: ['dinkes', 'dinkes', 'dinsos'],
      month: [utc(2024, 1), utc(2024, 3), utc(2024, 3)],
      'sum(received)': [5, 7, null],
    });
    const input = toHeatmapInput(result, {
      interval: null,
      formatLabel: (v) => `[${String(v)}]`,
    });
    expect(input.data.rows).toEqual(['[dinkes]', '[dinsos]']);
    expect(input.data.cols).toEqual([utc(2024, 1), utc(2024, 2), utc(2024, 3)]);
    expect(input.data.values).toEqual([5, null, 7, null, null, null]);
    expect(input.rowOf).toEqual([0, -1, 1, -1, -1, 2]);
    expect(input.rowValues).toEqual(['dinkes', 'dinsos']);
    expect(input.colValues).toEqual([utc(2024, 1), utc(2024, 2), utc(2024, 3)]);
    expect(input.names).toEqual({ x: 'month', y: 'unit_code', value: 'sum(received)' });
  });

  it('keeps text or numeric columns as they come, and raw numbers for selections', () => {
    const result = resultOf({
      unit: ['a', 'a', 'b'],
      tahun: [2023, 2024, 2024],
      skor: [1, 2, 3],
    });
    const input = toHeatmapInput(result, { interval: null, formatLabel: String });
    expect(input.data.cols).toEqual(['2023', '2024']);
    expect(input.colValues).toEqual([2023, 2024]);
    expect(input.data.values).toEqual([1, 2, null, 3]);
  });
});
