import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { MetricRegistry } from '../../src/sql/metrics.ts';
import {
  iidCountScore,
  iidIndex,
  iidPredicate,
  PEKPPP_GRADES_VERIFIED,
  PEKPPP_WEIGHTS_2023,
  pekpppGrade,
  pekpppIndex,
  registerPublicServiceMetrics,
} from '../../src/metrics/index.ts';
import { expectPantauError } from '../support.ts';
import { grouped, groupRows, loadDataset, sqlRows } from './helpers.ts';

const metrics = registerPublicServiceMetrics(new MetricRegistry());

const fullScores = (score: number) =>
  PEKPPP_WEIGHTS_2023.aspects.flatMap((a) =>
    a.indicators.map((i) => ({ aspect: a.name, indicator: i.name, score })),
  );

describe('PEKPPP index', () => {
  it('weights: six aspects summing to 1, the three verified ones 24/25/18%', () => {
    const aspects = PEKPPP_WEIGHTS_2023.aspects;
    expect(aspects.length).toBe(6);
    expect(aspects.reduce((t, a) => t + a.weight, 0)).toBeCloseTo(1, 12);
    expect(aspects.filter((a) => a.verified).map((a) => a.weight)).toEqual([0.24, 0.25, 0.18]);
    for (const a of aspects)
      expect(a.indicators.reduce((t, i) => t + i.weight, 0)).toBeCloseTo(1, 12);
    expect(PEKPPP_GRADES_VERIFIED).toBe(false);
  });

  it('hand-worked: all 5 gives 5, all 4 gives 4; one aspect at 0 drops exactly its weight', () => {
    expect(pekpppIndex(fullScores(5))).toBeCloseTo(5, 12);
    expect(pekpppIndex(fullScores(4))).toBeCloseTo(4, 12);
    const noInnovation = fullScores(5).map((r) =>
      r.aspect === 'Inovasi' ? { ...r, score: 0 } : r,
    );
    expect(pekpppIndex(noInnovation)).toBeCloseTo(5 * (1 - 0.12), 12);
    expect(pekpppGrade(4.51)?.code).toBe('A');
    expect(pekpppGrade(4.505)?.code).toBe('A');
    expect(pekpppGrade(4.5)?.code).toBe('A-');
    expect(pekpppGrade(1)?.label.id).toBe('Gagal');
    expect(pekpppGrade(null)).toBeNull();
  });

  it('empty or incomplete input is null (not reported), never a lower index', () => {
    expect(pekpppIndex([])).toBeNull();
    expect(pekpppIndex(fullScores(5).slice(1))).toBeNull();
    expect(
      pekpppIndex(fullScores(5).map((r, i) => (i === 0 ? { ...r, score: null } : r))),
    ).toBeNull();
  });

  it('scores outside 0..5, unknown indicators and double scores are BAD_DATA', () => {
    expect(() => pekpppIndex(fullScores(6))).toThrow(/0 to 5/);
    expect(() => pekpppIndex([...fullScores(4), ...fullScores(4)])).toThrow(/scored twice|2x/);
    expect(() =>
      pekpppIndex([...fullScores(4), { aspect: 'X', indicator: 'Y', score: 1 }]),
    ).toThrow(/X \/ Y/);
  });

  describe('SQL vs reference on the dataset, grouped by unit and year', () => {
    let db: DuckDBConnector;
    beforeAll(async () => {
      db = createNodeConnector();
      await loadDataset(db, 'pekppp_scores');
      await db.registerSource({ name: 'hand', data: fullScores(4) });
    });
    afterAll(async () => {
      await db.close();
    });

    it('agrees per unit-year and gives NULL where a unit did not enter every indicator', async () => {
      const sql = await grouped(
        db,
        'pekppp_scores',
        { groupBy: ['unit_code', 'year'], measures: { ipp: 'ipp' } },
        metrics,
      );
      const ref = groupRows(
        await sqlRows(db, 'SELECT * FROM pekppp_scores'),
        (r) => `${String(r['unit_code'])}|${String(r['year'])}`,
      );
      expect(sql.length).toBe(ref.size);
      for (const row of sql) {
        const expected = pekpppIndex(
          ref.get(`${String(row['unit_code'])}|${String(row['year'])}`)!,
        );
        if (expected === null) expect(row['ipp']).toBeNull();
        else expect(row['ipp']).toBeCloseTo(expected, 12);
      }
      const [hand] = await grouped(db, 'hand', { measures: { ipp: 'ipp' } }, metrics);
      expect(hand!['ipp']).toBeCloseTo(4, 12);
    });

    it('grouping by unit alone mixes years: the query fails instead of adding them up', async () => {
      const error = await expectPantauError(
        grouped(db, 'pekppp_scores', { groupBy: ['unit_code'], measures: { ipp: 'ipp' } }, metrics),
        'QUERY_FAILED',
      );
      expect(error.message).toContain('PEKPPP');
    });
  });
});

