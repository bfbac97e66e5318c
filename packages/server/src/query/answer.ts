/**
 * One batch of validated plans answered on one connection, in order: each plan's table looked up
 * in the catalogue, the row-level scope added, the plan rendered by core's renderPlan (which checks
 * every column and measure and binds every value), capped to the row limit, and run. Each request
 * gets its Arrow answer or its own error; one bad plan never fails the others.
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import type { PantauError } from '@pantau/core';
import {
  compileFilter,
  isPantauError,
  renderPlan,
  resolveColumn,
  toWireError,
  type FilterClause,
  type QueryPlan,
  type ResultFrame,
  type TableSchema,
} from '@pantau/core';
import type { CatalogueTable } from '../catalogue.ts';
import { defaultMetrics } from '@pantau/core';
import { cubeRoute } from '../cubes/route-plan.ts';
import type { QueryEngine, RunStatement, SessionCubes, StatementAnswer } from '../engine/engine.ts';
import { serverError } from '../errors.ts';
import { checkLookups } from './lookups.ts';
import type { ValidatedRequest } from './validate.ts';

export interface Scope {
  /** The request header that carries the unit (set by the proxy or single sign-on). */
  header: string;
  /** The column every plan on a table that has it is restricted by. */
  column: string;
}

export interface AnswerContext {
  engine: QueryEngine;
  tables: ReadonlyMap<string, CatalogueTable>;
  maxRows: number;
  scope: Scope | null;
  /** The scope header's value for this request (checked present when a scope is set). */
  scopeValue: string | null;
  log: (message: string, error?: unknown) => void;
  /** Called once the batch holds a connection (tests wait on it; logs may count it). */
  onStart?: () => void;
}

export function findTable(tables: ReadonlyMap<string, CatalogueTable>, name: string): TableSchema {
  const table = tables.get(name.toLowerCase());
  if (table !== undefined) return table.schema;
  const shown = name.slice(0, 63);
  const names = [...tables.values()].map((t) => t.schema.table).join(', ');
  throw serverError('UNKNOWN_TABLE', sayBoth(SERVER_ERRORS, 'tableDoesNotExist2', shown, names), {
    table: shown,
  });
}

/** The scope's clause for this table, or null when the table has no such column. */
function scopeClause(schema: TableSchema, context: AnswerContext): FilterClause | null {
  if (context.scope === null) return null;
  let column: string;
  try {
    column = resolveColumn(schema, context.scope.column);
  } catch {
    return null;
  }
  const clause: FilterClause = { column, predicate: 'eq', value: context.scopeValue };
  try {
    compileFilter([clause], schema);
  } catch {
    throw serverError(
      'ACCESS_DENIED',
      sayBoth(SERVER_ERRORS, 'headerSValueDoes', context.scope.header, column),
    );
  }
  return clause;
}

/** The scope's clauses for a table: none, or its one clause. */
function scopeOf(schema: TableSchema, context: AnswerContext): FilterClause[] {
  const scoped = scopeClause(schema, context);
  return scoped === null ? [] : [scoped];
}

/** The row cap (one more row than allowed, to tell) and the plan's offset, after its SQL. */
function capped(plan: QueryPlan, context: AnswerContext): { suffix: string; capped: boolean } {
  const { limit, offset } = plan;
  const capped = limit === undefined || limit > context.maxRows;
  const sqlLimit = capped ? context.maxRows + 1 : limit;
  return { suffix: ` LIMIT ${sqlLimit}${offset === undefined ? '' : ` OFFSET ${offset}`}`, capped };
}

/** The SQL of one plan, scoped and capped; the SQL limit is one more row than the cap allows. */
export function scopedSql(plan: QueryPlan, schema: TableSchema, context: AnswerContext) {
  // Filters are ANDed (the grammar has no OR), so the scope's clause can only narrow the plan.
  const filter = [...(plan.filter ?? []), ...scopeOf(schema, context)];
  const { limit: _limit, offset: _offset, ...rest } = plan;
  // A lookup table is one the catalogue serves, read within the scope like any other.
  const rendered = renderPlan({ ...rest, filter }, schema, defaultMetrics, context.engine.plans, {
    schemaOf: (name) => findTable(context.tables, name),
    scope: (lookup) => scopeOf(lookup, context),
  });
  const cap = capped(plan, context);
  return { sql: `${rendered.sql}${cap.suffix}`, params: rendered.params, capped: cap.capped };
}

/**
 * The plan answered from a server cube when one answers it (built now if need be), else null. A
 * cube dropped by another request between the lookup and the read sends it back to the table.
 */
async function fromCube(
  plan: QueryPlan,
  schema: TableSchema,
  context: AnswerContext,
  run: RunStatement,
  cubes: SessionCubes | null,
): Promise<StatementAnswer | null> {
  if (cubes === null) return null;
  const scope = { value: context.scopeValue, clauses: scopeOf(schema, context) };
  const routed = await cubeRoute(plan, schema, scope, cubes);
  if (routed === null) return null;
  try {
    return await run(`${routed.sql}${capped(plan, context).suffix}`, routed.params);
  } catch (error) {
    context.log('a cube could not answer; the table does', error);
    cubes.store.missed();
    return null;
  }
}

export async function answerBatch(
  requests: readonly ValidatedRequest[],
  context: AnswerContext,
): Promise<ResultFrame[]> {
  return context.engine.withSession(async (run, cubes) => {
    context.onStart?.();
    const frames: ResultFrame[] = [];
    for (const { id, plan } of requests) {
      try {
        const schema = findTable(context.tables, plan.table);
        await checkLookups(plan, context, run, (lookup) => scopeOf(lookup, context));
        const { sql, params, capped } = scopedSql(plan, schema, context);
        const answer =
          (await fromCube(plan, schema, context, run, cubes)) ?? (await run(sql, params));
        if (capped && answer.rows > context.maxRows) throw tooManyRows(context.maxRows);
        frames.push({ id, ipc: answer.ipc });
      } catch (error) {
        frames.push({ id, error: toWireError(asRequestError(error, context)) });
      }
    }
    return frames;
  });
}

function tooManyRows(max: number): PantauError {
  return serverError('TOO_MANY_ROWS', sayBoth(SERVER_ERRORS, 'answerMoreThanRows', max), {
    maxRows: max,
  });
}

/** Pantau's own errors travel as they are; the engine's text stays in the server's log. */
function asRequestError(error: unknown, context: AnswerContext): PantauError {
  if (isPantauError(error)) {
    // A remote engine's refusal: its own words are for the operator.
    const engineText = error.details['engineText'];
    if (engineText !== undefined) context.log(`the engine refused a plan: ${String(engineText)}`);
    return error;
  }
  context.log('a plan failed in the engine', error);
  return serverError('QUERY_FAILED', sayBoth(SERVER_ERRORS, 'serverSDataEngine'));
}
