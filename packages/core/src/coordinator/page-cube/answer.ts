/**
 * A plan answered from a cube held in the page: the selection's clauses tested per distinct
 * value, rows gathered into the plan's groups by their dictionary codes, each part re-aggregated
 * per group in one pass, the measure evaluated over them (evaluate.ts), then order, offset,
 * limit and the page form as plan/duckdb-sql.ts renders them. The answer has the names, types
 * and plain values DuckDB's answer decodes to. Anything the page cannot repeat exactly throws
 * `Unanswerable` (the caller then asks DuckDB).
 */

import type { QueryPlan } from '../../plan/plan.ts';
import { converterFor } from '../../results/convert-values.ts';
import { decimalToNumber, exactInteger, type PlainValue } from '../../results/plain-values.ts';
import { plainResult, type QueryResult } from '../../results/query-result.ts';
import { typeName } from '../../results/type-names.ts';
import type { AggregatePlan } from '../../sql/aggregate-plan.ts';
import { cubeClauses, cubeFilterSchema, type Cube } from '../cube-sql.ts';
import { passTable } from './clauses.ts';
import type { PageCubeData } from './cube-columns.ts';
import { compileMeasure, type CompiledMeasure, type PartAggregate } from './evaluate.ts';
import { compareText, compareValues, unanswerable, type Kind } from './numbers.ts';
import { aggregateParts } from './aggregate-parts.ts';
import { hasDivision } from '../../sql/expr/walk.ts';

/** The measures of a plan over a cube's parts, compiled once per cube and plan shape. */
export interface CompiledPlan {
  measures: CompiledMeasure[];
  aggregates: PartAggregate[];
}

export function compilePlan(cube: Cube, data: PageCubeData, plan: AggregatePlan): CompiledPlan {
  const aggregates: PartAggregate[] = [];
  const kinds = data.parts.map((p) => p.kind);
  const part = (name: string) => (/^p_\d+$/.test(name) ? Number(name.slice(2)) : null);
  const measures = plan.measures.map(
    (_, i) =>
      compileMeasure(cube.shape.combined[i]!, kinds, part, aggregates) ??
      unanswerable('measure node'),
  );
  return { measures, aggregates };
}

export function answerFromCube(
  cube: Cube,
  data: PageCubeData,
  plan: AggregatePlan,
  query: QueryPlan,
  compiled: CompiledPlan,
): QueryResult {
  const rowGroup = new Int32Array(data.rows);
  const groups = gather(cube, data, plan, rowGroup);
  const parts = aggregateParts(compiled.aggregates, data, rowGroup, groups.count);
  const values: unknown[][] = [];
  for (let g = 0; g < groups.count; g++) {
    const aggregated = parts.map((p) => p[g]);
    values.push([
      ...data.groups.map((d) => d.values[d.codes[groups.first[g]!]!]),
      ...compiled.measures.map((m) => m.evaluate(aggregated)),
    ]);
  }
  const names = [...plan.groups.map((g) => g.alias), ...plan.measures.map((m) => m.alias)];
  let order = Array.from(values.keys());
  // A ratio's NaN ranks after every figure, before NULL, either way (plan/duckdb-sql.ts).
  const ratios = new Set(plan.measures.filter((m) => hasDivision(m.expr)).map((m) => m.alias));
  order = sortRows(order, values, names, query, ratios);
  const total = order.length;
  const offset = query.offset ?? 0;
  order = order.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
  return toResult(data, compiled, names, values, order, query, total);
}

/** Each kept row's group (-1: filtered out); groups numbered as first met, with a first row. */
function gather(
  cube: Cube,
  data: PageCubeData,
  plan: AggregatePlan,
  rowGroup: Int32Array,
): { count: number; first: number[] } {
  const clauses = cubeClauses(cube, plan) ?? unanswerable('clause');
  const schema = cubeFilterSchema(cube, plan.table);
  const tests = clauses.map((clause) => {
    const at = Number(clause.column.slice(2));
    return {
      codes: data.filters[at]!.codes,
      pass: passTable(clause, schema.columns[at]!, data.filters[at]!),
    };
  });
  let slots = 1;
  const strides = data.groups.map((d) => {
    const stride = slots;
    slots *= Math.max(d.values.length, 1);
    return stride;
  });
  if (slots > Number.MAX_SAFE_INTEGER) unanswerable('too many group combinations');
  const table = slots <= 4_000_000 ? new Int32Array(slots).fill(-1) : null;
  const map = table === null ? new Map<number, number>() : null;
  const first: number[] = [];
  rows: for (let r = 0; r < data.rows; r++) {
    for (const t of tests) {
      if (t.pass[t.codes[r]!] === 0) {
        rowGroup[r] = -1;
        continue rows;
      }
    }
    let key = 0;
    for (let i = 0; i < strides.length; i++) key += data.groups[i]!.codes[r]! * strides[i]!;
    let g = table !== null ? table[key]! : (map!.get(key) ?? -1);
    if (g < 0) {
      g = first.push(r) - 1;
      if (table !== null) table[key] = g;
      else map!.set(key, g);
    }
    rowGroup[r] = g;
  }
  // Without groups there is one answer row, even over no rows (count 0, sums NULL).
  if (data.groups.length === 0 && first.length === 0) first.push(0);
  return { count: first.length, first };
}

