/**
 * Each part aggregate (sum, min, max of a part column) per group, in one pass over the cube's
 * rows in their stored order, as DuckDB's single-threaded scan adds them: sums of digits that
 * stay below 2^53 as doubles (exact), others as bigints; a group with no non-NULL value is NULL.
 */

import type { PageCubeData } from './cube-columns.ts';
import type { PartAggregate } from './evaluate.ts';
import { compareValues } from './numbers.ts';

export function aggregateParts(
  aggregates: readonly PartAggregate[],
  data: PageCubeData,
  rowGroup: Int32Array,
  groups: number,
): unknown[][] {
  return aggregates.map((aggregate) => {
    const column = data.parts[aggregate.part]!;
    const { valid } = column;
    const seen = new Uint8Array(groups);
    if (aggregate.name === 'sum' && column.numbers !== null) {
      const { numbers } = column;
      const totals = new Float64Array(groups);
      for (let r = 0; r < rowGroup.length; r++) {
        const g = rowGroup[r]!;
        if (g < 0 || valid[r] === 0) continue;
        totals[g] = totals[g]! + numbers[r]!;
        seen[g] = 1;
      }
      const exact = aggregate.kind.k !== 'dbl';
      return Array.from(totals, (t, g) => (seen[g] === 0 ? null : exact ? BigInt(t) : t));
    }
    const out = new Array<unknown>(groups).fill(null);
    const { values, numbers } = column;
    const sign = aggregate.name === 'max' ? 1 : -1;
    for (let r = 0; r < rowGroup.length; r++) {
      const g = rowGroup[r]!;
      if (g < 0 || valid[r] === 0) continue;
      const v = numbers !== null ? numbers[r] : values![r];
      if (seen[g] === 0) {
        out[g] = v;
        seen[g] = 1;
      } else if (aggregate.name === 'sum') {
        out[g] = (out[g] as bigint) + (v as bigint);
      } else if (sign * compareValues(v, out[g]) > 0) {
        out[g] = v;
      }
    }
    // Exact digits kept as doubles come back as bigints, as the evaluator computes with them.
    if (numbers !== null && column.kind.k !== 'dbl') {
      for (let g = 0; g < groups; g++) if (out[g] !== null) out[g] = BigInt(out[g] as number);
    }
    return out;
  });
}
