// IKM over a survey's own headers (issue 15 item 9): `ikm("U1 Persyaratan", ..., "U9 ...")` and
// `ikm_nrr("U3 ...")` give on a real DuckDB (duckdb-wasm's blocking build) exactly what the bare
// forms give on the same answers under u1..u9, keep the 1..4 answer check, are checked against
// the schema, refuse a wrong count of columns in both languages, and split into the same
// sufficient statistics (a pre-aggregated cube answers them exactly).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { writerOf } from '../../src/engine/engine-access.ts';
import { MetricRegistry } from '../../src/sql/metrics.ts';
import {
  compileMeasure,
  parseMeasure,
  renderExpr,
  sufficientStatistics,
} from '../../src/sql/index.ts';
import {
  IKM_ELEMENTS,
  ikmProfileMeasures,
  registerPublicServiceMetrics,
} from '../../src/metrics/index.ts';
import { checkPantauError } from '../support.ts';
import { grouped, loadDataset } from './helpers.ts';
import { aggregatePlan } from '../../src/plan/builders.ts';
import { renderPlan } from '../../src/plan/duckdb-sql.ts';
import { decodeResult } from '../../src/results/decode-result.ts';

const metrics = registerPublicServiceMetrics(new MetricRegistry());

/** The regulation's element names as a survey export writes them: "U1 Persyaratan", ... */
const HEADERS = IKM_ELEMENTS.map((e) => `${e.code} ${e.label.id}`);
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const IKM_OWN = `ikm(${HEADERS.map(quoted).join(', ')})`;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

let db: DuckDBConnector;

beforeAll(async () => {
  db = createNodeConnector();
  await loadDataset(db, 'ikm_responses');
  const renamed = HEADERS.map((h, i) => `u${i + 1} AS ${quoted(h)}`).join(', ');
  await writerOf(db)!.exec(
    `CREATE TABLE survei AS SELECT unit_code, service, date, ${renamed} FROM ikm_responses`,
  );
});
afterAll(() => db.close());

