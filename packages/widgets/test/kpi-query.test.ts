import { renderPlan } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { isPantauError, registerPublicServiceMetrics, type TableSchema } from '@pantau/core';
import { kpiCompare, kpiQuery as kpiQueryPlan } from '../src/kpi/kpi-query.ts';
import { pointsFormatter } from '../src/kpi/kpi-data.ts';
import { donutQuery as donutQueryPlan } from '../src/donut/donut-query.ts';
import { gaugeQuery as gaugeQueryPlan } from '../src/gauge/gauge-query.ts';

/** The plan as the coordinator renders it for DuckDB: what these tests read. */
const kpiQuery = (...args: Parameters<typeof kpiQueryPlan>) =>
  renderPlan(kpiQueryPlan(...args), args[1]);

/** The plan as the coordinator renders it for DuckDB: what these tests read. */
const donutQuery = (...args: Parameters<typeof donutQueryPlan>) =>
  renderPlan(donutQueryPlan(...args), args[1]);

/** The plan as the coordinator renders it for DuckDB: what these tests read. */
const gaugeQuery = (...args: Parameters<typeof gaugeQueryPlan>) =>
  renderPlan(gaugeQueryPlan(...args), args[1]);

registerPublicServiceMetrics();

const layanan: TableSchema = {
  table: 'layanan',
  columns: [
    { name: 'month', type: 'DATE' },
    { name: 'unit_code', type: 'VARCHAR' },
    { name: 'received', type: 'INTEGER' },
    { name: 'completed', type: 'INTEGER' },
    { name: 'completed_on_time', type: 'INTEGER' },
  ],
};

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (isPantauError(e)) return `${e.code}: ${e.messageIn('en')}`;
    throw e;
  }
  throw new Error('did not throw');
}

describe('KPI query', () => {
  it('groups by the period, newest first, as many periods as the sparkline shows', () => {
    const q = kpiQuery(
      { value: 'sum(received)', time: 'month', compare: '', periods: null },
      layanan,
      [],
    );
    expect(q.sql).toBe(
      'SELECT "month", sum("received") AS "sum(received)" FROM "layanan" WHERE "month" IS NOT NULL GROUP BY "month" ORDER BY 1 DESC NULLS LAST LIMIT 12',
    );
  });

  it('cuts a date column to years in SQL and keeps the newest periods around that query', () => {
    const q = kpiQuery(
      { value: 'sum(received)', time: 'month', interval: 'year', compare: '', periods: 3 },
      layanan,
      [{ column: 'unit_code', predicate: 'eq', value: 'dinkes' }],
    );
    expect(q.sql).toBe(
      'SELECT CAST(date_trunc(\'year\', "month") AS DATE) AS "month", sum("received") AS "sum(received)" FROM "layanan" WHERE "unit_code" = ? AND "month" IS NOT NULL GROUP BY 1 ORDER BY 1 DESC NULLS LAST LIMIT 3',
    );
    expect(q.params).toEqual(['dinkes']);
    expect(() =>
      kpiQuery(
        { value: 'count(*)', time: 'month', interval: 'quarter', compare: '', periods: null },
        layanan,
        [],
      ),
    ).toThrow(/interval="quarter"/);
  });

  it('asks for the whole table and its record count without a period', () => {
    const q = kpiQuery({ value: 'count(*)', time: '', compare: '', periods: null }, layanan, []);
    expect(q.sql).toMatch(
      /^SELECT count\(\*\) AS "count\(\*\)", count\(\*\) AS "records" FROM "layanan"$/,
    );
  });

  it('compares with the previous period only when there is a period column', () => {
    expect(kpiCompare({ time: 'month', compare: '' })).toBe('previous');
    expect(kpiCompare({ time: '', compare: '' })).toBe('none');
    expect(kpiCompare({ time: 'month', compare: 'none' })).toBe('none');
    expect(errorOf(() => kpiCompare({ time: '', compare: 'previous' }))).toMatch(
      /^BAD_EXPRESSION: compare="previous" needs the time attribute/,
    );
    expect(errorOf(() => kpiCompare({ time: 'month', compare: 'last' }))).toMatch(
      /Attribute compare="last" is not known/,
    );
  });

  it('checks periods, the value and columns before anything is sent', () => {
    const spec = { value: 'sum(received)', time: 'month', compare: '', periods: 1 };
    expect(errorOf(() => kpiQuery(spec, layanan, []))).toMatch(/periods .* 2 to 240, not 1/);
    expect(errorOf(() => kpiQuery({ ...spec, periods: null, value: ' ' }, layanan, []))).toMatch(
      /needs its value attribute/,
    );
    expect(errorOf(() => kpiQuery({ ...spec, periods: null, time: 'bulan' }, layanan, []))).toMatch(
      /^UNKNOWN_COLUMN/,
    );
  });
});

describe('KPI change of a rate', () => {
  it("is written in percentage points, with the rate's own digits", () => {
    expect(pointsFormatter('percent', 'id')!(0.0224)).toBe('2,2 poin');
    expect(pointsFormatter('percent:2', 'en')!(0.0224)).toBe('2.24 pts');
    expect(pointsFormatter('number', 'id')).toBeNull();
    expect(pointsFormatter('ikm', 'id')).toBeNull();
  });
});

describe('donut and gauge queries', () => {
  it('counts per category by default, in category order', () => {
    expect(donutQuery({ category: 'unit_code', value: '' }, layanan, []).sql).toBe(
      'SELECT "unit_code", count(*) AS "count(*)" FROM "layanan" GROUP BY "unit_code" ORDER BY 1 ASC NULLS LAST LIMIT 1000',
    );
  });

  it('asks a gauge for one value and the rows behind it, with values bound', () => {
    const q = gaugeQuery('sum(received)', layanan, [
      { column: 'unit_code', predicate: 'eq', value: "dinkes'; DROP TABLE x" },
    ]);
    expect(q.sql).toBe(
      'SELECT sum("received") AS "sum(received)", count(*) AS "records" FROM "layanan" WHERE "unit_code" = ?',
    );
    expect(q.params).toEqual(["dinkes'; DROP TABLE x"]);
  });
});
