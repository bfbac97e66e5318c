/**
 * A plan rendered to DuckDB SQL, at the edge: every column resolved against the table's schema
 * and quoted, every measure compiled from its tree (the measure grammar's checks and bilingual
 * errors), every value a bound `?` parameter, every count an integer checked here. The only
 * place a plan becomes SQL text for DuckDB (the page's engine and a DuckDB server alike).
 */

import { PantauError } from '../errors/pantau-error.ts';
import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import { compileFilterWith } from '../sql/filter.ts';
import { checkSourceName, resolveColumn } from '../sql/identifiers.ts';
import { hasDivision } from '../sql/expr/walk.ts';
import { compileMeasureTree, type CompiledMeasure } from '../sql/measure/compile.ts';
import { MAX_MEASURE_LENGTH } from '../sql/measure/errors.ts';
import { defaultMetrics, type MetricRegistry } from '../sql/metrics.ts';
import type { SqlValue } from '../sql/params.ts';
import { isTemporalType, type TableSchema } from '../sql/schema.ts';
import { listNames } from '../sql/suggest.ts';
import { joinLookups, type LookupTables } from './lookup-sql.ts';
import type { PlanOrder, QueryPlan, TruncUnit } from './plan.ts';
import { duckdbPlan, isTruncUnit, type PlanDialect } from './plan-dialect.ts';

/** Most rows a plan may ask for in one answer. */
export const MAX_LIMIT = 100_000;

/**
 * Output names are identifiers in the result; keep them bounded. A measure is named by its text
 * by default, so the bound is a measure's: `ikm("U1 Persyaratan", ..., "U9 ...")` with a survey's
 * nine headers runs past 255 characters.
 */
const MAX_ALIAS_LENGTH = MAX_MEASURE_LENGTH;

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

interface Group {
  alias: string;
  column: string;
  interval: TruncUnit | null;
  sql: string;
}

interface Measure {
  alias: string;
  text: string;
  compiled: CompiledMeasure;
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
  const quoteIdentifier = (name: string) => dialect.quote(name);
  const from = quoteIdentifier(checkSourceName(schema.table));
  const groups = (plan.groups ?? []).map((g) => renderGroup(g, schema, dialect));
  const measures = (plan.measures ?? []).map((m): Measure => {
    const text = m.text ?? m.as;
    return {
      alias: checkAlias(m.as),
      text,
      compiled: compileMeasureTree(m.measure, text, schema, metrics),
    };
  });
  if (groups.length === 0 && measures.length === 0) {
    throw badPlan(
      'Kueri tidak memilih apa pun: beri minimal satu kolom pengelompokan atau satu ukuran.',
      'The query selects nothing: give at least one group column or one measure.',
    );
  }
  checkShape(groups, measures);
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
  let inner = `SELECT ${select.join(', ')} FROM ${from}`;
  if (where !== '') inner += ` WHERE ${where}`;
  if (groups.length > 0) {
    inner += ` GROUP BY ${groups.map((g, i) => (isPlain(g) ? g.sql : String(i + 1))).join(', ')}`;
  }

