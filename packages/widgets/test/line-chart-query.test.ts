import { periodPlan, renderPlan } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { PantauError, type PlainValue, type QueryResult, type TableSchema } from '@pantau/core';
import { lineChartQuery as lineChartQueryPlan } from '../src/line-chart/line-chart-query.ts';
import { parseInterval } from '../src/line-chart/period-query.ts';
import { toLineInput } from '../src/line-chart/line-chart-data.ts';

/** The plan as the coordinator renders it for DuckDB: what these tests read. */
const lineChartQuery = (...args: Parameters<typeof lineChartQueryPlan>) =>
  renderPlan(lineChartQueryPlan(...args), args[1]);

const layanan: TableSchema = {
  table: 'service_performance',
  columns: [
    { name: 'month', type: 'DATE' },
    { name: 'created_at', type: 'TIMESTAMP' },
    { name: 'unit_code', type: 'VARCHAR' },
    { name: 'tahun', type: 'INTEGER' },
    { name: 'received', type: 'INTEGER' },
    { name: 'Waktu "Proses"', type: 'DOUBLE' },
  ],
};
const spec = { x: 'month', y: 'sum(received)', series: '', interval: '' };

/** A result as the coordinator hands it over: plain columns (see core's toQueryResult). */
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

describe('line chart query', () => {
  it('groups by the stored dates through groupQuery when no interval is given', () => {
    const q = lineChartQuery(spec, layanan, []);
    expect(q.sql).toBe(
      'SELECT "month", sum("received") AS "sum(received)" FROM "service_performance" GROUP BY "month" ORDER BY 1 ASC NULLS LAST LIMIT 100000',
    );
  });

  it('truncates to a whitelisted period, as a DATE, with series and bound filter values', () => {
    const q = lineChartQuery(
      { ...spec, x: 'created_at', series: 'unit_code', interval: 'Week' },
      layanan,
      [{ column: 'unit_code', predicate: 'in', value: ['dinkes', "x'); DROP TABLE t; --"] }],
    );
    expect(q.sql).toBe(
      `SELECT CAST(date_trunc('week', "created_at") AS DATE) AS "created_at", "unit_code", sum("received") AS "sum(received)" FROM "service_performance" WHERE "unit_code" IN (?, ?) GROUP BY 1, "unit_code" ORDER BY 1 ASC NULLS LAST, 2 ASC NULLS LAST LIMIT 100000`,
    );
    expect(q.params).toEqual(['dinkes', "x'); DROP TABLE t; --"]);
  });

  it('never pastes the interval: anything off the list is an error naming the choices', () => {
    expectError(
      () => lineChartQuery({ ...spec, interval: "month', x) --" }, layanan, []),
      'BAD_EXPRESSION',
      /interval="month', x\) --" is not known: use one of "day", "week", "month", "year"/,
    );
    expect(parseInterval(' YEAR ')).toBe('year');
    expect(parseInterval('')).toBeNull();
  });

  it('quotes hostile column names and refuses unknown ones', () => {
    const q = renderPlan(
      periodPlan({
        table: layanan.table,
        groups: [{ column: 'month', interval: 'month' }],
        measures: { waktu: 'avg("Waktu ""Proses""")' },
      }),
      layanan,
    );
    expect(q.sql).toContain('avg("Waktu ""Proses""")::DOUBLE AS "waktu"');
    expectError(
      () => lineChartQuery({ ...spec, x: 'bulan', interval: 'month' }, layanan, []),
      'UNKNOWN_COLUMN',
      /Column "bulan" does not exist/,
    );
    expectError(
      () => lineChartQuery({ ...spec, series: 'unit_cod', interval: 'month' }, layanan, []),
      'UNKNOWN_COLUMN',
      /Did you mean "unit_code"\?/,
    );
  });

  it('asks for a date or number x, a date for an interval, and an aggregate measure', () => {
    expectError(
      () => lineChartQuery({ ...spec, x: 'unit_code' }, layanan, []),
      'BAD_EXPRESSION',
      /a line needs a date or number column/,
    );
    expectError(
      () => lineChartQuery({ ...spec, x: 'tahun', interval: 'year' }, layanan, []),
      'BAD_EXPRESSION',
      /interval only applies to date or time columns/,
    );
    expectError(
      () => lineChartQuery({ ...spec, y: 'received', interval: 'month' }, layanan, []),
      'BAD_EXPRESSION',
      /reads row values/,
    );
    expectError(
      () => lineChartQuery({ ...spec, series: 'Month', interval: 'month' }, layanan, []),
      'BAD_EXPRESSION',
      /appears twice/,
    );
    expectError(
      () => lineChartQuery({ ...spec, y: ' ' }, layanan, []),
      'BAD_EXPRESSION',
      /needs its y/,
    );
  });
});

describe('line chart data', () => {
  it('pivots long rows into one line per series, null where a series has no row', () => {
    const jan = new Date(Date.UTC(2024, 0, 1));
    const feb = new Date(Date.UTC(2024, 1, 1));
    const rows = resultOf({
      month: [jan, jan, feb],
      unit_code: ['dinkes', 'dinsos', 'dinkes'],
      'sum(received)': [10, 20, null],
    });
    const input = toLineInput(rows, { series: true, formatLabel: (v) => String(v).toUpperCase() });
    expect(input.data.x).toEqual([jan, feb]);
    expect(input.data.series).toEqual([
      { name: 'DINKES', values: [10, null] },
      { name: 'DINSOS', values: [20, null] },
    ]);
    expect(input.rowOf).toEqual([
      [0, 2],
      [1, -1],
    ]);
    expect(input.seriesValues).toEqual(['dinkes', 'dinsos']);
    expect(input.names).toEqual({ x: 'month', series: 'unit_code', value: 'sum(received)' });
  });
});
