import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { MetricRegistry } from '../../src/sql/metrics.ts';
import { PantauError } from '../../src/errors/pantau-error.ts';
import {
  IKM_ANSWER_COLUMNS,
  IKM_ELEMENTS_U8_U9_SWAPPED,
  ikmCategory,
  ikmMetric,
  ikmProfileMeasures,
  ikmScore,
  registerPublicServiceMetrics,
  roundHalfUp,
  validateIkmAnswers,
} from '../../src/metrics/index.ts';
import { expectPantauError } from '../support.ts';
import { grouped, groupRows, loadDataset, respondentsWithTotals, sqlRows } from './helpers.ts';

/** 250 respondents; element totals sum to 8233, so the NRRs sum to 32.932. */
const HAND_TOTALS = [920, 910, 900, 940, 915, 918, 930, 880, 920];
const hand = respondentsWithTotals(250, HAND_TOTALS);

function expectBadData(fn: () => unknown): PantauError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PantauError);
    expect((e as PantauError).code).toBe('BAD_DATA');
    return e as PantauError;
  }
  throw new Error('expected BAD_DATA');
}

describe('IKM reference (PermenPANRB 14/2017)', () => {
  it('hand-worked: the same data gives 91.48 with weight 1/9 and 90.56 with 0.11 as printed', () => {
    const exact = ikmScore(hand)!;
    const printed = ikmScore(hand, { weight: 'printed' })!;
    expect(exact.respondents).toBe(250);
    expect(exact.elements.map((e) => e.nrr)).toEqual([
      3.68, 3.64, 3.6, 3.76, 3.66, 3.672, 3.72, 3.52, 3.68,
    ]);
    // 32.932 / 9 x 25 = 91.4778 and 32.932 x 0.11 x 25 = 90.563.
    expect(exact.converted).toBeCloseTo(91.4778, 4);
    expect(roundHalfUp(exact.converted)).toBe(91.48);
    expect(roundHalfUp(printed.converted)).toBe(90.56);
    expect(printed.converted / exact.converted).toBeCloseTo(0.99, 12);
    expect(exact.category.code).toBe('A');
    expect(exact.ikm).toBeCloseTo(3.659111, 6);
  });

  it('puts every category boundary on the right side', () => {
    const code = (v: number) => ikmCategory(v)?.code;
    expect([25, 64.99, 65, 76.6, 76.61, 88.3, 88.31, 100].map(code)).toEqual([
      'D',
      'D',
      'C',
      'C',
      'B',
      'B',
      'A',
      'A',
    ]);
    // Between the printed bounds: decided on the value rounded half-up to 2 decimals.
    expect([64.994, 64.995, 76.604, 76.605, 88.304, 88.305].map(code)).toEqual([
      'D',
      'C',
      'C',
      'B',
      'B',
      'A',
    ]);
    expect(ikmCategory(88.31)?.label).toEqual({ id: 'Sangat Baik', en: 'Very good' });
    expect(ikmCategory(64.99)?.label).toEqual({ id: 'Tidak Baik', en: 'Poor' });
    expect(ikmCategory(70)?.label.id).toBe('Kurang Baik');
    expect(ikmCategory(80)?.label.id).toBe('Baik');
    expect(ikmCategory(null)).toBeNull();
    expectBadData(() => ikmCategory(100.01));
    expectBadData(() => ikmCategory(Number.NaN));
  });

  it('reaches 65.00 exactly from answers (C, not D)', () => {
    // NRR sum 23.4: 23.4 / 9 x 25 = 65.
    const rows = respondentsWithTotals(5, [13, 13, 13, 13, 13, 13, 13, 13, 13]);
    const score = ikmScore(rows)!;
    expect(roundHalfUp(score.converted)).toBe(65);
    expect(score.category.code).toBe('C');
  });

  it('empty input is null, never 0 or NaN', () => {
    expect(ikmScore([])).toBeNull();
  });

  it('keeps element labels configurable (U8/U9 swapped)', () => {
    const score = ikmScore(hand, { elements: IKM_ELEMENTS_U8_U9_SWAPPED })!;
    expect(score.elements[7]?.label.id).toBe('Sarana dan Prasarana');
    expect(score.elements[8]?.label.id).toBe('Penanganan Pengaduan, Saran dan Masukan');
    expect(ikmScore(hand)!.elements[7]?.label.id).toBe('Penanganan Pengaduan, Saran dan Masukan');
  });

  it('reads answers from other column names', () => {
    const answers = IKM_ANSWER_COLUMNS.map((c) => `Q${c.slice(1)}`);
    const renamed = hand.map((row) =>
      Object.fromEntries(IKM_ANSWER_COLUMNS.map((c, i) => [answers[i]!, row[c]])),
    );
    expect(ikmScore(renamed, { answers })!.converted).toBeCloseTo(ikmScore(hand)!.converted, 12);
  });

  it('refuses bad answers with BAD_DATA naming the column and the rows affected', () => {
    const rows = hand.map((row, i) => ({
      ...row,
      ...(i < 2 ? { u3: 5 } : {}),
      ...(i === 3 ? { u8: null } : {}),
      ...(i === 4 ? { u1: 'tiga' } : {}),
      ...(i === 5 ? { u1: 2.5 } : {}),
      ...(i === 6 ? { u9: 0 } : {}),
    }));
    const error = expectBadData(() => ikmScore(rows));
    expect(error.details).toEqual({ badRows: { u3: 2, u8: 1, u1: 2, u9: 1 } });
    expect(error.text.en).toContain('column "u3": 2 rows');
    expect(error.text.id).toContain('kolom "u1": 2 baris');
    const missing = hand.map(({ u5: _, ...rest }) => rest);
    expect(expectBadData(() => ikmScore(missing)).details).toEqual({ badRows: { u5: 250 } });
  });

  it('accepts numeric strings as DuckDB TRY_CAST does', () => {
    const text = hand.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)])),
    );
    expect(ikmScore(text)!.converted).toBeCloseTo(ikmScore(hand)!.converted, 12);
  });
});

