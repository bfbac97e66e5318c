/**
 * A plan rendered to DuckDB SQL, at the edge: every column resolved against the table's schema
 * and quoted, every measure compiled from its tree (the measure grammar's checks and bilingual
 * errors), every value a bound `?` parameter, every count an integer checked here. The only
 * place a plan becomes SQL text for DuckDB (the page's engine and a DuckDB server alike).
 */

import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import { compileFilterWith } from '../sql/filter.ts';
import { checkSourceName, resolveColumn } from '../sql/identifiers.ts';
import { defaultMetrics, type MetricRegistry } from '../sql/metrics.ts';
import type { SqlValue } from '../sql/params.ts';
import type { TableSchema } from '../sql/schema.ts';
import { joinLookups, type LookupTables } from './lookup-sql.ts';
import type { QueryPlan } from './plan.ts';
import { badPlan, checkAlias } from './plan-checks.ts';
import { isPlain, planColumns, type Group, type Measure } from './plan-columns.ts';
import { duckdbPlan, type PlanDialect } from './plan-dialect.ts';
import { resultShape, type ResultShape } from './plan-order.ts';

export { MAX_LIMIT } from './plan-checks.ts';

/** SQL of a plan for one engine: text with `?` placeholders, values in order, result columns. */
export interface RenderedPlan {
  sql: string;
  params: SqlValue[];
  /** The result's column names, in order. */
  outputs: string[];
  /** The table's columns it reads besides its filter's (schema spelling, no duplicates). */
  reads: string[];
  /**
   * The aggregate's parts for the pre-aggregator (coordinator/cube-sql.ts), when every measure
   * aggregates: it answers the same plan from a smaller table.
   */
  aggregate?: AggregatePlan;
}

/**
 * @param dialect the engine's spelling (DuckDB unless told; ClickHouse's is `clickhousePlan` of
 *   `@pantau/core/node`). Its placeholders are numbered or ordered as `params` lists the values.
 * @param lookups where a plan's lookup tables are (their schemas); a plan with lookups and none
 *   given is refused, since its names could not be checked. DuckDB's dialect only, for now.
 */
export function renderPlan(
  plan: QueryPlan,
  schema: TableSchema,
  metrics: MetricRegistry = defaultMetrics,
  dialect: PlanDialect = duckdbPlan,
  lookups?: LookupTables,
): RenderedPlan {
  const rendered = renderOwn(plan, schema, metrics, dialect);
  if (plan.lookups === undefined || plan.lookups.length === 0) return rendered;
  if (lookups === undefined) {
    throw badPlan(
      'Kueri ini memakai tabel rujukan yang tidak dikenal di sini; muat sumbernya dengan atribut key.',
      'This query uses lookup tables not known here; load their source with a key attribute.',
      { lookups: plan.lookups.map((l) => l.table) },
    );
  }
  // The join is written in DuckDB's SQL (lookup-sql.ts); other engines answer without names.
  if (dialect !== duckdbPlan) {
    throw badPlan(
      'Tabel rujukan (nama untuk kode) belum didukung mesin data server ini; tampilkan kodenya, atau pakai mesin DuckDB.',
      "Lookup tables (names for codes) are not supported by this server's engine yet; show the codes, or use the DuckDB engine.",
      { lookups: plan.lookups.map((l) => l.table) },
    );
  }
  return joinLookups(rendered, plan.lookups, lookups);
}

function renderOwn(
  plan: QueryPlan,
  schema: TableSchema,
  metrics: MetricRegistry,
  dialect: PlanDialect,
): RenderedPlan {
  // The table's name is checked first, before any column is looked up in it.
  const from = dialect.quote(checkSourceName(schema.table));
  const { groups, measures } = planColumns(plan, schema, metrics, dialect);
  const statement = selectStatement(plan, schema, dialect, from, groups, measures);
  const shape = resultShape(plan, statement.outputs, measures, dialect);
  const rendered: RenderedPlan = {
    sql: shape.wrapped
      ? `${shape.before}${statement.sql}${shape.after}`
      : `${statement.sql}${shape.tail}`,
    params: statement.params,
    outputs: shape.outputs,
    reads: [
      ...new Set([
        ...groups.map((g) => g.column),
        ...measures.flatMap((m) => m.compiled.columns),
        ...(plan.form?.kind === 'match' ? [resolveColumn(schema, plan.form.column)] : []),
      ]),
    ],
  };
  // Only aggregates can be answered from a pre-aggregated table; a projection reads rows.
  const aggregating = measures.length > 0 && measures.every((m) => m.compiled.isAggregate);
  // The pre-aggregator is the page's: its parts are DuckDB SQL.
  if (aggregating && plan.form?.kind !== 'match' && dialect === duckdbPlan) {
    rendered.aggregate = aggregateParts(plan, schema, groups, measures, shape);
  }
  return rendered;
}

/**
 * The statement before ordering: SELECT groups and measures (and a search's match count) FROM
 * the table WHERE its filter GROUP BY the groups, with the values bound in the order they appear.
 */
function selectStatement(
  plan: QueryPlan,
  schema: TableSchema,
  dialect: PlanDialect,
  from: string,
  groups: readonly Group[],
  measures: readonly Measure[],
): { sql: string; params: SqlValue[]; outputs: string[] } {
  const quoteIdentifier = (name: string) => dialect.quote(name);
  const form = plan.form;
  const select = [
    ...groups.map((g) => (isPlain(g) ? g.sql : `${g.sql} AS ${quoteIdentifier(g.alias)}`)),
    ...measures.map((m) => `${dialect.measure(m.compiled, schema)} AS ${quoteIdentifier(m.alias)}`),
  ];
  const outputs = [...groups.map((g) => g.alias), ...measures.map((m) => m.alias)];
  const params: SqlValue[] = [];
  const spelling = dialect.filter(params);
  if (form?.kind === 'match') {
    // The search's value comes first in the text, so it is bound first.
    const match = compileFilterWith(
      [{ column: form.column, predicate: 'contains', value: form.term }],
      schema,
      spelling,
    );
    select.push(`${dialect.countWhere(match)} AS ${quoteIdentifier(form.as)}`);
    outputs.push(checkAlias(form.as));
  }
  const where = compileFilterWith(plan.filter ?? [], schema, spelling);
  let sql = `SELECT ${select.join(', ')} FROM ${from}`;
  if (where !== '') sql += ` WHERE ${where}`;
  if (groups.length > 0) {
    sql += ` GROUP BY ${groups.map((g, i) => (isPlain(g) ? g.sql : String(i + 1))).join(', ')}`;
  }
  return { sql, params, outputs };
}

/** The same plan in parts, for the pre-aggregator to answer from a smaller table. */
function aggregateParts(
  plan: QueryPlan,
  schema: TableSchema,
  groups: readonly Group[],
  measures: readonly Measure[],
  shape: ResultShape,
): AggregatePlan {
  return {
    table: schema,
    groups: groups.map(({ alias, sql, column, interval }) => ({ alias, sql, column, interval })),
    measures: measures.map((m) => ({
      alias: m.alias,
      sql: m.compiled.sql,
      expr: m.compiled.expr,
    })),
    filter: [...(plan.filter ?? [])],
    tail: shape.wrapped ? '' : shape.tail,
    before: shape.before,
    after: shape.after,
  };
}