  // A ratio's NaN (a zero divisor) sorts above every number in DuckDB: DESC would rank it first.
  const ratios = new Set(
    measures.filter((m) => mayBeNotComputable(m.compiled)).map((m) => m.alias),
  );
  // Case-folded order, the page's total and a ratio's rank are worked out over the result, by
  // name: `isnan(...)` over the result's column reads the same from a pre-aggregated table,
  // whose columns are not the base table's.
  const wrapped =
    form?.kind === 'page' ||
    (plan.order ?? []).some(
      (o) => o.caseless === true || ratios.has(orderOutput(o, outputs) ?? ''),
    );
  const totalName = form?.kind === 'page' ? checkAlias(form.total) : null;
  checkUnique(totalName === null ? outputs : [...outputs, totalName]);
  const order = (plan.order ?? []).map((o) => orderTerms(o, outputs, wrapped, ratios, dialect));
  let tail = order.length > 0 ? ` ORDER BY ${order.join(', ')}` : '';
  if (plan.limit !== undefined) tail += ` LIMIT ${checkCount(plan.limit, 'limit', MAX_LIMIT)}`;
  if (plan.offset !== undefined) {
    tail += ` OFFSET ${checkCount(plan.offset, 'offset', Number.MAX_SAFE_INTEGER)}`;
  }
  const before = wrapped
    ? `SELECT *${totalName === null ? '' : `, ${dialect.totalRows()} AS ${quoteIdentifier(totalName)}`} FROM (`
    : '';
  const after = wrapped ? `) AS pantau_rows${tail}` : '';
  const rendered: RenderedPlan = {
    sql: wrapped ? `${before}${inner}${after}` : `${inner}${tail}`,
    params,
    outputs: totalName === null ? outputs : [...outputs, totalName],
    reads: [
      ...new Set([
        ...groups.map((g) => g.column),
        ...measures.flatMap((m) => m.compiled.columns),
        ...(form?.kind === 'match' ? [resolveColumn(schema, form.column)] : []),
      ]),
    ],
  };
  // Only aggregates can be answered from a pre-aggregated table; a projection reads rows.
  const aggregating = measures.length > 0 && measures.every((m) => m.compiled.isAggregate);
  // The pre-aggregator is the page's: its parts are DuckDB SQL.
  if (aggregating && form?.kind !== 'match' && dialect === duckdbPlan) {
    rendered.aggregate = {
      table: schema,
      groups: groups.map(({ alias, sql, column, interval }) => ({ alias, sql, column, interval })),
      measures: measures.map((m) => ({
        alias: m.alias,
        sql: m.compiled.sql,
        expr: m.compiled.expr,
      })),
      filter: [...(plan.filter ?? [])],
      tail: wrapped ? '' : tail,
      before,
      after,
    };
  }
  return rendered;
}

/** A column grouped as it is, under its own name: written by name (readable SQL, same meaning). */
function isPlain(group: Group): boolean {
  return group.interval === null && group.alias === group.column;
}

function renderGroup(
  group: { column: string; interval?: TruncUnit | null; as?: string },
  schema: TableSchema,
  dialect: PlanDialect,
): Group {
  const column = resolveColumn(schema, group.column);
  const alias = checkAlias(group.as ?? column);
  const quoted = dialect.quote(column);
  const interval = group.interval ?? null;
  if (interval === null) return { alias, column, interval, sql: quoted };
  const type = schema.columns.find((c) => c.name === column)?.type ?? '';
  if (!isTruncUnit(interval) || !isTemporalType(type)) {
    throw badPlan(
      `Kolom "${column}" bertipe ${type}, bukan tanggal: interval hanya untuk kolom tanggal atau waktu.`,
      `Column "${column}" is ${type}, not a date: interval only applies to date or time columns.`,
      { column, type, attribute: 'interval' },
    );
  }
  return { alias, column, interval, sql: dialect.period(interval, quoted) };
}

/**
 * Orders by output position (`ORDER BY 2`), never by name: a measure's name may equal a table
 * column, and a position cannot be bound to the wrong one. NULLS LAST keeps unreported values
 * from heading a ranking whatever the engine's default. Case-folded text (only in the wrapped
 * form, where the result's names are the columns) first by lower(name), then as it is.
 */
function orderTerms(
  order: PlanOrder,
  outputs: readonly string[],
  wrapped: boolean,
  ratios: ReadonlySet<string>,
  dialect: PlanDialect,
): string {
  const output = orderOutput(order, outputs);
  if (output === undefined) {
    const list = listNames([...outputs]);
    throw badPlan(
      `Tidak bisa mengurutkan menurut "${String(order.key)}": pilih salah satu kolom hasil ${list.id}.`,
      `Cannot sort by "${String(order.key)}": choose one of the output columns ${list.en}.`,
      { key: order.key, available: outputs },
    );
  }
  const direction = `${order.desc === true ? 'DESC' : 'ASC'} NULLS LAST`;
  // Not computable after every figure, before NULL, in either direction (as the widgets rank);
  // a plan ranking a ratio is always wrapped, so the term reads the result's column.
  const quoted = dialect.quote(output);
  const nanLast = ratios.has(output) ? `${dialect.isNaN(quoted)} NULLS LAST, ` : '';
  const term = `${nanLast}${outputs.indexOf(output) + 1} ${direction}`;
  if (order.caseless !== true || !wrapped) return term;
  return `${dialect.lowerText(quoted)} ${direction}, ${term}`;
}

