import { tableFromIPC } from '@uwdata/flechette';
import { converterFor } from './convert-values.ts';
import type { PlainValue } from './plain-values.ts';
import { plainResult, type QueryResult } from './query-result.ts';
import { typeName } from './type-names.ts';

/**
 * Arrow IPC bytes (stream or file format, as any connector answers) decoded once into plain
 * columns. Apart from every driver: a server connector hands over the same bytes from HTTP.
 * 64-bit integers and decimals are read as exact bigints and rounded only where a double holds
 * them exactly (convert-values.ts); dates and timestamps come as `Date` (UTC epoch milliseconds).
 */
export function decodeResult(bytes: Uint8Array): QueryResult {
  const table = tableFromIPC(bytes, { useDate: true, useBigInt: true, useDecimalInt: true });
  const names: string[] = [];
  const types: Record<string, string> = {};
  const columns: Record<string, PlainValue[]> = {};
  table.schema.fields.forEach((field, i) => {
    const convert = converterFor(field.type);
    // One array per column, then a plain loop: faster than the column's own iterator.
    const raw = table.getChildAt(i).toArray() as ArrayLike<unknown>;
    const values = new Array<PlainValue>(raw.length);
    for (let r = 0; r < raw.length; r++) {
      const value = raw[r];
      values[r] = value === null || value === undefined ? null : convert(value);
    }
    names.push(field.name);
    types[field.name] = typeName(field.type);
    columns[field.name] = values;
  });
  return plainResult(names, types, columns, table.numRows);
}