describe('ikm(...) with the survey headers', () => {
  it('parses the nine quoted headers as the metric call', () => {
    const tree = parseMeasure(IKM_OWN);
    expect(tree).toMatchObject({ kind: 'metric', name: 'ikm', position: 0 });
    if (tree.kind !== 'metric') throw new Error('not a metric');
    expect(tree.args.map((a) => a.kind === 'name' && a.name)).toEqual(HEADERS);
    expect(tree.args.every((a) => a.kind === 'name' && a.quoted)).toBe(true);
  });

  it('gives per unit exactly what the bare ikm gives under u1..u9, NRR included', async () => {
    const nrr = Object.fromEntries(HEADERS.map((h, i) => [`U${i + 1}`, `ikm_nrr(${quoted(h)})`]));
    const own = await grouped(
      db,
      'survei',
      {
        groupBy: ['unit_code'],
        measures: { ikm: IKM_OWN, n: 'ikm_respondents', ...nrr },
        orderBy: [{ key: 'unit_code' }],
      },
      metrics,
    );
    const bare = await grouped(
      db,
      'ikm_responses',
      {
        groupBy: ['unit_code'],
        measures: { ikm: 'ikm', n: 'ikm_respondents', ...ikmProfileMeasures() },
        orderBy: [{ key: 'unit_code' }],
      },
      metrics,
    );
    expect(own.length).toBeGreaterThan(10);
    // The same formula over the same numbers: equal, not close.
    expect(own).toEqual(bare);
  });

  it('names the result by the measure however long the headers make it', async () => {
    // Nine full element names run past 255 characters; a plan names a measure by its text.
    const long = `ikm(${HEADERS.map((h) => quoted(`${h} (jawaban responden, skala 1 sampai 4)`)).join(', ')})`;
    const renamed = HEADERS.map(
      (h) => `${quoted(h)} AS ${quoted(`${h} (jawaban responden, skala 1 sampai 4)`)}`,
    );
    await writerOf(db)!.exec(
      `CREATE TABLE survei_panjang AS SELECT ${renamed.join(', ')} FROM survei`,
    );
    expect(long.length).toBeGreaterThan(255);
    const table = await db.describe('survei_panjang');
    const { sql, params } = renderPlan(
      aggregatePlan({ table: table.table, measures: { [long]: long } }),
      table,
      metrics,
    );
    const [row] = [...decodeResult(await db.query(sql, params)).rows()];
    const [bare] = await grouped(db, 'ikm_responses', { measures: { ikm: 'ikm' } }, metrics);
    expect(row![long]).toBe(bare!['ikm']);
  });

  it('reads bare names, any case, as columns of the table', async () => {
    const [row] = await grouped(
      db,
      'ikm_responses',
      { measures: { a: 'ikm(U1, u2, U3, u4, u5, u6, u7, u8, U9)', b: 'ikm' } },
      metrics,
    );
    expect(row!['a']).toBe(row!['b']);
  });

  it('keeps the 1..4 answer check on the named columns', async () => {
    await writerOf(db)!.exec(
      `CREATE TABLE survei_salah AS SELECT * REPLACE (CASE WHEN unit_code = (SELECT min(unit_code) FROM survei) THEN 5 ELSE ${quoted(HEADERS[3]!)} END AS ${quoted(HEADERS[3]!)}) FROM survei`,
    );
    const failed = await grouped(db, 'survei_salah', { measures: { ikm: IKM_OWN } }, metrics).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String((failed as Error | null)?.message)).toMatch(/IKM: .*1\.\.4/);
    // The NRR of another element does not read the bad column.
    const [row] = await grouped(
      db,
      'survei_salah',
      { measures: { u1: `ikm_nrr(${quoted(HEADERS[0]!)})` } },
      metrics,
    );
    expect(row!['u1']).toBeGreaterThan(1);
  });

  it('checks every header against the schema, with a suggestion', () => {
    const schema = { table: 'survei', columns: HEADERS.map((name) => ({ name, type: 'BIGINT' })) };
    const typo = IKM_OWN.replace('U4 Biaya/Tarif', 'U4 Biaya');
    const error = checkPantauError(
      thrown(() => compileMeasure(typo, schema, metrics)),
      'UNKNOWN_COLUMN',
    );
    expect(error.text.en).toContain('U4 Biaya');
    expect(error.details['expression']).toBe(typo);
  });

  it('refuses a wrong count of columns, in both languages, naming what it needs', () => {
    const schema = { table: 'survei', columns: HEADERS.map((name) => ({ name, type: 'BIGINT' })) };
    const eight = `ikm(${HEADERS.slice(0, 8).map(quoted).join(', ')})`;
    const few = checkPantauError(
      thrown(() => compileMeasure(eight, schema, metrics)),
      'BAD_EXPRESSION',
    );
    expect(few.text.id).toContain('memerlukan 9 kolom');
    expect(few.text.id).toContain('bukan 8');
    expect(few.text.en).toContain('needs 9 columns');
    expect(few.details).toMatchObject({ metric: 'ikm', arguments: 8, expected: 9, position: 0 });
    const two = `ikm_nrr(${quoted(HEADERS[0]!)}, ${quoted(HEADERS[1]!)})`;
    expect(
      checkPantauError(
        thrown(() => compileMeasure(two, schema, metrics)),
        'BAD_EXPRESSION',
      ).text.en,
    ).toContain('needs 1 column as');
    // ikm_nrr means nothing without its column; other metrics take no columns.
    const bare = checkPantauError(
      thrown(() => compileMeasure('ikm_nrr', schema, metrics)),
      'BAD_EXPRESSION',
    );
    expect(bare.text.en).toContain('not 0');
    const sla = checkPantauError(
      thrown(() => compileMeasure(`sla(${quoted(HEADERS[0]!)})`, schema, metrics)),
      'BAD_EXPRESSION',
    );
    expect(sla.text.en).toContain('takes no arguments');
  });

  it('refuses anything but column names as arguments, and commas elsewhere', () => {
    for (const [text, words] of [
      ['ikm(sum(u1))', 'must be column names'],
      ['ikm(1, 2)', 'must be column names'],
      ['sum(u1, u2)', 'takes one argument'],
      ['u1, u2', 'a comma only separates'],
      ['ikm(u1,', 'ends too early'],
    ] as const) {
      const error = checkPantauError(
        thrown(() => parseMeasure(text)),
        'BAD_EXPRESSION',
      );
      expect(error.text.en, text).toContain(words);
    }
    // Unknown names are the registry's: the closest metric is suggested.
    const unknown = checkPantauError(
      thrown(() => compileMeasure('ikmm(u1)', { table: 't', columns: [] }, metrics)),
      'BAD_EXPRESSION',
    );
    expect(unknown.text.en).toContain('Did you mean "ikm"?');
    // A metric is an aggregate already.
    const nested = checkPantauError(
      thrown(() => compileMeasure(`sum(${IKM_OWN})`, { table: 't', columns: [] }, metrics)),
      'BAD_EXPRESSION',
    );
    expect(nested.text.en).toContain('already an aggregate');
  });

  it('splits into the same sufficient statistics as the bare form', () => {
    const own = { table: 'survei', columns: HEADERS.map((name) => ({ name, type: 'BIGINT' })) };
    const plain = {
      table: 't',
      columns: IKM_ELEMENTS.map((e) => ({ name: e.code.toLowerCase(), type: 'BIGINT' })),
    };
    const parts = (measure: string, schema: typeof own) =>
      sufficientStatistics(compileMeasure(measure, schema, metrics).expr)!.parts.map((p) =>
        renderExpr(p),
      );
    const named = parts(IKM_OWN, own);
    const bare = parts('ikm', plain);
    expect(named).toEqual(
      bare.map((p) => p.replace(/"u(\d)"/g, (_, d) => quoted(HEADERS[Number(d) - 1]!))),
    );
  });
});
