/**
 * IKM as named metrics for the measure grammar (`value="ikm"`, `y="ikm_nrr_u3"`), the same
 * formulas as `ikm.ts` as expression trees. Each is an aggregate: the group it is computed per is the query's
 * `groupBy` (per unit: `groupBy: ['unit_code']`; whole table: no groupBy).
 */

import { METRIC_WORDS, sayBoth } from '@pantau/messages';
import type { Connector } from '../engine/connector.ts';
import type { SourceCatalog } from '../engine/duckdb-connector.ts';
import { runQuery } from '../results/run-query.ts';
import { checkSourceName, quoteIdentifier, resolveColumn } from '../sql/identifiers.ts';
import type { MetricDefinition } from '../sql/metrics.ts';
import type { Expr } from '../sql/expr/expr.ts';
import { renderExpr } from '../sql/expr/render.ts';
import {
  add,
  and,
  bool,
  caseWhen,
  coalesce,
  countRows,
  dbl,
  div,
  fail,
  gt,
  isIn,
  lit,
  mul,
  not,
  num,
  sum,
} from '../sql/expr/build.ts';
import {
  IKM_ANSWER_COLUMNS,
  IKM_CONVERSION,
  IKM_ELEMENTS,
  IKM_GRADE_SCALE,
  ikmAnswersError,
  ikmWeight,
  type IkmElement,
  type IkmWeight,
} from './ikm.ts';

export interface IkmMetricOptions {
  /** Metric name; default `ikm`. */
  name?: string;
  /** Answer columns in element order; default `u1`..`u9` as in the Banjarmasin dataset. */
  answers?: readonly string[];
  weight?: IkmWeight;
}

type Col = (name: string) => Expr;

/** A valid answer: a whole number 1..4 read as a number; NULL and text count as invalid. */
function validAnswer(column: Expr): Expr {
  return coalesce(isIn(num(column), [lit(1), lit(2), lit(3), lit(4)]), bool(false));
}

/** Rows with at least one invalid answer. */
function invalidRows(col: Col, answers: readonly string[]): Expr {
  return countRows(not(and(...answers.map((a) => validAnswer(col(a))))));
}

/**
 * Fails the query when the group holds an invalid answer, instead of returning a score that is
 * silently wrong; `validateIkmAnswers` says which column and how many rows.
 */
function guarded(col: Col, answers: readonly string[], value: Expr): Expr {
  const bad = invalidRows(col, answers);
  const message = sayBoth(METRIC_WORDS, 'ikmSomeAnswersEmptyNot');
  return caseWhen([[gt(bad, lit(0)), fail(message, bad)]], value);
}

/** The survey's own headers in place of `u1`..`u9`: `ikm("U1 Persyaratan", ..., "U9 ...")`. */
const NINE_ANSWERS = sayBoth(METRIC_WORDS, 'ikmNineAnswerColumnsU');

/** Converted IKM (25..100): 25 x sum over elements of weight x sum(answers) / respondents. */
export function ikmMetric(options: IkmMetricOptions = {}): MetricDefinition {
  const answers = [...(options.answers ?? IKM_ANSWER_COLUMNS)];
  const weight = ikmWeight(options.weight);
  return {
    columnArguments: {
      count: answers.length,
      what: NINE_ANSWERS,
      define: (columns) => ikmMetric({ ...options, answers: columns }),
    },
    name: options.name ?? 'ikm',
    label: sayBoth(METRIC_WORDS, 'ikmCommunitySatisfactionIndex'),
    description: sayBoth(METRIC_WORDS, 'ikmConvertedValuePerPermenpanrb'),
    format: 'ikm',
    grades: IKM_GRADE_SCALE,
    changeInPoints: true,
    requiredColumns: answers,
    expr: (col) => {
      const weighted = add(...answers.map((a) => mul(dbl(weight), sum(num(col(a))))));
      return guarded(col, answers, div(mul(dbl(IKM_CONVERSION), weighted), countRows()));
    },
    isAggregate: true,
  };
}

export interface IkmElementMetricOptions {
  /** The answer column, e.g. `u3`. */
  column: string;
  /** Metric name; default `ikm_nrr_<column>`. */
  name?: string;
  element?: IkmElement;
  /** All answer columns: a row with any invalid answer is refused, as for `ikm`. */
  answers?: readonly string[];
}