describe('IID (regional innovation index)', () => {
  // SPD 15 indicators at 10; 4 innovations with indicators 16..35 at 7 (140 each).
  const regional = Array.from({ length: 15 }, (_, i) => ({
    indicator: i + 1,
    score: 10,
    innovation_id: null,
  }));
  const innovation = (id: number) =>
    Array.from({ length: 20 }, (_, i) => ({ indicator: 16 + i, score: 7, innovation_id: id }));

  it('hand-worked: max(10, n) divides the innovation sum; the count score is a table', () => {
    const r = iidIndex([
      ...regional,
      ...innovation(1),
      ...innovation(2),
      ...innovation(3),
      ...innovation(4),
    ])!;
    // SPD 150; SID = 4 x 140 / 10 + round(48 x 4 / 50) = 56 + 4 = 60; IID = 210 / 1000 x 100.
    expect(r).toEqual({ spd: 150, sid: 60, innovations: 4, total: 210, iid: 21 });
    const steps = [
      { minInnovations: 1, score: 10 },
      { minInnovations: 3, score: 20 },
    ];
    expect(
      iidIndex([...regional, ...innovation(1), ...innovation(2), ...innovation(3)], {
        countScoring: steps,
      })!.sid,
    ).toBe(42 + 20);
    const twelve = Array.from({ length: 12 }, (_, j) => innovation(j + 1)).flat();
    expect(iidIndex([...regional, ...twelve])!.sid).toBe(140 + iidCountScore(12));
  });

  it('predicates at their boundaries', () => {
    const code = (v: number) => iidPredicate(v)?.code;
    expect([0, 0.01, 34.99, 35, 60, 60.01, 100].map(code)).toEqual([
      'tidak-dapat-dinilai',
      'kurang-inovatif',
      'kurang-inovatif',
      'inovatif',
      'inovatif',
      'sangat-inovatif',
      'sangat-inovatif',
    ]);
    expect(iidPredicate(60.004)?.code).toBe('inovatif');
  });

  it('empty input is null; bad indicators are BAD_DATA', () => {
    expect(iidIndex([])).toBeNull();
    expect(() => iidIndex([...regional, { indicator: 36, score: 1, innovation_id: null }])).toThrow(
      /indicator/,
    );
    expect(() => iidIndex([...regional, { indicator: 20, score: 1, innovation_id: null }])).toThrow(
      /innovation_id/,
    );
  });

  describe('SQL vs reference on the dataset, grouped by year', () => {
    let db: DuckDBConnector;
    beforeAll(async () => {
      db = createNodeConnector();
      await loadDataset(db, 'iid_regional_indicators');
      await loadDataset(db, 'innovation_indicator_scores');
      const long = await sqlRows(
        db,
        `SELECT year, indicator, score, NULL::INTEGER AS innovation_id FROM iid_regional_indicators WHERE indicator <= 15
         UNION ALL SELECT year, indicator, score, innovation_id FROM innovation_indicator_scores`,
      );
      await db.registerSource({ name: 'iid_long', data: long });
    });
    afterAll(async () => {
      await db.close();
    });

    it('hand-worked through SQL: fewer than 10 innovations still divide by 10', async () => {
      const rows = [
        ...regional,
        ...innovation(1),
        ...innovation(2),
        ...innovation(3),
        ...innovation(4),
      ];
      await db.registerSource({ name: 'iid_hand', data: rows });
      const [row] = await grouped(db, 'iid_hand', { measures: { iid: 'iid' } }, metrics);
      expect(row!['iid']).toBeCloseTo(21, 12);
    });

    it('agrees per year, and the default count table matches the dataset indicator 36', async () => {
      const sql = await grouped(
        db,
        'iid_long',
        { groupBy: ['year'], measures: { iid: 'iid' }, orderBy: [{ key: 'year' }] },
        metrics,
      );
      const long = await sqlRows(db, 'SELECT * FROM iid_long');
      const byYear = groupRows(long, (r) => String(r['year']));
      const count36 = await sqlRows(
        db,
        'SELECT year, score::DOUBLE AS score FROM iid_regional_indicators WHERE indicator = 36 ORDER BY year',
      );
      expect(sql.length).toBe(3);
      sql.forEach((row, i) => {
        const ref = iidIndex(byYear.get(String(row['year']))!)!;
        expect(row['iid']).toBeCloseTo(ref.iid, 10);
        expect(iidCountScore(ref.innovations)).toBe(count36[i]!['score']);
        expect(ref.iid).toBeGreaterThan(0);
        expect(ref.iid).toBeLessThanOrEqual(100);
      });
    });
  });
});
