import { describe, expect, it } from 'vitest';
import { decomposeAggregate } from '../../src/sql/decompose.ts';
import { compileMeasure, MetricRegistry } from '../../src/sql/index.ts';
import { registerPublicServiceMetrics } from '../../src/metrics/index.ts';

const name = (i: number) => `"p_${i}"`;

describe('decomposeAggregate', () => {
  it('splits sums, counts, min/max and keeps the formula around them', () => {
    const split = decomposeAggregate('(sum("a")::DOUBLE / NULLIF(count(*)::DOUBLE, 0))')!;
    expect(split.parts).toEqual(['sum("a")', 'count(*)']);
    expect(split.combined(name)).toBe(
      '(sum("p_0")::DOUBLE / NULLIF(coalesce(sum("p_1"), 0)::DOUBLE, 0))',
    );
    expect(decomposeAggregate('max("d")')!.combined(name)).toBe('max("p_0")');
  });

  it('turns avg into a sum over a count, FILTER included', () => {
    const split = decomposeAggregate('avg("x") FILTER (WHERE "y" > 1)')!;
    expect(split.parts).toEqual([
      'sum("x") FILTER (WHERE "y" > 1)',
      'count("x") FILTER (WHERE "y" > 1)',
    ]);
    expect(split.combined(name)).toBe('(sum("p_0") / NULLIF(sum("p_1"), 0))');
  });

  it('does not mistake quoted names, strings or keywords for functions', () => {
    const split = decomposeAggregate(
      `CASE WHEN count(*) FILTER (WHERE NOT ("sum(" IN (1, 2))) > 0 THEN error('avg(' || 'x') ELSE sum("count") END`,
    )!;
    expect(split.parts).toEqual([`count(*) FILTER (WHERE NOT ("sum(" IN (1, 2)))`, 'sum("count")']);
    expect(split.combined(name)).toBe(
      `CASE WHEN coalesce(sum("p_0"), 0) > 0 THEN error('avg(' || 'x') ELSE sum("p_1") END`,
    );
  });

  it('refuses what needs every row: median, distinct counts, windows, unknown functions', () => {
    for (const sql of [
      'median("x")::DOUBLE',
      'count(DISTINCT "x")::DOUBLE',
      'sum("x") OVER ()',
      'quantile_cont("x", 0.5)',
      'sum(list_sum("x"))',
      '1 + 2',
    ]) {
      expect(decomposeAggregate(sql), sql).toBeNull();
    }
  });

  it('splits the IKM formula into its sums and counts', () => {
    const registry = registerPublicServiceMetrics(new MetricRegistry());
    const schema = {
      table: 't',
      columns: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'].map((n) => ({
        name: n,
        type: 'INTEGER',
      })),
    };
    const ikm = compileMeasure('ikm', schema, registry);
    const split = decomposeAggregate(ikm.sql)!;
    expect(split).not.toBeNull();
    // Nine answer sums, the respondents and the invalid-answer guard; no aggregate left outside.
    expect(split.parts.filter((p) => p.startsWith('sum('))).toHaveLength(9);
    expect(split.parts.some((p) => p.startsWith('count(*) FILTER'))).toBe(true);
    expect(split.combined(name)).not.toMatch(/"u\d"/);
  });
});
