/**
 * KPI tile and radar: a value with its monthly history, and the U1..U9 profile per year. The
 * renderer gets at most 36 months, or 3 years x 9 elements, whatever the rows.
 */

import { renderKpi, renderRadar } from '@pantau/charts';
import { IKM_ELEMENTS, groupQuery, ikmProfileMeasures } from '@pantau/core';
import { categoryOf } from '@pantau/widgets';
import { MONTHS } from '../data.ts';
import { first, numbers, strings, type QueryCase } from '../case.ts';

/** IKM of the latest month, change on the month before, and a 36-month sparkline. */
export const kpi: QueryCase = {
  kind: 'kpi',
  variant: 'IKM + sparkline',
  rows: `transactions with IKM answers, grouped by month: at most ${MONTHS} sparkline points`,
  size: { width: 280, height: 160 },
  format: 'ikm',
  noun: 'months',
  source: 'query',
  queries: (table) => [
    groupQuery({
      table,
      groupBy: ['month'],
      measures: { ikm: 'ikm' },
      orderBy: [{ key: 'month' }],
    }),
  ],
  draw(results, context) {
    const result = first(results);
    const values = numbers(result, 'ikm');
    const months = (result.columns['month'] ?? []).map((v) => (v instanceof Date ? v : String(v)));
    const value = values.at(-1) ?? null;
    return renderKpi(
      {
        value,
        previous: values.length > 1 ? (values.at(-2) ?? null) : undefined,
        series: { x: months, values },
        category: categoryOf('ikm', value, context.lang),
        target: 85,
      },
      { label: 'Indeks Kepuasan Masyarakat', compareLabel: 'vs bulan sebelumnya' },
      context,
    );
  },
  marks: (results) => first(results).numRows,
};

const PROFILE = ikmProfileMeasures();

/** NRR per element U1..U9, one outline per year. */
export const radar: QueryCase = {
  kind: 'radar',
  variant: 'U1-U9 by year',
  rows: 'transactions with IKM answers, NRR per element by year: at most 3 x 9 values',
  size: { width: 420, height: 420 },
  format: 'number:2',
  noun: 'values',
  source: 'query',
  queries: (table) => [
    groupQuery({ table, groupBy: ['year'], measures: PROFILE, orderBy: [{ key: 'year' }] }),
  ],
  draw(results, context) {
    const result = first(results);
    const axes = Object.keys(PROFILE);
    const years = strings(result, 'year');
    const columns = axes.map((axis) => numbers(result, axis));
    return renderRadar(
      {
        axes,
        axisLabels: IKM_ELEMENTS.map((e) => e.label[context.lang]),
        series: years.map((name, r) => ({ name, values: columns.map((c) => c[r] ?? null) })),
      },
      { domain: [1, 4], seriesField: 'year', axisField: 'element', axisTitle: 'Unsur' },
      context,
    );
  },
  marks: (results) => first(results).numRows * Object.keys(PROFILE).length,
};