/** NRR of one element: sum of its answers / respondents (1..4). */
export function ikmElementMetric(options: IkmElementMetricOptions): MetricDefinition {
  const answers = [...(options.answers ?? IKM_ANSWER_COLUMNS)];
  if (!answers.includes(options.column)) answers.push(options.column);
  const element = options.element;
  return {
    name: options.name ?? `ikm_nrr_${options.column.toLowerCase()}`,
    label: sayBoth(METRIC_WORDS, 'ikmNrr', element?.code ?? options.column, element?.label),
    changeInPoints: true,
    requiredColumns: answers,
    expr: (col) => guarded(col, answers, div(sum(num(col(options.column))), countRows())),
    isAggregate: true,
  };
}

/**
 * `ikm_nrr("U3 Waktu Penyelesaian")`: the NRR of one element under the survey's own header. Only
 * the column given is checked for 1..4 answers; `ikm_nrr_u1`..`ikm_nrr_u9` check all nine.
 */
export function ikmNrrMetric(options: { name?: string } = {}): MetricDefinition {
  const name = options.name ?? 'ikm_nrr';
  const definition = (column: string): MetricDefinition => ({
    ...ikmElementMetric({ column, name, answers: [column] }),
    columnArguments: takesOne,
  });
  const takesOne = {
    count: 1,
    required: true,
    what: sayBoth(METRIC_WORDS, 'ikmAnswerColumnOneElement'),
    define: (columns: readonly string[]) => definition(columns[0]!),
  };
  // The bare name is refused (`required`); this stands in for the registry's checks only.
  return definition(IKM_ANSWER_COLUMNS[0]!);
}

/** Respondents counted by `ikm`: rows in the group. */
export function ikmRespondentsMetric(options: { name?: string } = {}): MetricDefinition {
  return {
    name: options.name ?? 'ikm_respondents',
    label: sayBoth(METRIC_WORDS, 'ikmRespondents'),
    requiredColumns: [],
    expr: () => countRows(),
    isAggregate: true,
  };
}

/** The NRR metrics for every element, one per answer column (`ikm_nrr_u1`..`ikm_nrr_u9`). */
export function ikmProfileMetrics(
  options: { answers?: readonly string[]; elements?: readonly IkmElement[] } = {},
): MetricDefinition[] {
  const answers = options.answers ?? IKM_ANSWER_COLUMNS;
  const elements = options.elements ?? IKM_ELEMENTS;
  return answers.map((column, i) => {
    const element = elements[i];
    return ikmElementMetric(
      element === undefined ? { column, answers } : { column, answers, element },
    );
  });
}

/**
 * Measures for a radar of the U1..U9 profile: `{ U1: 'ikm_nrr_u1', ... }`, to pass as
 * `groupQuery({ measures: ikmProfileMeasures(), groupBy: ['unit_code'] })`.
 */
export function ikmProfileMeasures(
  options: { answers?: readonly string[]; elements?: readonly IkmElement[] } = {},
): Record<string, string> {
  const answers = options.answers ?? IKM_ANSWER_COLUMNS;
  const elements = options.elements ?? IKM_ELEMENTS;
  return Object.fromEntries(
    answers.map((column, i) => [elements[i]?.code ?? column, `ikm_nrr_${column.toLowerCase()}`]),
  );
}

/**
 * Checks the answers in the table: throws BAD_DATA naming each column with empty, non-numeric or
 * out-of-range answers and how many rows are affected. Returns the number of rows checked.
 */
export async function validateIkmAnswers(
  connector: Connector & Pick<SourceCatalog, 'describe'>,
  table: string,
  answers: readonly string[] = IKM_ANSWER_COLUMNS,
): Promise<{ rows: number }> {
  const schema = await connector.describe(checkSourceName(table));
  const columns = answers.map((a) => resolveColumn(schema, a));
  const counts = columns.map(
    (c, i) =>
      `${renderExpr(countRows(not(validAnswer({ type: 'column', name: c }))))} AS "bad_${i}"`,
  );
  const sql = `SELECT count(*) AS "rows", ${counts.join(', ')} FROM ${quoteIdentifier(schema.table)}`;
  const [row] = (await runQuery(connector, sql)).rows();
  const bad: Record<string, number> = {};
  columns.forEach((column, i) => {
    const n = Number(row?.[`bad_${i}`] ?? 0);
    if (n > 0) bad[column] = n;
  });
  if (Object.keys(bad).length > 0) throw ikmAnswersError(bad);
  return { rows: Number(row?.['rows'] ?? 0) };
}
