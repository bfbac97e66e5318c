import { renderPlan } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { isPantauError, registerPublicServiceMetrics, type TableSchema } from '@pantau/core';
import { kpiCompare, kpiQuery as kpiQueryPlan } from '../src/kpi/kpi-query.ts';
import { changeFormatter, changeUnit } from '../src/base/change-format.ts';
import { metricNameOf } from '../src/base/metric-name.ts';
import { formatSpec, valueFormatter } from '../src/base/formats.ts';
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

describe('a change, in points for rates and indices (one decision for every widget)', () => {
  // As the widgets call it: with the format in force (the attribute, else the metric's).
  const change = (format: string, measure: string, lang: 'id' | 'en') => {
    const spec = formatSpec(format, measure);
    return changeFormatter(spec, measure, lang, valueFormatter(spec, lang));
  };

  it("writes a percentage's change in percentage points, with the rate's own digits", () => {
    expect(change('percent', 'sum(a) / sum(b)', 'id')(0.0224)).toBe('2,2 poin');
    expect(change('percent:2', 'sum(a) / sum(b)', 'en')(0.0224)).toBe('2.24 points');
    expect(change('', 'on_time_rate', 'id')(0.0224)).toBe('2,2 poin');
    expect(change('percent', 'x', 'en')(0.01)).toBe('1 point');
  });

  it("writes an index's change in points of its own scale, also with the survey's headers", () => {
    expect(change('', 'ikm', 'id')(2.2)).toBe('2,20 poin');
    expect(
      change('', 'ikm("U1 Persyaratan", "U2 Prosedur", u3, u4, u5, u6, u7, u8, u9)', 'en')(2.2),
    ).toBe('2.20 points');
    expect(change('number:2', 'ipp', 'id')(0.3)).toBe('0,30 poin');
    expect(changeUnit('', 'ikm_nrr_u3')).toBe('points');
    expect(changeUnit('', 'ikm_nrr("U3 Waktu")')).toBe('points');
  });

  it('keeps counts, money and days in their own amount', () => {
    expect(changeUnit('', 'sum(received)')).toBe('amount');
    expect(changeUnit('currency', 'sum(budget)')).toBe('amount');
    expect(changeUnit('', 'median_days')).toBe('amount');
    expect(change('', 'count(*)', 'id')(1234)).toBe('1.234');
    // Not reported stays the words, without a unit.
    expect(change('percent', 'sla', 'id')(null)).toBe('belum input');
  });

  it('reads the metric of a measure from its text, arguments or not', () => {
    expect(metricNameOf(' IKM ')).toBe('ikm');
    expect(metricNameOf('ikm("U1 ""a""", u2)')).toBe('ikm');
    expect(metricNameOf('ikm("U1") + 1')).toBe('');
    expect(metricNameOf('sum(x) / ikm')).toBe('');
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
