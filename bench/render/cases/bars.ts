/**
 * Bars: the element groups in SQL, so at every input size the renderer gets one bar per group
 * (at most 40 units, or 5 kecamatan x 3 years): the draw is flat once the groups are all there.
 */

import { preferredBarsHeight, renderBars } from '@pantau/charts';
import { groupQuery } from '@pantau/core';
import { categoryOf } from '@pantau/widgets';
import { UNIT_COUNT } from '../data.ts';
import { first, numbers, pivot, strings, type QueryCase } from '../case.ts';

const WIDTH = 640;

/** The Simonik view: units ranked by IKM, grade colour and letter on every bar. */
export const barsRanking: QueryCase = {
  kind: 'bars',
  variant: 'ranking',
  rows: `transactions with IKM answers, grouped by unit: at most ${UNIT_COUNT} bars`,
  size: { width: WIDTH, height: preferredBarsHeight(UNIT_COUNT) },
  format: 'ikm',
  noun: 'bars',
  source: 'query',
  queries: (table) => [
    groupQuery({
      table,
      groupBy: ['unit'],
      measures: { ikm: 'ikm' },
      orderBy: [{ key: 'ikm', desc: true }],
    }),
  ],
  draw(results, context) {
    const result = first(results);
    const values = numbers(result, 'ikm');
    return renderBars(
      { labels: strings(result, 'unit'), values },
      {
        orientation: 'horizontal',
        categories: values.map((v) => categoryOf('ikm', v, context.lang)),
        xField: 'unit',
        labelHeader: 'Unit',
        valueHeader: 'IKM',
      },
      context,
    );
  },
  marks: (results) => first(results).numRows,
};

/** IKM per kecamatan, the three years side by side (vertical, 15 bars). */
export const barsGrouped: QueryCase = {
  kind: 'bars',
  variant: 'grouped',
  rows: 'transactions, grouped by kecamatan x year: at most 5 x 3 = 15 bars',
  size: { width: WIDTH, height: 360 },
  format: 'ikm',
  noun: 'bars',
  source: 'query',
  queries: (table) => [
    groupQuery({
      table,
      groupBy: ['kecamatan', 'year'],
      measures: { ikm: 'ikm' },
      orderBy: [{ key: 'kecamatan' }, { key: 'year' }],
    }),
  ],
  draw(results, context) {
    const result = first(results);
    const wide = pivot(result, 'kecamatan', 'year', 'ikm');
    return renderBars(
      wide,
      { mode: 'grouped', orientation: 'vertical', xField: 'kecamatan', seriesField: 'year' },
      context,
    );
  },
  marks: (results) => first(results).numRows,
};

/** Applications per unit split by status, stacked (horizontal, up to 40 x 3 pieces). */
export const barsStacked: QueryCase = {
  kind: 'bars',
  variant: 'stacked',
  rows: `transactions, counted by unit x status: at most ${UNIT_COUNT} x 3 = 120 pieces`,
  size: { width: WIDTH, height: preferredBarsHeight(UNIT_COUNT, { legend: true }) },
  format: 'number',
  noun: 'pieces',
  source: 'query',
  queries: (table) => [
    groupQuery({
      table,
      groupBy: ['unit', 'status'],
      measures: { n: 'count(*)' },
      orderBy: [{ key: 'unit' }, { key: 'status' }],
    }),
  ],
  draw(results, context) {
    const result = first(results);
    return renderBars(
      pivot(result, 'unit', 'status', 'n'),
      { mode: 'stacked', orientation: 'horizontal', xField: 'unit', seriesField: 'status' },
      context,
    );
  },
  marks: (results) => first(results).numRows,
};
