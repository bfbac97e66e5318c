import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import {
  IKM_DEFAULT_MIN_RESPONDENTS,
  ikmSampleCheck,
  krejcieMorgan,
} from '../../src/metrics/index.ts';
import { loadDataset, sqlRows } from './helpers.ts';

describe('sample size (Krejcie-Morgan)', () => {
  it('reproduces entries of the Krejcie-Morgan table', () => {
    const table: [number, number][] = [
      [10, 10],
      [50, 44],
      [100, 80],
      [200, 132],
      [500, 217],
      [1000, 278],
      [5000, 357],
      [10000, 370],
      [20000, 377],
      [50000, 381],
      [1000000, 384],
    ];
    for (const [population, sample] of table)
      expect(krejcieMorgan(population), `N=${population}`).toBe(sample);
    expect(() => krejcieMorgan(0)).toThrow(/population/);
  });

  it('warns when a unit has fewer respondents than required, in both languages', () => {
    const low = ikmSampleCheck({ respondents: 79, population: 100 });
    expect(low).toMatchObject({ required: 80, sufficient: false, basis: 'krejcie-morgan' });
    expect(low.warning?.id).toContain('kurang dari 80');
    expect(low.warning?.en).toContain('fewer than the 80');
    expect(ikmSampleCheck({ respondents: 80, population: 100 }).warning).toBeNull();
  });

  it('uses a documented default minimum when the population is unknown', () => {
    expect(IKM_DEFAULT_MIN_RESPONDENTS).toBe(384);
    expect(ikmSampleCheck({ respondents: 383 })).toMatchObject({
      required: 384,
      sufficient: false,
      basis: 'default-minimum',
    });
    expect(ikmSampleCheck({ respondents: 120, minimumWhenUnknown: 100 }).sufficient).toBe(true);
  });

  describe('on the dataset', () => {
    let db: DuckDBConnector;
    beforeAll(async () => {
      db = createNodeConnector();
      await loadDataset(db, 'ikm_responses');
      await loadDataset(db, 'applications');
    });
    afterAll(async () => {
      await db.close();
    });

    it('flags units whose respondents fall short of the table for their service users', async () => {
      const rows = await sqlRows(
        db,
        `SELECT r.unit_code, r.n::DOUBLE AS n, a.users::DOUBLE AS users
         FROM (SELECT unit_code, count(*) AS n FROM ikm_responses GROUP BY ALL) r
         LEFT JOIN (SELECT unit_code, count(*) AS users FROM applications GROUP BY ALL) a USING (unit_code)
         ORDER BY n`,
      );
      const checks = rows.map((r) =>
        ikmSampleCheck({
          respondents: r['n'] as number,
          population: (r['users'] as number | null) ?? null,
        }),
      );
      rows.forEach((r, i) => {
        const users = r['users'] as number | null;
        const required = users === null ? IKM_DEFAULT_MIN_RESPONDENTS : krejcieMorgan(users);
        expect(checks[i]!.required).toBe(required);
        expect(checks[i]!.sufficient).toBe((r['n'] as number) >= required);
      });
      expect(rows[0]!['n']).toBe(50);
      // Population unknown: the smallest unit (50 respondents) is flagged by the default minimum.
      expect(ikmSampleCheck({ respondents: 50 }).sufficient).toBe(false);
    });
  });
});
