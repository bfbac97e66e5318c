import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import { tableFromColumns, tableToIPC, type Column } from '@uwdata/flechette';
import { vectorOf, type ColumnKind } from './arrow-columns.ts';
import type { SourceRows } from './source-spec.ts';
import type { DuckDBDriver } from '../engine/duckdb-driver.ts';
import type { BilingualText } from '../errors/pantau-error.ts';
import { decodeResult } from '../results/decode-result.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';

/**
 * JS values to an Arrow IPC stream (what DuckDB is given), for sources that arrive as rows (JSON,
 * a page's own data) or as decoded Parquet columns. Types are inferred from the values; a column that mixes kinds becomes
 * text so that nothing is lost or silently turned into a wrong number.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;
const INT32_MAX = 2 ** 31 - 1;

/**
 * A typed source's unit that values alone cannot give (Parquet's timestamps as bigints in their
 * unit, its dates as whole days), taken as it is.
 */
export type ColumnHint = 'millis' | 'micros' | 'nanos' | 'days' | undefined;

function inferType(values: readonly unknown[], hint?: ColumnHint): ColumnKind {
  if (hint !== undefined) return rawKind(values, hint);
  let kinds = 0;
  const NUMBER = 1,
    BOOLEAN = 4,
    BIGINT = 8,
    DATE = 16,
    STRING = 32,
    OBJECT = 64;
  let integers = true;
  let allIsoDates = true;
  let allIsoDateTimes = true;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    switch (typeof value) {
      case 'number':
        kinds |= NUMBER;
        if (!Number.isInteger(value) || Math.abs(value) > INT32_MAX) integers = false;
        break;
      case 'boolean':
        kinds |= BOOLEAN;
        break;
      case 'bigint':
        kinds |= BIGINT;
        break;
      case 'string':
        kinds |= STRING;
        // Each pattern is tried only while every earlier value matched it.
        if (allIsoDates && !ISO_DATE.test(value)) allIsoDates = false;
        if (allIsoDateTimes && !ISO_LOCAL_DATE_TIME.test(value)) allIsoDateTimes = false;
        break;
      default:
        kinds |= value instanceof Date ? DATE : OBJECT;
    }
  }
  if (kinds === NUMBER) return integers ? 'whole' : 'real';
  if (kinds === BOOLEAN) return 'flag';
  if (kinds === BIGINT || kinds === (BIGINT | NUMBER)) {
    // Integers beyond 2^53 (bigints) beside smaller ones: BIGINT while they fit, else text that
    // DuckDB then types HUGEINT (hugeIntegerColumns). A fraction among them: text, never rounded.
    return integerKind(values) === 'int64' ? 'big' : 'text';
  }
  if (kinds === DATE) return 'stamp';
  if (kinds === STRING && allIsoDates) return 'day';
  if (kinds === STRING && allIsoDateTimes) return 'stamp';
  return 'text';
}

/** A raw unit's kind while every value is of the unit's own JS type; text (nothing lost) if not. */
function rawKind(values: readonly unknown[], unit: Exclude<ColumnHint, undefined>): ColumnKind {
  const expected = unit === 'days' ? 'number' : 'bigint';
  for (const value of values) {
    if (value !== null && value !== undefined && typeof value !== expected) return 'text';
  }
  return unit;
}

/** The column as Arrow, with the kind it was written as. */
function columnVector(
  values: readonly unknown[],
  hint?: ColumnHint,
): [ColumnKind, Column<unknown>] {
  const kind = inferType(values, hint);
  const vector = vectorOf(values, kind);
  // Text that only looked like dates (2024-02-30) stays text rather than becoming a wrong date.
  return vector ? [kind, vector] : ['text', vectorOf(values, 'text') as Column<unknown>];
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Whole numbers and bigints only: whether they fit BIGINT; null when any is not a whole number. */
function integerKind(values: readonly unknown[]): 'int64' | 'huge' | null {
  let kind: 'int64' | 'huge' = 'int64';
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'number') {
      if (!Number.isInteger(value)) return null;
    } else if (typeof value === 'bigint') {
      if (value < INT64_MIN || value > INT64_MAX) kind = 'huge';
    } else {
      return null;
    }
  }
  return kind;
}

/** Columns held as text to stay exact (integers beyond BIGINT), per stream made here. */
const hugeColumns = new WeakMap<Uint8Array, string[]>();

/** An empty stream when there are no columns: the caller reports the source as empty. */
export function columnsToIpc(
  columns: Map<string, readonly unknown[]>,
  hints?: ReadonlyMap<string, ColumnHint>,
): Uint8Array {
  return columnsToBatch(columns, hints).ipc;
}

/** One Arrow stream of the columns, and the kind each was written as, in column order. */
export interface ArrowBatch {
  ipc: Uint8Array;
  kinds: readonly ColumnKind[];
}

export function columnsToBatch(
  columns: Map<string, readonly unknown[]>,
  hints?: ReadonlyMap<string, ColumnHint>,
): ArrowBatch {
  if (columns.size === 0) return { ipc: new Uint8Array(0), kinds: [] };
  const vectors: [string, Column<unknown>][] = [];
  const kinds: ColumnKind[] = [];
  const huge: string[] = [];
  for (const [name, values] of columns) {
    const [kind, vector] = columnVector(values, hints?.get(name));
    vectors.push([name, vector]);
    kinds.push(kind);
    // Integers beyond BIGINT are the only bigints written as text (inferType).
    if (
      kind === 'text' &&
      values.some((v) => typeof v === 'bigint') &&
      integerKind(values) === 'huge'
    )
      huge.push(name);
  }
  const ipc = tableToIPC(tableFromColumns(vectors), { format: 'stream' })!;
  if (huge.length > 0) hugeColumns.set(ipc, huge);
  return { ipc, kinds };
}

/**
 * After `ipc` is inserted as `table`: its integer columns beyond BIGINT, held as text, become
 * HUGEINT (38 digits); longer ones stay text, with a warning, rather than be rounded.
 */
export async function hugeIntegerColumns(
  driver: DuckDBDriver,
  table: string,
  ipc: Uint8Array,
): Promise<BilingualText[]> {
  const warnings: BilingualText[] = [];
  for (const column of hugeColumns.get(ipc) ?? []) {
    const name = quoteIdentifier(column);
    const widest = decodeResult(
      await driver.query(
        `SELECT coalesce(max(length(ltrim(${name}, '-'))), 0)::INTEGER AS digits FROM ${quoteIdentifier(table)}`,
      ),
    );
    if (Number(widest.columns['digits']?.[0] ?? 0) <= 38) {
      await driver.query(`ALTER TABLE ${quoteIdentifier(table)} ALTER ${name} TYPE HUGEINT`);
    } else {
      warnings.push(sayBoth(SOURCE_ERRORS, 'integersTooLong', column));
    }
  }
  return warnings;
}

/** Rows to an IPC stream; columns in the order keys first appear, missing keys as null. */
export function rowsToIpc(rows: SourceRows): Uint8Array {
  const columns = new Map<string, unknown[]>();
  rows.forEach((row, index) => {
    for (const key of Object.keys(row)) {
      if (!columns.has(key)) columns.set(key, new Array<unknown>(index).fill(null));
    }
    for (const [key, values] of columns) values.push(row[key] ?? null);
  });
  return columnsToIpc(columns);
}