/**
 * ORDER BY positions, NULLS LAST either way; case-folded text first where the plan asks; a
 * ratio's NaN after every number and before NULL, either way.
 */
function sortRows(
  order: number[],
  values: readonly unknown[][],
  names: readonly string[],
  query: QueryPlan,
  ratios: ReadonlySet<string>,
): number[] {
  const terms = (query.order ?? []).map((o) => {
    let at = names.indexOf(o.key);
    if (at < 0) at = names.findIndex((n) => n.toLowerCase() === String(o.key).toLowerCase());
    if (at < 0) unanswerable('order key');
    return {
      at,
      desc: o.desc === true,
      caseless: o.caseless === true,
      ratio: ratios.has(names[at]!),
    };
  });
  if (terms.length === 0) return order;
  const folded = (v: unknown): string => {
    // DuckDB's lower() folds all of Unicode; the page repeats it only for ASCII text.
    if (typeof v !== 'string' || /[^ -~]/.test(v)) return unanswerable('case-folded order');
    return v.toLowerCase();
  };
  const notComputable = (v: unknown) => typeof v === 'number' && Number.isNaN(v);
  const compare = (
    a: unknown,
    b: unknown,
    desc: boolean,
    fold: boolean,
    ratio: boolean,
  ): number => {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    if (ratio && (notComputable(a) || notComputable(b))) {
      return Number(notComputable(a)) - Number(notComputable(b));
    }
    let c = fold ? compareText(folded(a), folded(b)) : 0;
    if (c === 0) c = compareValues(a, b);
    // A timestamp read to the millisecond may differ below it: DuckDB would know the order.
    if (c === 0 && a instanceof Date) unanswerable('instants equal to the millisecond');
    return desc ? -c : c;
  };
  return order.sort((x, y) => {
    for (const t of terms) {
      const c = compare(values[x]![t.at], values[y]![t.at], t.desc, t.caseless, t.ratio);
      if (c !== 0) return c;
    }
    return 0;
  });
}

function toResult(
  data: PageCubeData,
  compiled: CompiledPlan,
  names: readonly string[],
  values: readonly unknown[][],
  order: readonly number[],
  query: QueryPlan,
  total: number,
): QueryResult {
  const types: Record<string, string> = {};
  const columns: Record<string, PlainValue[]> = {};
  const nGroups = data.groups.length;
  names.forEach((name, i) => {
    let convert: (v: unknown) => PlainValue;
    if (i < nGroups) {
      const type = data.groups[i]!.type;
      types[name] = typeName(type);
      convert = converterFor(type);
    } else {
      const kind = compiled.measures[i - nGroups]!.kind;
      types[name] = kindName(kind);
      convert = (v) => toPlain(v, kind);
    }
    columns[name] = order.map((g) => {
      const v = values[g]![i];
      return v === null || v === undefined ? null : convert(v);
    });
  });
  const out = [...names];
  if (query.form?.kind === 'page') {
    const name = query.form.total;
    out.push(name);
    types[name] = 'Int64';
    columns[name] = order.map(() => total);
  }
  return plainResult(out, types, columns, order.length);
}

/** The Arrow type name DuckDB's answer would carry (results/type-names.ts). */
export function kindName(kind: Kind): string {
  switch (kind.k) {
    case 'int':
      return kind.bits === 128 ? 'Decimal[38e0]' : `Int${kind.bits}`;
    case 'dec':
      return `Decimal[${kind.precision}e${kind.scale > 0 ? '+' : ''}${kind.scale}]`;
    case 'dbl':
      return 'Float64';
    case 'bool':
      return 'Bool';
    case 'other':
      return kind.type;
    case 'null':
      return unanswerable('a NULL measure');
  }
}

function toPlain(value: unknown, kind: Kind): PlainValue {
  if (kind.k === 'int') return exactInteger(value as bigint);
  if (kind.k === 'dec') {
    return kind.scale === 0
      ? exactInteger(value as bigint)
      : decimalToNumber(value as bigint, kind.scale);
  }
  return value as PlainValue;
}
