import { renderPlan } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { registerPublicServiceMetrics, type TableSchema } from '@pantau/core';
import {
  axisMeasures,
  defaultDomain,
  measureAxis,
  radarQuery as radarQueryPlan,
  splitMeasures,
} from '../src/radar/radar-query.ts';

/** The plan as the coordinator renders it for DuckDB: what these tests read. */
const radarQuery = (...args: Parameters<typeof radarQueryPlan>) =>
  renderPlan(radarQueryPlan(...args), args[1]);

registerPublicServiceMetrics();

const ikm: TableSchema = {
  table: 'ikm',
  columns: [
    { name: 'unit_code', type: 'VARCHAR' },
    ...['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'].map((name) => ({
      name,
      type: 'INTEGER',
    })),
  ],
};

describe('radar query', () => {
  it('splits a measure list on top-level commas only', () => {
    expect(splitMeasures('avg(u1), avg("Biaya, Tarif"), ikm_nrr_u3,')).toEqual([
      'avg(u1)',
      'avg("Biaya, Tarif")',
      'ikm_nrr_u3',
    ]);
  });

  it('expands ikm_profile to the nine element NRRs, named U1..U9 and read on 1..4', () => {
    const measures = axisMeasures('ikm_profile');
    expect(measures).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `ikm_nrr_u${i}`));
    expect(measureAxis('ikm_nrr_u3', 'id')).toEqual({ short: 'U3', long: 'Waktu Penyelesaian' });
    expect(measureAxis('ikm_nrr_u3', 'en')).toEqual({ short: 'U3', long: 'Completion time' });
    expect(measureAxis('avg(u1)', 'id')).toEqual({ short: 'avg(u1)', long: '' });
    expect(defaultDomain(measures)).toEqual([1, 4]);
    expect(defaultDomain(['avg(u1)', 'ikm_nrr_u2'])).toBeNull();
  });

  it('asks one row per series with a column per axis measure', () => {
    const q = radarQuery(
      { axis: '', value: 'avg(u1), avg(u2), avg(u3)', series: 'unit_code' },
      ikm,
      [],
    );
    expect(q.sql).toBe(
      'SELECT "unit_code", avg("u1")::DOUBLE AS "avg(u1)", avg("u2")::DOUBLE AS "avg(u2)", avg("u3")::DOUBLE AS "avg(u3)" FROM "ikm" GROUP BY "unit_code" ORDER BY 1 ASC NULLS LAST LIMIT 9',
    );
  });

  it('asks one row per axis (and series) with an axis column', () => {
    const q = radarQuery({ axis: 'unit_code', value: 'avg(u1)', series: '' }, ikm, []);
    expect(q.sql).toBe(
      'SELECT "unit_code", avg("u1")::DOUBLE AS "avg(u1)" FROM "ikm" GROUP BY "unit_code" ORDER BY 1 ASC NULLS LAST LIMIT 321',
    );
  });
});
