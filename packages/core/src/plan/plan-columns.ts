/**
 * A plan's group columns and measures, resolved against the table's schema: each group quoted
 * (or cut to a period), each measure compiled from its tree. Refuses a plan that selects
 * nothing, or mixes row values with aggregates.
 */

import { QUERY_ERRORS, sayBoth } from '@pantau/messages';
import { resolveColumn } from '../sql/identifiers.ts';
import { compileMeasureTree, type CompiledMeasure } from '../sql/measure/compile.ts';
import type { MetricRegistry } from '../sql/metrics.ts';
import { isTemporalType, type TableSchema } from '../sql/schema.ts';
import { badPlan, checkAlias } from './plan-checks.ts';
import type { QueryPlan, TruncUnit } from './plan.ts';
import { isTruncUnit, type PlanDialect } from './plan-dialect.ts';

export interface Group {
  alias: string;
  column: string;
  interval: TruncUnit | null;
  sql: string;
}

export interface Measure {
  alias: string;
  text: string;
  compiled: CompiledMeasure;
}

/** The plan's groups and measures, checked in the order a page author would fix them. */
export function planColumns(
  plan: QueryPlan,
  schema: TableSchema,
  metrics: MetricRegistry,
  dialect: PlanDialect,
): { groups: Group[]; measures: Measure[] } {
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
  return { groups, measures };
}

/** A column grouped as it is, under its own name: written by name (readable SQL, same meaning). */
export function isPlain(group: Group): boolean {
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

/** Raw row values cannot sit next to groups or aggregates: DuckDB would refuse the query. */
function checkShape(groups: readonly Group[], measures: readonly Measure[]): void {
  const aggregating = groups.length > 0 || measures.some((m) => m.compiled.isAggregate);
  if (!aggregating) return;
  const raw = measures.find((m) => !m.compiled.isAggregate && m.compiled.columns.length > 0);
  if (raw === undefined) return;
  const reason =
    groups.length > 0
      ? sayBoth(QUERY_ERRORS, 'dataGrouped')
      : sayBoth(QUERY_ERRORS, 'otherMeasuresAggregates');
  throw badPlan(
    `Ukuran "${raw.alias}" (${raw.text}) membaca nilai per baris, padahal ${reason.id}. Bungkus dengan agregat, mis. sum(...) atau avg(...).`,
    `Measure "${raw.alias}" (${raw.text}) reads row values, but ${reason.en}. Wrap it in an aggregate, e.g. sum(...) or avg(...).`,
    { alias: raw.alias, expression: raw.text },
  );
}
