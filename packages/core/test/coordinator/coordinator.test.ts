import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Coordinator } from '../../src/coordinator/coordinator.ts';
import { Selection } from '../../src/coordinator/selection.ts';
import type { QueryClient, QueryRequest } from '../../src/coordinator/query-client.ts';
import type { Connector } from '../../src/engine/connector.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import type { PantauError } from '../../src/errors/pantau-error.ts';
import { createNodeConnector } from '../../src/node/index.ts';
import type { QueryResult } from '../../src/results/query-result.ts';
import type { FilterClause } from '../../src/sql/filter.ts';
import type { SqlValue } from '../../src/sql/params.ts';

/** A real DuckDB connector that records the SQL it is sent (a spy, not a mock: it runs it). */
function recording(
  inner: DuckDBConnector,
): Connector & { sent: string[] } & Pick<DuckDBConnector, 'registerSource' | 'describe'> {
  const sent: string[] = [];
  return {
    sent,
    query(sql: string, params?: readonly SqlValue[]): Promise<Uint8Array> {
      sent.push(sql);
      return inner.query(sql, params);
    },
    close: () => inner.close(),
    registerSource: (spec) => inner.registerSource(spec),
    describe: (table) => inner.describe(table),
  };
}

/** The smallest real client: records what it is given. */
class TestClient implements QueryClient {
  results: QueryResult[] = [];
  errors: PantauError[] = [];
  pending = 0;
  constructor(public request: (filter: readonly FilterClause[]) => QueryRequest | null) {}
  query(filter: readonly FilterClause[]) {
    return this.request(filter);
  }
  queryPending() {
    this.pending++;
  }
  queryResult(result: QueryResult) {
    this.results.push(result);
  }
  queryError(error: PantauError) {
    this.errors.push(error);
  }
}

describe('Coordinator', () => {
  let db: DuckDBConnector;
  beforeAll(async () => {
    db = createNodeConnector();
    await db.registerSource({
      name: 'angka',
      data: Array.from({ length: 100 }, (_, i) => ({ i, unit: `U${i % 4}` })),
    });
  });
  afterAll(() => db.close());

  it('sends a query at once: no frame, no timer between the call and the connector', async () => {
    const connector = recording(db);
    const coordinator = new Coordinator(connector);
    const pending = coordinator.query({ sql: 'SELECT 1 AS x' });
    // Synchronously, before any await: the connector already has the SQL.
    expect(connector.sent).toEqual(['SELECT 1 AS x']);
    expect((await pending).rows()).toEqual([{ x: 1 }]);
  });

  it('caches by SQL text and values, and shares a query already in flight', async () => {
    const connector = recording(db);
    const coordinator = new Coordinator(connector);
    const sql = 'SELECT count(*) AS n FROM angka WHERE unit = ?';
    const [a, b] = await Promise.all([
      coordinator.query({ sql, params: ['U1'] }),
      coordinator.query({ sql, params: ['U1'] }),
    ]);
    expect(a).toBe(b);
    expect(a.rows()).toEqual([{ n: 25 }]);
    const c = await coordinator.query({ sql, params: ['U2'] });
    expect(c).not.toBe(a);
    expect(await coordinator.query({ sql, params: ['U1'] })).toBe(a);
    expect(connector.sent.length).toBe(2);
    await coordinator.query({ sql, params: ['U1'] }, { cache: false });
    expect(connector.sent.length).toBe(3);
  });

  it('does not remember failures: the next ask runs again', async () => {
    const connector = recording(db);
    const coordinator = new Coordinator(connector);
    await expect(coordinator.query({ sql: 'SELECT * FROM belum_ada' })).rejects.toMatchObject({
      code: 'SOURCE_NOT_FOUND',
    });
    await db.registerSource({ name: 'belum_ada', data: [{ a: 1 }] });
    expect((await coordinator.query({ sql: 'SELECT * FROM belum_ada' })).rows()).toEqual([
      { a: 1 },
    ]);
  });

  it('latest wins: a client never receives the answer to a request it has replaced', async () => {
    const coordinator = new Coordinator(db);
    let slow = true;
    const client = new TestClient(() =>
      slow
        ? { sql: 'SELECT count(*) AS n, 1 AS which FROM range(3000000) a' }
        : { sql: 'SELECT 2 AS which' },
    );
    coordinator.connect(client);
    const first = coordinator.requestQuery(client);
    slow = false;
    const second = coordinator.requestQuery(client);
    await Promise.all([first, second]);
    expect(client.results.map((r) => r.rows()[0]?.['which'])).toEqual([2]);
    expect(client.pending).toBe(2);
  });

  it("passes the others' clauses to the client and reports errors to it, not to the page", async () => {
    const coordinator = new Coordinator(db);
    const selection = new Selection();
    coordinator.connectSelection(selection);
    const seen: (readonly FilterClause[])[] = [];
    const client = Object.assign(
      new TestClient((filter) => {
        seen.push(filter);
        return { sql: 'SELECT nope FROM angka' };
      }),
      { filterKey: 'me' },
    );
    const filter: FilterClause[] = [{ column: 'unit', predicate: 'eq', value: 'U1' }];
    selection.update('me', [{ column: 'unit', predicate: 'eq', value: 'mine' }]);
    selection.update('other', filter);
    await coordinator.requestQuery(client);
    expect(seen).toEqual([filter]);
    expect(client.errors.map((e) => e.code)).toEqual(['UNKNOWN_COLUMN']);
    expect(client.results).toEqual([]);
  });

  it('a client whose query() throws gets the error; a null query asks nothing', async () => {
    const connector = recording(db);
    const coordinator = new Coordinator(connector);
    const broken = new TestClient(() => {
      throw new Error('bad attribute');
    });
    await coordinator.requestQuery(broken);
    expect(broken.errors[0]?.code).toBe('QUERY_FAILED');
    const idle = new TestClient(() => null);
    await coordinator.requestQuery(idle);
    expect(idle.pending).toBe(0);
    expect(connector.sent).toEqual([]);
  });

  it('registering a source again clears cached results that read the old table', async () => {
    const coordinator = new Coordinator(db);
    await coordinator.registerSource({ name: 'berubah', data: [{ v: 1 }] });
    expect((await coordinator.query({ sql: 'SELECT sum(v) AS s FROM berubah' })).rows()).toEqual([
      { s: 1 },
    ]);
    await coordinator.registerSource({ name: 'berubah', data: [{ v: 5 }] });
    expect((await coordinator.query({ sql: 'SELECT sum(v) AS s FROM berubah' })).rows()).toEqual([
      { s: 5 },
    ]);
  });
});
