/**
 * Heatmap: unit x period, binned in SQL. The renderer gets one cell per unit-period with data (the
 * pivot puts back the unreported ones): up to 40 x 36 months (SVG), or 40 x 157 weeks (past
 * 2,000 cells, so canvas).
 */

import { pivotHeatmap, renderHeatmap } from '@pantau/charts';
import { groupQuery } from '@pantau/core';
import { categoryOf } from '@pantau/widgets';
import { MONTHS, UNIT_COUNT, benchUnits } from '../data.ts';
import { first, numbers, strings, type QueryCase } from '../case.ts';

const SIZE = { width: 760, height: 720 };
const UNITS = benchUnits();

function heatmapCase(period: 'month' | 'week', measure: string, format: string): QueryCase {
  const graded = measure === 'ikm';
  const cells =
    period === 'month' ? `${UNIT_COUNT} x ${MONTHS} = 1,440` : `${UNIT_COUNT} x 157 = 6,280`;
  return {
    kind: 'heatmap',
    variant: `unit x ${period}`,
    rows: `transactions, ${measure} by unit x ${period}: at most ${cells} cells`,
    size: SIZE,
    format,
    noun: 'cells',
    source: 'query',
    queries: (table) => [
      groupQuery({
        table,
        groupBy: ['unit', period],
        measures: { value: measure },
        orderBy: [{ key: 'unit' }, { key: period }],
      }),
    ],
    draw(results, context) {
      const result = first(results);
      const values = numbers(result, 'value');
      const data = pivotHeatmap(
        {
          rows: strings(result, 'unit'),
          cols: result.columns[period] ?? [],
          values,
          ...(graded ? { categories: values.map((v) => categoryOf('ikm', v, context.lang)) } : {}),
        },
        { interval: period, rowOrder: UNITS },
      );
      return renderHeatmap(
        data,
        { interval: period, rowHeader: 'Unit', rowField: 'unit', colField: period },
        context,
      );
    },
    marks: (results) => first(results).numRows,
  };
}

export const heatmapMonthly = heatmapCase('month', 'ikm', 'ikm');
export const heatmapWeekly = heatmapCase('week', 'on_time_rate', 'percent');
