/**
 * A small cube fetched once into the page as columns (one worker trip, Flechette-decoded):
 * group and selection columns as dictionary codes (so a clause is tested once per distinct
 * value, and a group is found by its codes), part columns as exact digits. Values keep DuckDB's
 * meaning: integers and decimals as their digits, timestamps as epoch microseconds for filtering.
 */

import { tableFromIPC, Type, type DataType } from '@uwdata/flechette';
import type { Connector } from '../../engine/connector.ts';
import { quoteIdentifier } from '../../sql/identifiers.ts';
import { isTimestampType } from '../../sql/schema.ts';
import { typeName } from '../../results/type-names.ts';
import type { Cube } from '../cube-sql.ts';
import type { Kind } from './numbers.ts';

/** A column of few distinct values: `codes[row]` indexes `values` (decoded as DuckDB gave them). */
export interface Dictionary {
  codes: Int32Array;
  values: unknown[];
  type: DataType;
}

export interface PartColumn {
  kind: Kind;
  /** Digits (or doubles) as numbers when every running sum stays exact; else `values`. */
  numbers: Float64Array | null;
  /** Bigint digits, or Dates, text, booleans as decoded; null when `numbers` holds them. */
  values: unknown[] | null;
  valid: Uint8Array;
}

export interface PageCubeData {
  rows: number;
  groups: Dictionary[];
  filters: Dictionary[];
  parts: PartColumn[];
  /** Milliseconds from the fetch's start to columns ready. */
  loadMs: number;
}

/** Timestamp filter columns travel as epoch microseconds: Dates would cut them to milliseconds. */
function fetchSql(cube: Cube): string {
  const { table } = cube.shape.plan;
  const select: string[] = [];
  cube.shape.plan.groups.forEach((_, i) => select.push(quoteIdentifier(`g_${i}`)));
  cube.columns.forEach((c, i) => {
    const name = quoteIdentifier(`f_${i}`);
    const type = table.columns.find((t) => t.name === c.column)?.type ?? '';
    select.push(isTimestampType(type) ? `epoch_us(${name}) AS ${name}` : name);
  });
  cube.shape.parts.forEach((_, i) => select.push(quoteIdentifier(`p_${i}`)));
  return `SELECT ${select.join(', ')} FROM ${quoteIdentifier(cube.name)}`;
}

export async function fetchCube(
  connector: Pick<Connector, 'query'>,
  cube: Cube,
): Promise<PageCubeData | null> {
  const started = performance.now();
  const bytes = await connector.query(fetchSql(cube), []);
  const table = tableFromIPC(bytes, { useDate: true, useBigInt: true, useDecimalInt: true });
  const column = (i: number) => ({
    values: table.getChildAt(i).toArray() as ArrayLike<unknown>,
    type: table.schema.fields[i]!.type,
  });
  const nGroups = cube.shape.plan.groups.length;
  const groups: Dictionary[] = [];
  for (let i = 0; i < nGroups; i++) {
    const { values, type } = column(i);
    // Two instants in one millisecond are two groups in DuckDB but one Date here.
    if (type.typeId === Type.Timestamp && type.unit > 1) return null;
    groups.push(dictionary(values, type));
  }
  const filters = cube.columns.map((_, i) => {
    const { values, type } = column(nGroups + i);
    return dictionary(values, type);
  });
  const parts: PartColumn[] = [];
  for (let i = 0; i < cube.shape.parts.length; i++) {
    const { values, type } = column(nGroups + cube.columns.length + i);
    const part = partColumn(values, type, table.numRows);
    if (part === null) return null;
    parts.push(part);
  }
  return { rows: table.numRows, groups, filters, parts, loadMs: performance.now() - started };
}

function dictionary(raw: ArrayLike<unknown>, type: DataType): Dictionary {
  const codes = new Int32Array(raw.length);
  const values: unknown[] = [];
  const index = new Map<unknown, number>();
  for (let r = 0; r < raw.length; r++) {
    let value = raw[r] ?? null;
    // Dates compare by instant, not by object.
    const key = value instanceof Date ? `d${value.getTime()}` : value;
    let code = index.get(key);
    if (code === undefined) {
      if (typeof value === 'number' && Object.is(value, -0)) value = 0;
      code = values.push(value) - 1;
      index.set(key, code);
    }
    codes[r] = code;
  }
  return { codes, values, type };
}

/** The part's kind as DuckDB types it; null for a type the page does not aggregate. */
function kindOf(type: DataType): Kind | null {
  switch (type.typeId) {
    case Type.Int:
      return type.signed ? { k: 'int', bits: type.bitWidth } : null;
    case Type.Decimal:
      // A HUGEINT reaches Arrow as DECIMAL(38,0): the same digits and the same sums.
      return type.scale === 0 && type.precision === 38
        ? { k: 'int', bits: 128 }
        : { k: 'dec', precision: type.precision, scale: type.scale };
    case Type.Float:
      return type.precision === 2 ? { k: 'dbl' } : null;
    case Type.Bool:
      return { k: 'bool' };
    case Type.Date:
    case Type.Utf8:
    case Type.LargeUtf8:
      return { k: 'other', type: typeName(type) };
    case Type.Timestamp:
      // Decoded to the millisecond, like DuckDB's answer: equal Dates may differ below (answer.ts).
      return { k: 'other', type: typeName(type) };
    default:
      return null;
  }
}

const MAX_EXACT = 2 ** 53;

function partColumn(raw: ArrayLike<unknown>, type: DataType, rows: number): PartColumn | null {
  const kind = kindOf(type);
  if (kind === null) return null;
  const valid = new Uint8Array(raw.length);
  const exact = kind.k === 'int' || kind.k === 'dec';
  let largest = 0;
  for (let r = 0; r < raw.length; r++) {
    const v = raw[r];
    if (v === null || v === undefined) continue;
    valid[r] = 1;
    if (exact) largest = Math.max(largest, Math.abs(Number(v)));
  }
  // Every sum of these digits stays below 2^53: kept and added as doubles, exactly and fast
  // (and without a bigint per row); otherwise as bigints.
  if (kind.k === 'dbl' || (exact && largest * Math.max(rows, 1) < MAX_EXACT)) {
    const numbers = new Float64Array(raw.length);
    for (let r = 0; r < raw.length; r++) if (valid[r] === 1) numbers[r] = Number(raw[r]);
    return { kind, numbers, values: null, valid };
  }
  const values = Array.from(raw, (v, r) =>
    valid[r] === 0 ? null : exact ? BigInt(v as bigint | number) : v,
  );
  return { kind, numbers: null, values, valid };
}
