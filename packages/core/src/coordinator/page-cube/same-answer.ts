/**
 * The page's answer held against DuckDB's for the same plan from the same cube (index.ts: every
 * answer DuckDB gives from a cube the page holds). The page repeats DuckDB's aggregation in
 * JavaScript; its tests prove it on made-up tables, and this proves it on the reader's own data
 * before the page answers any gesture of that shape: a plan whose answers differ is left to
 * DuckDB, never shown from the page (a wrong figure marked ready is the worst failure Pantau can
 * have).
 *
 * Equal means: the same columns, rows and, where the plan orders them, order; doubles to 1e-9
 * (sums in another order round differently). Rows the plan leaves tied may come in any order,
 * and at a limit or offset either of the tied rows may be kept: those are not differences.
 */

import type { QueryPlan } from '../../plan/plan.ts';
import type { PlainValue } from '../../results/plain-values.ts';
import type { QueryResult } from '../../results/query-result.ts';

/** Null when the answers agree, else what differs first (for the page's console warning). */
export function answersDiffer(
  page: QueryResult,
  engine: QueryResult,
  groups: readonly string[],
  query: QueryPlan,
): string | null {
  if (page.names.join('\u0000') !== engine.names.join('\u0000')) return 'columns';
  if (page.numRows !== engine.numRows) return `${page.numRows} rows, not ${engine.numRows}`;
  const all = engine.names;
  if (firstDifferent(page, engine, all) === null) return null;
  const orderBy = (query.order ?? []).map((o) => nameOf(all, String(o.key)));
  const ordered = firstDifferent(page, engine, orderBy);
  if (ordered !== null) return `order at row ${ordered + 1}`;
  // Tied rows: matched by their groups, but where a limit or an offset may have cut through a
  // tie, the rows tied with the cut's row are not (either of them may be kept).
  const offset = (query.offset ?? 0) > 0;
  const limit = query.limit !== undefined && engine.numRows === query.limit;
  const edges = (result: QueryResult) => {
    const at = [...(offset ? [0] : []), ...(limit ? [result.numRows - 1] : [])];
    return new Set(result.numRows === 0 ? [] : at.map((r) => key(result, orderBy, r)));
  };
  const byGroups = (result: QueryResult) => {
    const rows = new Map<string, number>();
    const skip = edges(result);
    for (let r = 0; r < result.numRows; r++) {
      if (!skip.has(key(result, orderBy, r))) rows.set(key(result, groups, r), r);
    }
    return rows;
  };
  const mine = byGroups(page);
  const theirs = byGroups(engine);
  if (mine.size !== theirs.size) return 'rows at a tie';
  for (const [group, r] of theirs) {
    const p = mine.get(group);
    if (p === undefined) return `group ${group}`;
    for (const name of all) {
      if (!same(page.columns[name]![p]!, engine.columns[name]![r]!)) return `${name} of ${group}`;
    }
  }
  return null;
}

/** The first row (0-based) whose `names` differ, or null when every row agrees. */
function firstDifferent(
  page: QueryResult,
  engine: QueryResult,
  names: readonly string[],
): number | null {
  for (let r = 0; r < engine.numRows; r++) {
    for (const name of names) {
      if (!same(page.columns[name]![r]!, engine.columns[name]![r]!)) return r;
    }
  }
  return null;
}

function nameOf(names: readonly string[], key: string): string {
  return names.find((n) => n === key) ?? names.find((n) => n.toLowerCase() === key.toLowerCase())!;
}

/** A row's values in `names` as text (a group's values are read from the cube: exact). */
function key(result: QueryResult, names: readonly string[], r: number): string {
  return JSON.stringify(names.map((n) => text(result.columns[n]![r]!)));
}

function text(v: PlainValue): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Date) return `@${v.getTime()}`;
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  return v;
}

function same(a: PlainValue, b: PlainValue): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    return JSON.stringify(a, plain) === JSON.stringify(b, plain);
  }
  return false;
}

function plain(_: string, v: unknown): unknown {
  return typeof v === 'bigint' ? `${v}n` : v;
}
