/**
 * A minimal chart built on the base, for testing the base alone: one SVG text row per group.
 * Real charts are tested in their own files; this one keeps the frame's tests independent of them.
 */

import { aggregatePlan, type FilterClause, type QueryResult, type TableSchema } from '@pantau/core';
import { svgEl, svgRoot, type ChartContext, type ChartOutput } from '@pantau/charts';
import { property } from 'lit/decorators.js';
import { PantauChartElement } from '../../src/base/chart-element.ts';

export class TestList extends PantauChartElement {
  @property() x = '';
  @property() y = '';

  protected override get primaryMeasure(): string {
    return this.y;
  }

  protected chartQuery(table: TableSchema, filter: readonly FilterClause[]) {
    return aggregatePlan({
      table: table.table,
      groups: [this.x],
      measures: { value: this.y },
      filter,
      order: [{ key: 'value', desc: true }],
    });
  }

  protected drawChart(result: QueryResult, context: ChartContext): ChartOutput {
    const labels = (result.columns[result.names[0]!] ?? []).map((v) => context.formatLabel!(v));
    const values = (result.columns['value'] ?? []) as (number | null)[];
    const root = svgRoot(context, 'test-list');
    const d = context.document ?? document;
    const marks = labels.map((label, i) => {
      root.append(
        svgEl(
          d,
          'text',
          { x: 4, y: 20 * (i + 1) },
          `${label}: ${context.formatValue(values[i] ?? null)}`,
        ),
      );
      return {
        index: i,
        label: `${label}: ${context.formatValue(values[i] ?? null)}`,
        box: { x: 0, y: 20 * i + 5, width: 200, height: 20 },
        selection: { [result.names[0]!]: result.columns[result.names[0]!]?.[i] },
      };
    });
    return {
      node: root,
      marks,
      surface: 'svg',
      summary: `${labels.length} rows`,
      table: {
        caption: context.title ?? '',
        headers: [result.names[0]!, 'value'],
        rows: labels.map((label, i) => [label, context.formatValue(values[i] ?? null)]),
        numeric: [false, true],
      },
    };
  }
}

if (!customElements.get('pantau-test-list')) customElements.define('pantau-test-list', TestList);
