/**
 * What clicking or pressing Enter on marks publishes. A mark stands for column values
 * (`{ unit_code: 'dinkes' }`); the widget's own clauses say which values are chosen. Pure
 * functions over both, so the highlight can always be rebuilt from the selection (after a reload
 * from the URL, too) rather than kept in a second place.
 */

import type { FilterClause } from '@pantau/core';
import type { ChartMark } from '@pantau/charts';

type MarkValues = Readonly<Record<string, unknown>>;

function valueKey(value: unknown): string {
  if (value instanceof Date) return `d:${value.toISOString()}`;
  return `${typeof value}:${String(value)}`;
}

/** Chosen values per column (lower-cased name), from eq/in clauses. */
export function chosenValues(own: readonly FilterClause[]): Map<string, Map<string, unknown>> {
  const chosen = new Map<string, Map<string, unknown>>();
  for (const clause of own) {
    const values =
      clause.predicate === 'eq'
        ? [clause.value]
        : clause.predicate === 'in'
          ? (clause.value as unknown[])
          : [];
    const column = clause.column.toLowerCase();
    const set = chosen.get(column) ?? new Map<string, unknown>();
    for (const v of values ?? []) set.set(valueKey(v), v);
    chosen.set(column, set);
  }
  return chosen;
}

/** Whether every value the mark stands for is chosen. */
export function isChosen(mark: ChartMark, chosen: Map<string, Map<string, unknown>>): boolean {
  const entries = Object.entries(mark.selection ?? {});
  if (entries.length === 0 || chosen.size === 0) return false;
  return entries.every(
    ([column, value]) => chosen.get(column.toLowerCase())?.has(valueKey(value)) === true,
  );
}

/**
 * The widget's clauses after choosing `mark`. Plain: that mark alone, or nothing if it was the
 * only one chosen. Additive (Shift/Ctrl): its values join or leave the chosen ones per column;
 * with several columns (a heatmap cell) that is the cross of the chosen rows and columns.
 */
export function toggleMark(
  own: readonly FilterClause[],
  mark: ChartMark,
  additive: boolean,
): FilterClause[] {
  const values: MarkValues = mark.selection ?? {};
  const columns = Object.keys(values);
  if (columns.length === 0) return [...own];
  const chosen = chosenValues(own);
  const already = isChosen(mark, chosen);
  if (!additive) {
    const onlyThis = already && [...chosen.values()].every((set) => set.size === 1);
    return onlyThis
      ? []
      : columns.map((column) => ({ column, predicate: 'eq', value: values[column] }));
  }
  for (const column of columns) {
    const set = chosen.get(column.toLowerCase()) ?? new Map<string, unknown>();
    const key = valueKey(values[column]);
    if (already) set.delete(key);
    else set.set(key, values[column]);
    chosen.set(column.toLowerCase(), set);
  }
  if ([...chosen.values()].some((set) => set.size === 0)) return [];
  return columns.map((column) => {
    const list = [...(chosen.get(column.toLowerCase())?.values() ?? [])];
    return list.length === 1
      ? { column, predicate: 'eq' as const, value: list[0] }
      : { column, predicate: 'in' as const, value: list };
  });
}

/** The name part of a mark's label ("Disdukcapil: 91,20 (A)" -> "Disdukcapil"). */
export function markName(mark: ChartMark): string {
  const cut = mark.label.indexOf(': ');
  return cut > 0 ? mark.label.slice(0, cut) : mark.label;
}
