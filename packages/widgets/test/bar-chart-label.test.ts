import { renderPlan } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import type { QueryResult, TableSchema } from '@pantau/core';
import { barChartQuery as barChartQueryPlan } from '../src/bar-chart/bar-chart-query.ts';
import { toBarInput } from '../src/bar-chart/bar-chart-data.ts';

/** The plan as the coordinator renders it for DuckDB: what these tests read. */
const barChartQuery = (...args: Parameters<typeof barChartQueryPlan>) =>
  renderPlan(barChartQueryPlan(...args), args[1]);

const units: TableSchema = {
  table: 'ikm_units',
  columns: [
    { name: 'unit_code', type: 'VARCHAR' },
    { name: 'unit', type: 'VARCHAR' },
    { name: 'status', type: 'VARCHAR' },
    { name: 'nilai_ikm', type: 'DOUBLE' },
  ],
};
const spec = { x: 'unit_code', label: 'unit', y: 'max(nilai_ikm)', color: '', sort: '', limit: 3 };

function result(names: string[], columns: Record<string, unknown[]>): QueryResult {
  return {
    names,
    types: {},
    columns: columns as QueryResult['columns'],
    numRows: columns[names[0]!]!.length,
    rows: () => [],
  };
}

describe('bar chart with a label column', () => {
  it('groups by the code and its name, ranks and limits as without one', () => {
    expect(barChartQuery(spec, units, []).sql).toBe(
      'SELECT "unit_code", "unit", max("nilai_ikm")::DOUBLE AS "max(nilai_ikm)" FROM "ikm_units" GROUP BY "unit_code", "unit" ORDER BY 3 DESC NULLS LAST, 1 ASC NULLS LAST LIMIT 3',
    );
    expect(barChartQuery({ ...spec, color: 'status' }, units, []).sql).toMatch(
      /^SELECT "unit_code", "unit", "status", max\("nilai_ikm"\)::DOUBLE AS "max\(nilai_ikm\)" FROM "ikm_units" GROUP BY "unit_code", "unit", "status" ORDER BY 1 ASC NULLS LAST, 3 ASC NULLS LAST/,
    );
    expect(() => barChartQuery({ ...spec, label: 'nama' }, units, [])).toThrow(/nama/);
  });

  it('shows names and keeps codes for selections; a code without a name shows the code', () => {
    const input = toBarInput(
      result(['unit_code', 'unit', 'max(nilai_ikm)'], {
        unit_code: ['disdukcapil', 'bpbd', 'baru'],
        unit: ['Disdukcapil', 'BPBD (n = 9)', null],
        'max(nilai_ikm)': [92.1, 80.2, null],
      }),
      { series: false, label: true, sort: 'desc', limit: null, formatLabel: String },
    );
    expect(input.data).toEqual({
      labels: ['Disdukcapil', 'BPBD (n = 9)', 'baru'],
      values: [92.1, 80.2, null],
    });
    expect(input.xValues).toEqual(['disdukcapil', 'bpbd', 'baru']);
    expect(input.names).toEqual({
      x: 'unit_code',
      label: 'unit',
      series: null,
      value: 'max(nilai_ikm)',
    });

    const stacked = toBarInput(
      result(['unit_code', 'unit', 'status', 'n'], {
        unit_code: ['dinkes', 'dinkes', 'dinsos'],
        unit: ['Dinkes', 'Dinkes', 'Dinsos'],
        status: ['a', 'b', 'a'],
        n: [1, 2, 5],
      }),
      { series: true, label: true, sort: 'desc', limit: null, formatLabel: String },
    );
    expect(stacked.data).toEqual({
      labels: ['Dinsos', 'Dinkes'],
      series: [
        { name: 'a', values: [5, 1] },
        { name: 'b', values: [null, 2] },
      ],
    });
    expect(stacked.xValues).toEqual(['dinsos', 'dinkes']);
    expect(stacked.names.series).toBe('status');
  });
});
