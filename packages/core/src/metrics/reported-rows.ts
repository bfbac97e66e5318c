/**
 * How the service and complaint measures read rows: only rows where every column the formula
 * needs is reported count, in the SQL tree (allReported) and in the reference (reportedRows) alike.
 */

import { METRIC_WORDS, sayBoth } from '@pantau/messages';
import type { Expr } from '../sql/expr/expr.ts';
import { and, notNull, num } from '../sql/expr/build.ts';
import { badData, readNumber, type MetricRow } from './shared.ts';

export type Col = (name: string) => Expr;

export function allReported(col: Col, columns: readonly string[]): Expr {
  return and(...columns.map((c) => notNull(num(col(c)))));
}

/** Rows where every column is a number; throws BAD_DATA on non-numeric text. */
export function reportedRows(rows: readonly MetricRow[], columns: readonly string[]): number[][] {
  const out: number[][] = [];
  for (const row of rows) {
    const values = columns.map((c) => {
      const v = readNumber(row[c]);
      if (v === undefined) {
        throw badData(sayBoth(METRIC_WORDS, 'serviceColumnHoldsNonNumber', c, String(row[c])), {
          column: c,
          value: row[c],
        });
      }
      return v;
    });
    if (values.every((v) => v !== null)) out.push(values as number[]);
  }
  return out;
}

export function ratio(num: number, den: number, n: number): number | null {
  return n === 0 || den === 0 ? null : num / den;
}

export function columnTotal(rows: number[][], i: number): number {
  return rows.reduce((t, r) => t + r[i]!, 0);
}
