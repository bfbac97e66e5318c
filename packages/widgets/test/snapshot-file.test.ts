import { describe, expect, it } from 'vitest';
import { plainResult, type QueryResult } from '@pantau/core';
import {
  checkSnapshotFile,
  decodeAnswer,
  encodeAnswer,
  sameAnswer,
} from '../src/snapshot/snapshot-file.ts';
import { snapshotKey } from '../src/base/query-controller.ts';
import { aggregatePlan, type QueryPlan } from '@pantau/core';

const plan = (filter: QueryPlan['filter'] = []): QueryPlan =>
  aggregatePlan({ table: 'engine_apps', groups: ['unit'], measures: { n: 'count(*)' }, filter });

function result(columns: QueryResult['columns']): QueryResult {
  const names = Object.keys(columns);
  return {
    names,
    types: Object.fromEntries(names.map((n) => [n, 'Utf8'])),
    columns,
    numRows: columns[names[0]!]?.length ?? 0,
    rows: () => [],
  };
}

describe('the snapshot file', () => {
  it('keeps dates, bigints, NaN, infinities, nulls, lists and structs through JSON', () => {
    const live = result({
      month: [new Date('2024-03-01T00:00:00Z'), null],
      n: [Number.NaN, Number.POSITIVE_INFINITY],
      total: [9007199254740993n, -170141183460469231731687303715884105727n],
      text: ['{"$date":1}', 'Banjarmasin'],
      list: [[1, new Date(0)], []],
      struct: [{ $date: 5, a: new Date(86_400_000) }, null],
    });
    const saved = encodeAnswer('apps', plan(), live);
    const back = decodeAnswer(JSON.parse(JSON.stringify(saved)), plainResult);
    expect(back.columns).toEqual(live.columns);
    expect(back.numRows).toBe(2);
    expect(back.rows()[0]?.['month']).toEqual(new Date('2024-03-01T00:00:00Z'));
    expect(sameAnswer(back, live)).toBe(true);
  });

  it('answers differ by any value, a date’s instant, the order of rows or of columns', () => {
    const a = result({ unit: ['A', 'B'], n: [1, 2] });
    expect(sameAnswer(a, result({ unit: ['A', 'B'], n: [1, 3] }))).toBe(false);
    expect(sameAnswer(a, result({ unit: ['B', 'A'], n: [2, 1] }))).toBe(false);
    expect(sameAnswer(a, result({ n: [1, 2], unit: ['A', 'B'] }))).toBe(false);
    expect(sameAnswer(result({ d: [new Date(0)] }), result({ d: [new Date(1)] }))).toBe(false);
  });

  it('finds an answer by its source and exact plan (dates as JSON writes them), not the engine table', () => {
    const day = [
      { column: 'month', predicate: 'gte' as const, value: new Date('2024-01-01T00:00:00Z') },
    ];
    const saved = JSON.parse(JSON.stringify(encodeAnswer('apps', plan(day), result({ d: ['x'] }))));
    expect(snapshotKey(saved.source, saved.plan)).toBe(snapshotKey('Apps', plan(day)));
    // Another dashboard's engine name for the same source finds it too.
    expect(snapshotKey('apps', { ...plan(day), table: 'other' })).toBe(
      snapshotKey('apps', plan(day)),
    );
    const later = [{ column: 'month', predicate: 'gte' as const, value: '2024-01-02' }];
    expect(snapshotKey('apps', plan(later))).not.toBe(snapshotKey('apps', plan(day)));
    expect(snapshotKey('other', plan(day))).not.toBe(snapshotKey('apps', plan(day)));
  });

  it('refuses files that are not a snapshot, of another version, or malformed, saying why', () => {
    const good = {
      format: 'pantau-snapshot',
      version: 2,
      takenAt: '2026-11-28T05:00:00.000Z',
      sources: { apps: { table: 'apps', columns: [{ name: 'unit', type: 'VARCHAR' }] } },
      answers: [],
    };
    expect(checkSnapshotFile(good)).toBe(good);
    expect(() => checkSnapshotFile([])).toThrow(/not a pantau-snapshot file/);
    expect(() => checkSnapshotFile({ ...good, version: 1 })).toThrow(/version 1/);
    expect(() => checkSnapshotFile({ ...good, takenAt: 'kemarin' })).toThrow(/takenAt/);
    expect(() => checkSnapshotFile({ ...good, sources: { apps: {} } })).toThrow(/schema of apps/);
    expect(() => checkSnapshotFile({ ...good, answers: [{ sql: 1 }] })).toThrow(/answer/);
    expect(() =>
      decodeAnswer(
        { ...encodeAnswer('a', plan(), result({ x: [1] })), columns: { x: [{ evil: 1 }] } },
        plainResult,
      ),
    ).toThrow(/tag/);
  });
});
