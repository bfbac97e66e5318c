import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/node/index.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { MetricRegistry } from '../../src/sql/metrics.ts';
import {
  backlog,
  cumulativeBacklog,
  meanDaysToRespond,
  medianDays,
  onlineShare,
  onTimeRate,
  registerPublicServiceMetrics,
  resolutionRate,
} from '../../src/metrics/index.ts';
import { grouped, groupRows, loadDataset, sqlRows } from './helpers.ts';

const metrics = registerPublicServiceMetrics(new MetricRegistry());

describe('service measures: hand-worked', () => {
  const months = [
    { received: 10, completed: 8, completed_on_time: 6, rejected: 1, online_share: 0.5 },
    { received: 20, completed: 20, completed_on_time: null, rejected: 0, online_share: 0.25 },
    { received: 5, completed: 2, completed_on_time: 2, rejected: 0, online_share: null },
  ];

  it('on-time rate skips rows that did not report on-time (not reported is not zero)', () => {
    // (6 + 2) / (8 + 2), not 8 / 30.
    expect(onTimeRate(months)).toBe(0.8);
    expect(onlineShare(months)).toBeCloseTo((0.5 * 10 + 0.25 * 20) / 30, 12);
    expect(backlog(months)).toBe(1 + 0 + 3);
    expect(cumulativeBacklog([1, 0, 3, null, 2])).toEqual([1, 1, 4, null, null]);
  });

  it('empty input and unreported columns give null, never 0 or NaN', () => {
    expect(onTimeRate([])).toBeNull();
    expect(onTimeRate([{ completed: 5, completed_on_time: null }])).toBeNull();
    expect(onTimeRate([{ completed: 0, completed_on_time: 0 }])).toBeNull();
    expect(backlog([])).toBeNull();
    expect(medianDays([])).toBeNull();
    expect(resolutionRate([])).toBeNull();
    expect(meanDaysToRespond([{ days_to_respond: null }])).toBeNull();
  });

  it('medians of an even count average the middle two', () => {
    const day = (d: number) => new Date(Date.UTC(2024, 0, 1 + d));
    const apps = [1, 3, 2, 10].map((d) => ({
      submitted_at: day(0),
      completed_at: day(d),
      status: 'selesai',
    }));
    apps.push({ submitted_at: day(0), completed_at: day(99), status: 'ditolak' });
    expect(medianDays(apps)).toBe(2.5);
  });

  it('non-numeric cells are BAD_DATA naming the column', () => {
    expect(() => onTimeRate([{ completed: 'sepuluh', completed_on_time: 1 }])).toThrow(
      /Column "completed"/,
    );
  });

  it('SQL agrees on the hand-worked rows, including NULL for an empty group', async () => {
    const db = createNodeConnector();
    await db.registerSource({ name: 'm', data: months });
    const [row] = await grouped(
      db,
      'm',
      { measures: { sla: 'sla', online: 'online_share', backlog: 'backlog' } },
      metrics,
    );
    expect(row).toEqual({ sla: 0.8, online: onlineShare(months), backlog: 4 });
    const [empty] = await grouped(
      db,
      'm',
      {
        measures: { sla: 'sla', backlog: 'backlog' },
        filter: [{ source: 't', column: 'received', predicate: 'gt', value: 1000 }],
      },
      metrics,
    );
    expect(empty).toEqual({ sla: null, backlog: null });
    await db.close();
  });
});

describe('service measures: SQL vs reference on the Banjarmasin data', () => {
  let db: DuckDBConnector;
  beforeAll(async () => {
    db = createNodeConnector();
    await Promise.all(
      ['service_performance', 'applications', 'complaints'].map((t) => loadDataset(db, t)),
    );
  });
  afterAll(async () => {
    await db.close();
  });

  it('service_performance per unit: on_time_rate (sla), online_share, backlog', async () => {
    const sql = await grouped(
      db,
      'service_performance',
      {
        groupBy: ['unit_code'],
        measures: {
          on_time: 'on_time_rate',
          sla: 'sla',
          online: 'online_share',
          backlog: 'backlog',
        },
      },
      metrics,
    );
    const ref = groupRows(await sqlRows(db, 'SELECT * FROM service_performance'), (r) =>
      String(r['unit_code']),
    );
    expect(sql.length).toBe(ref.size);
    for (const row of sql) {
      const rows = ref.get(String(row['unit_code']))!;
      const expected = onTimeRate(rows);
      expect(row['on_time']).toBe(row['sla']);
      if (expected === null) expect(row['on_time']).toBeNull();
      else expect(row['on_time']).toBeCloseTo(expected, 12);
      expect(row['online']).toBeCloseTo(onlineShare(rows)!, 12);
      expect(row['backlog']).toBe(backlog(rows));
    }
  });

  it('per month: backlog by groupBy month, cumulated in period order', async () => {
    const sql = await grouped(
      db,
      'service_performance',
      { groupBy: ['month'], measures: { backlog: 'backlog' }, orderBy: [{ key: 'month' }] },
      metrics,
    );
    const cumulative = cumulativeBacklog(sql.map((r) => r['backlog'] as number));
    expect(cumulative.at(-1)).toBe(backlog(await sqlRows(db, 'SELECT * FROM service_performance')));
  });

  it('applications per unit: median_days', async () => {
    const sql = await grouped(
      db,
      'applications',
      { groupBy: ['unit_code'], measures: { median: 'median_days' } },
      metrics,
    );
    const ref = groupRows(await sqlRows(db, 'SELECT * FROM applications'), (r) =>
      String(r['unit_code']),
    );
    for (const row of sql) {
      const expected = medianDays(ref.get(String(row['unit_code']))!);
      if (expected === null) expect(row['median']).toBeNull();
      else expect(row['median']).toBeCloseTo(expected, 6);
    }
  });

  it('complaints per unit: resolution_rate and mean_days_to_respond', async () => {
    const sql = await grouped(
      db,
      'complaints',
      {
        groupBy: ['unit_code'],
        measures: { resolved: 'resolution_rate', respond: 'mean_days_to_respond' },
      },
      metrics,
    );
    const ref = groupRows(await sqlRows(db, 'SELECT * FROM complaints'), (r) =>
      String(r['unit_code']),
    );
    for (const row of sql) {
      const rows = ref.get(String(row['unit_code']))!;
      expect(row['resolved']).toBeCloseTo(resolutionRate(rows)!, 12);
      const respond = meanDaysToRespond(rows);
      if (respond === null) expect(row['respond']).toBeNull();
      else expect(row['respond']).toBeCloseTo(respond, 9);
    }
  });
});
