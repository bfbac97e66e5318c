/**
 * A plan's lookups rendered in DuckDB's dialect: the plan's own answer (already grouped, ordered
 * and limited) LEFT JOINed to each lookup table by key, so a code with no row in the lookup keeps
 * its row (with a null name, which widgets show as the code). Joining after the answer keeps every
 * figure exactly what it is without names: the groups, a cube's routing and the cross-filter
 * clauses all stay on the code. The answer's order is carried through the join by a row number.
 */

import { PantauError } from '../errors/pantau-error.ts';
import { compileFilter, type FilterClause } from '../sql/filter.ts';
import { checkSourceName, quoteIdentifier, resolveColumn } from '../sql/identifiers.ts';
import type { SqlValue } from '../sql/params.ts';
import type { TableSchema } from '../sql/schema.ts';
import { listNames } from '../sql/suggest.ts';
import type { RenderedPlan } from './duckdb-sql.ts';
import type { PlanLookup } from './plan.ts';

/** Most lookups one plan may join (a chart shows a name or two beside a code). */
export const MAX_LOOKUPS = 8;

const BASE = '"__pantau_b"';
const ROW = '"__pantau_n"';

export interface LookupTables {
  /** The schema of a lookup table; throws (UNKNOWN_TABLE, SOURCE_NOT_FOUND) when there is none. */
  schemaOf(table: string): TableSchema;
  /** Clauses every read of that table must keep (a server's row-level scope); none by default. */
  scope?(schema: TableSchema): FilterClause[];
}

/** `rendered` (the plan without lookups) with each lookup's column after the output it keys. */
export function joinLookups(
  rendered: RenderedPlan,
  lookups: readonly PlanLookup[],
  tables: LookupTables,
): RenderedPlan {
  if (!Array.isArray(lookups) || lookups.length > MAX_LOOKUPS) {
    throw badLookup(
      `Paling banyak ${MAX_LOOKUPS} kolom rujukan per kueri.`,
      `At most ${MAX_LOOKUPS} lookup columns per query.`,
      { count: Array.isArray(lookups) ? lookups.length : null },
    );
  }
  const outputs = rendered.outputs;
  // The row number that carries the answer's order through the join has a name of its own.
  if (outputs.some((o) => o.toLowerCase() === ROW.slice(1, -1))) {
    throw badLookup(
      `Nama kolom hasil ${ROW} dipakai Pantau sendiri; beri nama lain.`,
      `The output name ${ROW} is Pantau's own; choose another name.`,
      { outputs },
    );
  }
  const joins: string[] = [];
  const params: SqlValue[] = [];
  // Each output's lookup columns, which follow it: [SQL, name].
  const after = new Map<string, [string, string][]>();
  const added: string[] = [];
  lookups.forEach((lookup, i) => {
    const on = outputs.find((o) => o === lookup.on) ?? caseless(outputs, lookup.on);
    const schema = tables.schemaOf(checkSourceName(lookup.table));
    const key = resolveColumn(schema, lookup.key);
    const column = resolveColumn(schema, lookup.column);
    const alias = `"__pantau_l${i}"`;
    const where = compileFilter(tables.scope?.(schema) ?? [], schema);
    params.push(...where.params);
    joins.push(
      `LEFT JOIN (SELECT ${quoteIdentifier(key)} AS "k", ${quoteIdentifier(column)} AS "v" ` +
        `FROM ${quoteIdentifier(schema.table)}${where.sql === '' ? '' : ` WHERE ${where.sql}`}) ` +
        `AS ${alias} ON ${BASE}.${quoteIdentifier(on)} = ${alias}."k"`,
    );
    const shown: [string, string] = [`${alias}."v" AS ${quoteIdentifier(lookup.as)}`, lookup.as];
    after.set(on, [...(after.get(on) ?? []), shown]);
    added.push(lookup.as);
  });
  checkNames([...outputs, ...added]);
  const following = (o: string) => after.get(o) ?? [];
  const select = outputs.flatMap((o) => [
    `${BASE}.${quoteIdentifier(o)}`,
    ...following(o).map(([sql]) => sql),
  ]);
  const before = `SELECT ${select.join(', ')} FROM (SELECT *, row_number() OVER () AS ${ROW} FROM (`;
  const tail = `) AS "__pantau_i") AS ${BASE} ${joins.join(' ')} ORDER BY ${BASE}.${ROW}`;
  const joined: RenderedPlan = {
    sql: `${before}${rendered.sql}${tail}`,
    params: [...rendered.params, ...params],
    outputs: outputs.flatMap((o) => [o, ...following(o).map(([, name]) => name)]),
    reads: rendered.reads,
  };
  // A cube's statement carries only its own filter's values: a scoped lookup reads the table.
  if (rendered.aggregate !== undefined && params.length === 0) {
    joined.aggregate = {
      ...rendered.aggregate,
      before: `${before}${rendered.aggregate.before}`,
      after: `${rendered.aggregate.after}${tail}`,
    };
  }
  return joined;
}

/** The output `name` names regardless of case, or a bilingual error listing the outputs. */
function caseless(outputs: readonly string[], name: string): string {
  const found =
    typeof name === 'string' ? outputs.find((o) => o.toLowerCase() === name.toLowerCase()) : null;
  if (found !== undefined && found !== null) return found;
  const list = listNames([...outputs]);
  throw badLookup(
    `Kolom rujukan disambungkan lewat "${String(name).slice(0, 80)}", tetapi kueri ini tidak menghasilkan kolom itu. Pilih salah satu: ${list.id}.`,
    `The lookup joins on "${String(name).slice(0, 80)}", but this query has no such output. Choose one of: ${list.en}.`,
    { on: name, outputs },
  );
}

function checkNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = typeof name === 'string' ? name.toLowerCase() : '';
    if (key === '' || key.includes('\0') || key.length > 255 || seen.has(key)) {
      throw badLookup(
        `Nama kolom rujukan "${String(name).slice(0, 80)}" kosong, terlalu panjang, atau sudah dipakai kolom lain; beri nama yang berbeda.`,
        `Lookup column name "${String(name).slice(0, 80)}" is empty, too long, or already used by another column; give it a different name.`,
        { name },
      );
    }
    seen.add(key);
  }
}

function badLookup(id: string, en: string, details: Record<string, unknown>): PantauError {
  return new PantauError({ code: 'BAD_EXPRESSION', text: { id, en }, details });
}
