/**
 * When the page's answer and DuckDB's count as the same (coordinator/page-cube/same-answer.ts):
 * what a plan leaves to the engine (the order of tied rows, which tied row a limit keeps, the
 * last bits of a double summed in another order) is not a difference; a figure, a row or an
 * order the plan fixes is.
 */

import { describe, expect, it } from 'vitest';
import { answersDiffer } from '../../src/coordinator/page-cube/same-answer.ts';
import { aggregatePlan } from '../../src/plan/builders.ts';
import type { QueryPlan } from '../../src/plan/plan.ts';
import type { PlainValue } from '../../src/results/plain-values.ts';
import { plainResult, type QueryResult } from '../../src/results/query-result.ts';

const TYPES = { unit: 'Utf8', n: 'Int64', mean: 'Float64' };

/** Rows of [unit, n, mean] as a result. */
function result(rows: [string | null, number | bigint | null, number | null][]): QueryResult {
  const columns: Record<string, PlainValue[]> = { unit: [], n: [], mean: [] };
  for (const [unit, n, mean] of rows) {
    columns['unit']!.push(unit);
    columns['n']!.push(n);
    columns['mean']!.push(mean);
  }
  return plainResult(['unit', 'n', 'mean'], TYPES, columns, rows.length);
}

function plan(extra: Partial<Parameters<typeof aggregatePlan>[0]> = {}): QueryPlan {
  return aggregatePlan({
    table: 't',
    groups: ['unit'],
    measures: { n: 'count(*)', mean: 'avg(score)' },
    ...extra,
  });
}

const differ = (page: QueryResult, engine: QueryResult, query = plan()) =>
  answersDiffer(page, engine, ['unit'], query);

const byCount = plan({ order: [{ key: 'n', desc: true }] });

describe('the page answer held against DuckDB', () => {
  it('the same rows, in any order where the plan gives none, agree', () => {
    const a = result([
      ['U1', 3, 1.5],
      ['U2', 5, null],
      [null, 1, 2],
    ]);
    const b = result([
      [null, 1, 2],
      ['U1', 3, 1.5],
      ['U2', 5, null],
    ]);
    expect(differ(a, a)).toBeNull();
    expect(differ(a, b)).toBeNull();
  });

  it('a figure, a missing row or an extra column differs', () => {
    const engine = result([
      ['U1', 3, 1.5],
      ['U2', 5, 2.25],
    ]);
    expect(
      differ(
        result([
          ['U1', 3, 1.5],
          ['U2', 6, 2.25],
        ]),
        engine,
      ),
    ).toBe('n of ["U2"]');
    expect(
      differ(
        result([
          ['U1', 3, 1.5],
          ['U2', 5, 2.3],
        ]),
        engine,
      ),
    ).toBe('mean of ["U2"]');
    expect(differ(result([['U1', 3, 1.5]]), engine)).toBe('1 rows, not 2');
    expect(
      differ(
        result([
          ['U1', 3, 1.5],
          ['U3', 5, 2.25],
        ]),
        engine,
      ),
    ).toBe('group ["U2"]');
    expect(
      differ(
        result([
          ['U1', 3, 1.5],
          ['U2', 5, null],
        ]),
        engine,
      ),
    ).toBe('mean of ["U2"]');
    const wider = plainResult(
      ['unit', 'n', 'mean', 'extra'],
      { ...TYPES, extra: 'Int64' },
      { unit: ['U1'], n: [3], mean: [1.5], extra: [0] },
      1,
    );
    expect(differ(wider, result([['U1', 3, 1.5]]))).toBe('columns');
  });

  it('doubles agree to 1e-9 (another summing order), not beyond; NaN only with NaN', () => {
    const engine = result([['U1', 3, 0.1 + 0.2]]);
    expect(differ(result([['U1', 3, 0.3]]), engine)).toBeNull();
    expect(differ(result([['U1', 3, 0.3000003]]), engine)).not.toBeNull();
    expect(differ(result([['U1', 3, Number.NaN]]), result([['U1', 3, Number.NaN]]))).toBeNull();
    expect(differ(result([['U1', 3, Number.NaN]]), result([['U1', 3, null]]))).not.toBeNull();
    expect(
      differ(result([['U1', 2n ** 60n, 1]]), result([['U1', 2n ** 60n + 1n, 1]])),
    ).not.toBeNull();
  });

  it('an order the plan fixes must be the same; tied rows may come in either order', () => {
    const engine = result([
      ['U2', 5, 1],
      ['U1', 3, 1],
      ['U3', 3, 1],
    ]);
    const tiedSwapped = result([
      ['U2', 5, 1],
      ['U3', 3, 1],
      ['U1', 3, 1],
    ]);
    expect(differ(tiedSwapped, engine, byCount)).toBeNull();
    const wrongOrder = result([
      ['U1', 3, 1],
      ['U2', 5, 1],
      ['U3', 3, 1],
    ]);
    expect(differ(wrongOrder, engine, byCount)).toBe('order at row 1');
    // Without an order, the same rows in another order agree.
    expect(differ(wrongOrder, engine)).toBeNull();
  });

  it('at a limit, either of the rows tied at the cut may be kept; the rows before it may not differ', () => {
    const top2 = plan({ order: [{ key: 'n', desc: true }], limit: 2 });
    const engine = result([
      ['U2', 5, 1],
      ['U1', 3, 1],
    ]);
    expect(
      differ(
        result([
          ['U2', 5, 1],
          ['U3', 3, 1],
        ]),
        engine,
        top2,
      ),
    ).toBeNull();
    expect(
      differ(
        result([
          ['U4', 5, 1],
          ['U1', 3, 1],
        ]),
        engine,
        top2,
      ),
    ).toBe('group ["U2"]');
    expect(
      differ(
        result([
          ['U2', 5, 2],
          ['U3', 3, 1],
        ]),
        engine,
        top2,
      ),
    ).toBe('mean of ["U2"]');
    // Without the limit the same swap is a different set of rows.
    expect(
      differ(
        result([
          ['U2', 5, 1],
          ['U3', 3, 1],
        ]),
        engine,
        byCount,
      ),
    ).toBe('group ["U1"]');
  });

  it('after an offset, either of the rows tied at it may come first', () => {
    const second = plan({ order: [{ key: 'n', desc: true }], offset: 1, limit: 3 });
    const engine = result([
      ['U2', 4, 1],
      ['U3', 3, 1],
    ]);
    expect(
      differ(
        result([
          ['U5', 4, 1],
          ['U3', 3, 1],
        ]),
        engine,
        second,
      ),
    ).toBeNull();
    expect(
      differ(
        result([
          ['U5', 4, 1],
          ['U3', 2, 1],
        ]),
        engine,
        second,
      ),
    ).toBe('order at row 2');
    expect(
      differ(
        result([
          ['U5', 4, 1],
          ['U3', 3, 9],
        ]),
        engine,
        second,
      ),
    ).toBe('mean of ["U3"]');
  });
});
