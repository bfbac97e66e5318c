// Exact totals beyond 2^53 may reach widgets as bigints once the result layer keeps them exact
// (issue 18): they are drawn at the nearest double and written with every digit, never dropped
// as "not reported".
import { describe, expect, it } from 'vitest';
import { formatNumber, plainResult, plotNumber, type PlainValue } from '@pantau/core';
import { tableCells } from '@pantau/charts';
import { toKpiInput } from '../src/kpi/kpi-data.ts';
import { cellFormatter } from '../src/table/table-cells.ts';
import { labelFormatter, valueFormatter } from '../src/base/formats.ts';

const big = 9007199254740995n;

describe('bigint values in widgets', () => {
  it('plots a bigint at its nearest double and keeps "not reported" for the rest', () => {
    expect(plotNumber(big)).toBe(9007199254740996);
    expect(plotNumber(12)).toBe(12);
    expect([null, undefined, '12'].map(plotNumber)).toEqual([null, null, null]);
    // A zero divisor (NaN, or Infinity from DuckDB's own /) is "not computable": NaN, not null.
    expect([Number.NaN, Infinity, -Infinity].map(plotNumber)).toEqual([
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
  });

  it('writes a bigint with every digit', () => {
    expect(formatNumber(big, 'id')).toBe('9.007.199.254.740.995');
    expect(formatNumber(big, 'en')).toBe('9,007,199,254,740,995');
    expect(labelFormatter('id')(big as unknown as PlainValue)).toBe('9.007.199.254.740.995');
  });

  it('gives a KPI tile the value, not a gap', () => {
    // The decoder's PlainValue has no bigint yet: the flechette result layer adds it.
    const values = [big, 5] as unknown as PlainValue[];
    const result = plainResult(['total'], { total: 'Decimal' }, { total: values }, 2);
    const input = toKpiInput(result, { value: 'total', time: null }, false);
    expect(input.data.value).toBe(9007199254740996);
  });

  it('shows a bigint exactly in a table cell and in a chart data table', () => {
    const planned = {
      expression: 'sum(n)',
      label: 'Total',
      titled: true,
      key: 'total',
      bare: false,
      aggregate: true,
      column: '',
      type: '',
    };
    expect(cellFormatter(planned, 'id', '')(big)).toBe('9.007.199.254.740.995');
    const raw = { ...planned, expression: 'n', bare: true, aggregate: false, type: 'BIGINT' };
    expect(cellFormatter(raw, 'en', '')(big)).toBe('9,007,199,254,740,995');
    const cells = tableCells(
      { columns: { total: [big, null] } } as never,
      [{ key: 'total', label: 'Total', numeric: true }],
      {
        formatValue: valueFormatter('number', 'id'),
        formatLabel: labelFormatter('id'),
        lang: 'id',
      },
    );
    expect(cells.map((row) => row[0])).toEqual(['9.007.199.254.740.996', 'belum input']);
  });
});
