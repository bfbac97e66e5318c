/**
 * Donut and gauge: the element reduces everything to a handful of numbers in SQL (5 slices, or
 * one value), so the renderer's input does not grow with the rows at all.
 */

import { renderDonut, renderGauge } from '@pantau/charts';
import { groupQuery } from '@pantau/core';
import { categoryOf, gradeBands } from '@pantau/widgets';
import { first, numbers, strings, type QueryCase } from '../case.ts';

/** Transactions per kecamatan. */
export const donut: QueryCase = {
  kind: 'donut',
  variant: 'shares',
  rows: 'transactions, counted by kecamatan: at most 5 slices',
  size: { width: 420, height: 300 },
  format: 'number',
  noun: 'slices',
  source: 'query',
  queries: (table) => [
    groupQuery({
      table,
      groupBy: ['kecamatan'],
      measures: { n: 'count(*)' },
      orderBy: [{ key: 'n', desc: true }],
    }),
  ],
  draw(results, context) {
    const result = first(results);
    return renderDonut(
      { category: strings(result, 'kecamatan'), value: numbers(result, 'n') },
      { categoryField: 'kecamatan', categoryLabel: 'Kecamatan', valueLabel: 'Permohonan' },
      context,
    );
  },
  marks: (results) => first(results).numRows,
};

/** The city's IKM on the A..D bands. */
export const gauge: QueryCase = {
  kind: 'gauge',
  variant: 'IKM',
  rows: 'transactions with IKM answers, aggregated to one IKM value',
  size: { width: 320, height: 220 },
  format: 'ikm',
  noun: 'value',
  source: 'query',
  queries: (table) => [groupQuery({ table, measures: { ikm: 'ikm' } })],
  draw(results, context) {
    const value = numbers(first(results), 'ikm')[0] ?? null;
    return renderGauge(
      { value, category: categoryOf('ikm', value, context.lang) },
      { bands: gradeBands('ikm', context.lang), label: 'IKM' },
      context,
    );
  },
  marks: (results) => first(results).numRows,
};
