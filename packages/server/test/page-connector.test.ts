// The page's side of the wire, run in Node against a real server: core's Coordinator on
// remoteConnector(url) sends an interaction's plans as one request, aborts a request every answer
// of which a newer interaction superseded, and turns a silent server into a bilingual error.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Coordinator,
  PantauError,
  Selection,
  aggregatePlan,
  remoteConnector,
  type FilterClause,
  type QueryClient,
  type QueryResult,
  type RemoteConnection,
} from '@pantau/core';
import type { PantauServer } from '../src/index.ts';
import { ask, dataFolder, removeFolder, resultOf, serve } from './support.ts';

let dir: string;
let server: PantauServer;

beforeAll(async () => {
  dir = await dataFolder(['service_performance.parquet']);
  server = await serve({ data: dir });
});

afterAll(async () => {
  await server?.close();
  await removeFolder(dir);
});

/** A widget stand-in: one grouped sum under the filter the coordinator gives it. */
function widget(column: string, owner: string) {
  const answers: QueryResult[] = [];
  const errors: PantauError[] = [];
  /** Waiting for the nth answer: resolved as it arrives. */
  const waiting = new Map<number, () => void>();
  const client: QueryClient = {
    filterKey: owner,
    query: (filter: readonly FilterClause[]) =>
      aggregatePlan({
        table: 'service_performance',
        groups: [column],
        measures: { total: 'sum(received)' },
        filter,
        order: [{ key: column }],
      }),
    queryResult: (result) => {
      answers.push(result);
      waiting.get(answers.length)?.();
    },
    queryError: (error) => errors.push(error),
  };
  /** Resolves once the widget has had `n` answers (the coordinator's delivery, not a clock). */
  const answered = (n: number): Promise<void> =>
    answers.length >= n ? Promise.resolve() : new Promise((resolve) => waiting.set(n, resolve));
  return { client, answers, errors, answered };
}

/** The real connector, with each request's abort signal kept for the test to look at. */
function watched(connection: RemoteConnection) {
  const signals: AbortSignal[] = [];
  const sizes: number[] = [];
  const connector: RemoteConnection = {
    ...connection,
    answerPlans: (plans, signal) => {
      signals.push(signal!);
      sizes.push(plans.length);
      return connection.answerPlans(plans, signal);
    },
  };
  return { connector, signals, sizes };
}

describe('the page connector to a Pantau server', () => {
  it('sends one interaction as one request, and aborts the request a newer one superseded', async () => {
    const { connector, signals, sizes } = watched(remoteConnector(server.url));
    const coordinator = new Coordinator(connector);
    const selection = new Selection();
    coordinator.connectSelection(selection);
    const units = widget('unit_code', 'units');
    const services = widget('service', 'services');
    coordinator.connect(units.client);
    coordinator.connect(services.client);
    await coordinator.update([units.client, services.client]);
    expect(sizes).toEqual([2]);

    // Two choices in a row, the second before the first is answered: one request each, the first
    // aborted (nobody waits for its answers), and the widgets get the second's figures.
    selection.update('chooser', [{ column: 'unit_code', predicate: 'eq', value: 'dinkes' }]);
    selection.update('chooser', [{ column: 'unit_code', predicate: 'eq', value: 'disdukcapil' }]);
    await coordinator.update([]); // nothing new: lets the pending deliveries settle below
    await services.answered(2);
    expect(services.answers).toHaveLength(2);
    expect(sizes).toEqual([2, 2, 2]);
    expect(signals[1]!.aborted).toBe(true);
    expect(signals[2]!.aborted).toBe(false);
    expect(services.errors).toEqual([]);

    const direct = await ask(server, [
      {
        id: 'x',
        plan: services.client.query([
          { column: 'unit_code', predicate: 'eq', value: 'disdukcapil' },
        ]) as never,
      },
    ]);
    expect([...services.answers.at(-1)!.rows()]).toEqual([...resultOf(direct, 'x').rows()]);
  });

  it('refuses SQL text: a server answers plans only', async () => {
    const coordinator = new Coordinator(remoteConnector(server.url));
    await expect(coordinator.query({ sql: 'SELECT 1' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('names an unknown table, and lists the known ones with their columns', async () => {
    const connector = remoteConnector(server.url);
    await expect(connector.describe('nope')).rejects.toMatchObject({ code: 'UNKNOWN_TABLE' });
    const schema = await connector.describe('service_performance');
    expect(schema.columns.map((c) => c.name)).toContain('unit_code');
  });

  it('a server that accepts but never answers is SERVER_UNREACHABLE after the timeout', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const connector = remoteConnector(`http://127.0.0.1:${port}/`, { timeoutMs: 300 });
      const error = await connector.answerPlans([{ table: 'service_performance' }]).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PantauError);
      expect((error as PantauError).code).toBe('SERVER_UNREACHABLE');
      expect((error as PantauError).text.en).toContain('did not answer within 0.3 seconds');
      expect((error as PantauError).text.id).toContain('tidak menjawab dalam 0.3 detik');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('a closed port is SERVER_UNREACHABLE at once', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    const connector = remoteConnector(`http://127.0.0.1:${port}/`);
    await expect(connector.describe('x')).rejects.toMatchObject({ code: 'SERVER_UNREACHABLE' });
  });
});
