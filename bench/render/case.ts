/**
 * What one benchmarked chart is: its renderer call, and where its input comes from. Either an
 * aggregating query over the `layanan` table (what the element would ask DuckDB, built with
 * @pantau/core's `groupQuery`), whose answer the case maps to the renderer's input as the
 * element's `drawChart` does; or columns generated in memory at the benchmark's size (charts that
 * draw every row they get: lines, where M4 and canvas keep the drawing pixel-sized).
 */

import type { ChartContext, ChartOutput, ChartSize } from '@pantau/charts';
import type { QueryRequest, QueryResult, TableSchema } from '@pantau/core';
import { labelFormatter, valueFormatter } from '@pantau/widgets';

interface CaseBase {
  /** Chart kind, as in the table: `bars`, `line`, `heatmap`... */
  kind: string;
  /** Which form of the kind: `ranking`, `grouped`, `area`... */
  variant: string;
  /** What "rows" means for this case, for the README (e.g. "transactions, grouped by unit"). */
  rows: string;
  size: ChartSize;
  /** The widget's `format` for values (a @pantau/core format spec). */
  format: string;
  /** What reaches the renderer is counted in these: `bars`, `cells`, `points`... */
  noun: string;
}

/** The element aggregates in SQL; the renderer gets the query's answer. */
export interface QueryCase extends CaseBase {
  source: 'query';
  /** The element's queries, sent together (most elements send one; a table adds its count). */
  queries(table: TableSchema): QueryRequest[];
  /** The answers mapped to renderer input and drawn (the element's drawChart). */
  draw(results: readonly QueryResult[], context: ChartContext): ChartOutput;
  /** How many things reach the renderer (bars, cells, slices...), for the table. */
  marks(results: readonly QueryResult[]): number;
}

/** Plain columns of `rows` rows in memory, drawn as they are. */
export interface MemoryCase extends CaseBase {
  source: 'memory';
  /** Builds the columns (not timed) and returns the draw over them. */
  prepare(rows: number): PreparedDraw;
}

export interface PreparedDraw {
  /** How many points reach the renderer. */
  marks: number;
  draw(context: ChartContext): ChartOutput;
  /** Steps of the renderer timed on their own, to say where a slow draw goes. */
  steps?: Readonly<Record<string, () => unknown>>;
}

export type RenderCase = QueryCase | MemoryCase;

/** The context a widget passes: Indonesian, its size, the element's own formatters. */
export function contextFor(benchCase: CaseBase, title: string): ChartContext {
  return {
    lang: 'id',
    size: benchCase.size,
    formatValue: valueFormatter(benchCase.format, 'id'),
    formatLabel: labelFormatter('id'),
    title,
  };
}

/** The first answer of a case's queries (the only one for most). */
export function first(results: readonly QueryResult[]): QueryResult {
  const result = results[0];
  if (result === undefined) throw new Error('the case ran no query');
  return result;
}

/** A numeric result column as renderer values (null stays null: "belum input"). */
export function numbers(result: QueryResult, name: string): (number | null)[] {
  return (result.columns[name] ?? []).map((v) => (v === null ? null : Number(v)));
}

export function strings(result: QueryResult, name: string): string[] {
  return (result.columns[name] ?? []).map((v) => String(v));
}

/**
 * A long answer (label, series, value) as the renderer's wide form: labels in first-seen order,
 * one series per distinct series value, null where a label has no row for a series.
 */
export function pivot(
  result: QueryResult,
  label: string,
  series: string,
  value: string,
): { labels: string[]; series: { name: string; values: (number | null)[] }[] } {
  const labelColumn = strings(result, label);
  const seriesColumn = strings(result, series);
  const values = numbers(result, value);
  const labels = [...new Set(labelColumn)];
  const names = [...new Set(seriesColumn)].sort();
  const at = new Map(labels.map((l, i) => [l, i]));
  const out = names.map((name) => ({
    name,
    values: new Array<number | null>(labels.length).fill(null),
  }));
  const seriesAt = new Map(names.map((n, i) => [n, out[i]!]));
  for (let r = 0; r < labelColumn.length; r++) {
    const target = seriesAt.get(seriesColumn[r]!);
    const i = at.get(labelColumn[r]!);
    if (target !== undefined && i !== undefined) target.values[i] = values[r] ?? null;
  }
  return { labels, series: out };
}