describe('IKM in SQL agrees with the reference', () => {
  let db: DuckDBConnector;
  const metrics = registerPublicServiceMetrics(new MetricRegistry());
  metrics.register(ikmMetric({ name: 'ikm_printed', weight: 'printed' }));

  beforeAll(async () => {
    db = createNodeConnector();
    await loadDataset(db, 'ikm_responses');
    await db.registerSource({ name: 'hand', data: hand });
  });
  afterAll(async () => {
    await db.close();
  });

  it('hand-worked example through groupQuery: 91.48 and 90.56', async () => {
    const [row] = await grouped(
      db,
      'hand',
      { measures: { ikm: 'ikm', p: 'ikm_printed' } },
      metrics,
    );
    expect(roundHalfUp(row!['ikm'] as number)).toBe(91.48);
    expect(roundHalfUp(row!['p'] as number)).toBe(90.56);
    expect(row!['ikm']).toBeCloseTo(ikmScore(hand)!.converted, 10);
  });

  it('per unit on the Banjarmasin dataset: IKM, the U1..U9 profile and respondents', async () => {
    const sql = await grouped(
      db,
      'ikm_responses',
      {
        groupBy: ['unit_code'],
        measures: { ikm: 'ikm', n: 'ikm_respondents', ...ikmProfileMeasures() },
        orderBy: [{ key: 'unit_code' }],
      },
      metrics,
    );
    const all = await sqlRows(db, 'SELECT * FROM ikm_responses');
    const reference = groupRows(all, (r) => String(r['unit_code']));
    expect(sql.length).toBe(reference.size);
    expect(sql.length).toBeGreaterThan(10);
    for (const row of sql) {
      const expected = ikmScore(reference.get(String(row['unit_code']))!)!;
      expect(row['ikm']).toBeCloseTo(expected.converted, 9);
      expect(row['n']).toBe(expected.respondents);
      expected.elements.forEach((e) => expect(row[e.code]).toBeCloseTo(e.nrr, 9));
    }
    // The dataset spreads units over categories: more than one appears.
    const categories = new Set(sql.map((r) => ikmCategory(r['ikm'] as number)?.code));
    expect(categories.size).toBeGreaterThan(1);
  });

  it('per unit and semester: groupBy picks the group', async () => {
    const rows = await sqlRows(
      db,
      `SELECT unit_code, year(date) * 10 + (month(date) > 6)::INT + 1 AS semester, * EXCLUDE (unit_code)
       FROM ikm_responses`,
    );
    await db.registerSource({ name: 'ikm_semester', data: rows });
    const sql = await grouped(
      db,
      'ikm_semester',
      { groupBy: ['unit_code', 'semester'], measures: { ikm: 'ikm' } },
      metrics,
    );
    const reference = groupRows(rows, (r) => `${String(r['unit_code'])}|${String(r['semester'])}`);
    expect(sql.length).toBe(reference.size);
    for (const row of sql) {
      const key = `${String(row['unit_code'])}|${String(row['semester'])}`;
      expect(row['ikm']).toBeCloseTo(ikmScore(reference.get(key)!)!.converted, 9);
    }
  });

  it('a group with no respondents is NULL, never 0 or NaN', async () => {
    const [row] = await grouped(
      db,
      'ikm_responses',
      {
        measures: { ikm: 'ikm', u1: 'ikm_nrr_u1' },
        filter: [{ source: 't', column: 'unit_code', predicate: 'eq', value: 'tidak-ada' }],
      },
      metrics,
    );
    expect(row).toEqual({ ikm: null, u1: null });
  });

  it('custom answer columns: a metric factory over Q1..Q9', async () => {
    const answers = IKM_ANSWER_COLUMNS.map((c) => `Q${c.slice(1)}`);
    const renamed = hand.map((row) =>
      Object.fromEntries(IKM_ANSWER_COLUMNS.map((c, i) => [answers[i]!, row[c]])),
    );
    await db.registerSource({ name: 'renamed', data: renamed });
    const own = new MetricRegistry();
    own.register(ikmMetric({ answers }));
    const [row] = await grouped(db, 'renamed', { measures: { ikm: 'ikm' } }, own);
    expect(row!['ikm']).toBeCloseTo(ikmScore(renamed, { answers })!.converted, 10);
    // The default ikm on that table names the missing columns.
    await expectPantauError(
      grouped(db, 'renamed', { measures: { ikm: 'ikm' } }, metrics),
      'UNKNOWN_COLUMN',
    );
  });

  describe('bad answers', () => {
    beforeAll(async () => {
      const rows = hand.slice(0, 20).map((row, i) => ({
        ...row,
        u3: i < 2 ? '5' : String(row['u3']),
        u8: i === 3 ? null : row['u8'],
        u1: i === 4 ? 'tiga' : String(row['u1']),
      }));
      await db.registerSource({ name: 'bad', data: rows });
    });

    it('validateIkmAnswers throws BAD_DATA naming each column and its row count', async () => {
      const error = await expectPantauError(validateIkmAnswers(db, 'bad'), 'BAD_DATA');
      expect(error.details).toEqual({ badRows: { u1: 1, u3: 2, u8: 1 } });
      expect(error.text.en).toContain('column "u3": 2 rows');
      expect(await validateIkmAnswers(db, 'hand')).toEqual({ rows: 250 });
    });

    it('the ikm metric fails the query rather than return a wrong score', async () => {
      const error = await expectPantauError(
        grouped(db, 'bad', { measures: { ikm: 'ikm' } }, metrics),
        'QUERY_FAILED',
      );
      expect(error.message).toContain('IKM');
      expect(error.message).toContain('rows: 4');
    });
  });
});