/** The output an order key names: exactly, else regardless of case; undefined when none. */
function orderOutput(order: PlanOrder, outputs: readonly string[]): string | undefined {
  if (outputs.includes(order.key)) return order.key;
  const wanted = String(order.key).toLowerCase();
  return outputs.find((o) => o.toLowerCase() === wanted);
}

/** A number that may be NaN: a numeric measure with a division in it. */
function mayBeNotComputable(compiled: CompiledMeasure): boolean {
  return compiled.kind === 'numeric' && hasDivision(compiled.expr);
}

function badPlan(id: string, en: string, details: Record<string, unknown> = {}): PantauError {
  return new PantauError({ code: 'BAD_EXPRESSION', text: { id, en }, details });
}

function checkAlias(alias: string): string {
  if (
    typeof alias !== 'string' ||
    alias.length === 0 ||
    alias.length > MAX_ALIAS_LENGTH ||
    alias.includes('\0')
  ) {
    const shown = String(alias).slice(0, 80);
    throw new PantauError({
      code: 'BAD_NAME',
      text: {
        id: `Nama ukuran "${shown}" tidak valid: harus 1 sampai ${MAX_ALIAS_LENGTH} karakter tanpa NUL.`,
        en: `Measure name "${shown}" is not valid: it must be 1 to ${MAX_ALIAS_LENGTH} characters without NUL.`,
      },
      details: { alias },
    });
  }
  return alias;
}

/** Raw row values cannot sit next to groups or aggregates: DuckDB would refuse the query. */
function checkShape(groups: readonly Group[], measures: readonly Measure[]): void {
  const aggregating = groups.length > 0 || measures.some((m) => m.compiled.isAggregate);
  if (!aggregating) return;
  const raw = measures.find((m) => !m.compiled.isAggregate && m.compiled.columns.length > 0);
  if (raw === undefined) return;
  const reason =
    groups.length > 0
      ? { id: 'data dikelompokkan', en: 'the data is grouped' }
      : { id: 'ukuran lain berupa agregat', en: 'other measures are aggregates' };
  throw badPlan(
    `Ukuran "${raw.alias}" (${raw.text}) membaca nilai per baris, padahal ${reason.id}. Bungkus dengan agregat, mis. sum(...) atau avg(...).`,
    `Measure "${raw.alias}" (${raw.text}) reads row values, but ${reason.en}. Wrap it in an aggregate, e.g. sum(...) or avg(...).`,
    { alias: raw.alias, expression: raw.text },
  );
}

/** DuckDB folds case, so `Total` and `total` would clash as result columns. */
function checkUnique(outputs: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of outputs) {
    const key = name.toLowerCase();
    if (seen.has(key)) {
      throw badPlan(
        `Nama kolom hasil "${name}" muncul dua kali (mis. x dan series sama); beri setiap ukuran dan kolom nama yang berbeda.`,
        `Output column "${name}" appears twice (e.g. x and series are the same); give every measure and column a different name.`,
        { name },
      );
    }
    seen.add(key);
  }
}

/** Inlined into SQL, so it must be a plain non-negative integer, checked here. */
function checkCount(value: number, name: 'limit' | 'offset', max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw badPlan(
      `Nilai ${name} harus bilangan bulat dari 0 sampai ${max}, bukan ${String(value)}.`,
      `${name} must be a whole number from 0 to ${max}, not ${String(value)}.`,
      { [name]: value, max },
    );
  }
  return value;
}
