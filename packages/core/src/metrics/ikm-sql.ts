/**
 * IKM as named metrics for the measure grammar (`value="ikm"`, `y="ikm_nrr_u3"`), the same
 * formulas as `ikm.ts` in SQL. Each is an aggregate: the group it is computed per is the query's
 * `groupBy` (per unit: `groupBy: ['unit_code']`; whole table: no groupBy).
 */

import type { Connector } from '../engine/connector.ts';
import type { SourceCatalog } from '../engine/duckdb-connector.ts';
import { runQuery } from '../results/run-query.ts';
import { checkSourceName, quoteIdentifier, resolveColumn } from '../sql/identifiers.ts';
import type { MetricDefinition } from '../sql/metrics.ts';
import {
  IKM_ANSWER_COLUMNS,
  IKM_CONVERSION,
  IKM_ELEMENTS,
  ikmAnswersError,
  ikmWeight,
  type IkmElement,
  type IkmWeight,
} from './ikm.ts';
import { sqlFail, sqlNum, sqlNumber } from './shared.ts';

export interface IkmMetricOptions {
  /** Metric name; default `ikm`. */
  name?: string;
  /** Answer columns in element order; default `u1`..`u9` as in the Banjarmasin dataset. */
  answers?: readonly string[];
  weight?: IkmWeight;
}

type Col = (name: string) => string;

/** A valid answer: a whole number 1..4 after TRY_CAST; NULL and text count as invalid. */
function validAnswer(column: string): string {
  return `coalesce(${sqlNum(column)} IN (1, 2, 3, 4), false)`;
}

/** Rows with at least one invalid answer. */
function invalidRows(col: Col, answers: readonly string[]): string {
  return `count(*) FILTER (WHERE NOT (${answers.map((a) => validAnswer(col(a))).join(' AND ')}))`;
}

/**
 * Fails the query (DuckDB `error()`) when the group holds an invalid answer, instead of returning
 * a score that is silently wrong; `validateIkmAnswers` says which column and how many rows.
 */
function guarded(col: Col, answers: readonly string[], value: string): string {
  const bad = invalidRows(col, answers);
  return `CASE WHEN ${bad} > 0 THEN ${sqlFail(
    {
      id: 'IKM: ada jawaban kosong, bukan angka, atau di luar 1..4 (periksa dengan validateIkmAnswers); baris',
      en: 'IKM: some answers are empty, not numbers, or outside 1..4 (see validateIkmAnswers); rows',
    },
    bad,
  )} ELSE ${value} END`;
}

/** Converted IKM (25..100): 25 x sum over elements of weight x sum(answers) / respondents. */
export function ikmMetric(options: IkmMetricOptions = {}): MetricDefinition {
  const answers = [...(options.answers ?? IKM_ANSWER_COLUMNS)];
  const weight = ikmWeight(options.weight);
  return {
    name: options.name ?? 'ikm',
    label: { id: 'Indeks Kepuasan Masyarakat (IKM)', en: 'Community Satisfaction Index (IKM)' },
    description: {
      id: 'Nilai IKM konversi 25-100 menurut PermenPANRB 14/2017, per kelompok (groupBy).',
      en: 'Converted IKM value 25-100 per PermenPANRB 14/2017, per group (groupBy).',
    },
    requiredColumns: answers,
    sql: (col) => {
      const weighted = answers
        .map((a) => `${sqlNumber(weight)} * sum(${sqlNum(col(a))})`)
        .join(' + ');
      return guarded(
        col,
        answers,
        `${sqlNumber(IKM_CONVERSION)} * (${weighted}) / NULLIF(count(*), 0)`,
      );
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
    label: {
      id: `NRR ${element?.code ?? options.column}${element ? ` ${element.label.id}` : ''}`,
      en: `NRR ${element?.code ?? options.column}${element ? ` ${element.label.en}` : ''}`,
    },
    requiredColumns: answers,
    sql: (col) =>
      guarded(col, answers, `sum(${sqlNum(col(options.column))}) / NULLIF(count(*), 0)`),
    isAggregate: true,
  };
}

/** Respondents counted by `ikm`: rows in the group. */
export function ikmRespondentsMetric(options: { name?: string } = {}): MetricDefinition {
  return {
    name: options.name ?? 'ikm_respondents',
    label: { id: 'Jumlah responden IKM', en: 'IKM respondents' },
    requiredColumns: [],
    sql: () => 'count(*)',
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
    (c, i) => `count(*) FILTER (WHERE NOT ${validAnswer(quoteIdentifier(c))}) AS "bad_${i}"`,
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
