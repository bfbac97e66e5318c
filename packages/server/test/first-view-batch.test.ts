// The first view in one request (issue 14), the page's side run in Node against a real server:
// at load every widget asks on its own once its table's schema is in, all in one task; the
// remote connector gathers those asks (and a lookup's) into one POST, answers each with its own
// figures, equal to each plan sent alone, and a plan the server refuses whole fails only its asker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Coordinator,
  PantauError,
  aggregatePlan,
  remoteConnector,
  type QueryClient,
  type QueryPlan,
  type QueryResult,
  type Row,
} from '@pantau/core';
import type { PantauServer } from '../src/index.ts';
import { ask, dataFolder, removeFolder, resultOf, serve } from './support.ts';

let dir: string;
let server: PantauServer;
/** Each POST the server received, refused or not. */
let posts = 0;

beforeAll(async () => {
  dir = await dataFolder(['service_performance.parquet', 'units.parquet']);
  server = await serve({ data: dir });
  server.app.server.on('request', (request: { method?: string }) => {
    if (request.method === 'POST') posts++;
  });
});

afterAll(async () => {
  await server?.close();
  await removeFolder(dir);
});

const total = (column: string): QueryPlan =>
  aggregatePlan({
    table: 'service_performance',
    groups: [column],
    measures: { total: 'sum(received)' },
    order: [{ key: column }],
  });

/** A widget stand-in asking `plan` once, as a widget does at load. */
function widget(plan: QueryPlan) {
  let settle!: (outcome: QueryResult | PantauError) => void;
  const outcome = new Promise<QueryResult | PantauError>((resolve) => (settle = resolve));
  const client: QueryClient = {
    filterKey: null,
    query: () => plan,
    queryResult: (result) => settle(result),
    queryError: (error) => settle(error),
  };
  return { client, plan, outcome };
}

const rowsOf = (outcome: QueryResult | PantauError): Row[] => {
  if (outcome instanceof PantauError) throw new Error(`${outcome.code} ${outcome.text.en}`);
  return [...outcome.rows()];
};

async function alone(plan: QueryPlan): Promise<Row[]> {
  return [...resultOf(await ask(server, [{ id: 'p', plan }]), 'p').rows()];
}

/** At load: the schemas arrive together, then every widget asks for its first view. */
async function load(coordinator: Coordinator, widgets: ReturnType<typeof widget>[]) {
  const schema = coordinator.describe('service_performance');
  for (const w of widgets) coordinator.connect(w.client);
  await schema;
  const before = posts;
  await Promise.all(widgets.map((w) => coordinator.requestQuery(w.client)));
  return posts - before;
}

describe('the first view of a server dashboard', () => {
  it('is one request: every widget’s plan and a lookup’s, each answered as if sent alone', async () => {
    const coordinator = new Coordinator(remoteConnector(server.url));
    const widgets = ['unit_code', 'service', 'month'].map((c) => widget(total(c)));
    const kpi = widget(
      aggregatePlan({ table: 'service_performance', measures: { n: 'count(*)' } }),
    );
    const lookup = aggregatePlan({ table: 'units', measures: { n: 'count(*)' } });
    const all = [...widgets, kpi];
    const [sent] = await Promise.all([
      load(coordinator, all),
      // A lookup's key check asks in the same task as the widgets.
      coordinator.query(lookup, { cache: false }),
    ]);
    expect(sent).toBe(1);
    for (const w of all) expect(rowsOf(await w.outcome)).toEqual(await alone(w.plan));
    expect(rowsOf(await coordinator.query(lookup))).toEqual(await alone(lookup));
  });

  it('waits for a widget that asks a task later (its chart’s code loading): still one request', async () => {
    const coordinator = new Coordinator(remoteConnector(server.url));
    const early = ['unit_code', 'service'].map((c) => widget(total(c)));
    const late = widget(total('month'));
    const schema = coordinator.describe('service_performance');
    for (const w of [...early, late]) coordinator.connect(w.client);
    await schema;
    const before = posts;
    const asked = early.map((w) => coordinator.requestQuery(w.client));
    // Later tasks: the early asks' own task has passed, and they are still held.
    for (let task = 0; task < 3; task++) await new Promise((resolve) => setImmediate(resolve));
    expect(posts - before).toBe(0);
    await Promise.all([...asked, coordinator.requestQuery(late.client)]);
    expect(posts - before).toBe(1);
    for (const w of [...early, late]) expect(rowsOf(await w.outcome)).toEqual(await alone(w.plan));
  });

  it('does not wait past the hold for a widget that never asks (its table failed)', async () => {
    const coordinator = new Coordinator(remoteConnector(server.url));
    const asking = widget(total('unit_code'));
    const silent = widget(total('service'));
    for (const w of [asking, silent]) coordinator.connect(w.client);
    await coordinator.describe('service_performance');
    const before = posts;
    await coordinator.requestQuery(asking.client);
    expect(posts - before).toBe(1);
    expect(rowsOf(await asking.outcome)).toEqual(await alone(asking.plan));
  });

  it('a plan the server refuses whole fails only its widget; the others are answered', async () => {
    const coordinator = new Coordinator(remoteConnector(server.url));
    const good = ['unit_code', 'service'].map((c) => widget(total(c)));
    // Not a plan the page builds: a measure outside the grammar, refused with the whole body.
    const hostile = widget({
      table: 'service_performance',
      measures: [{ as: 'n', measure: { kind: 'sql', text: 'SELECT 1' } }],
    } as unknown as QueryPlan);
    const sent = await load(coordinator, [good[0]!, hostile, good[1]!]);
    // Refused together, then sent again one request per widget.
    expect(sent).toBe(4);
    const refused = await hostile.outcome;
    expect(refused).toBeInstanceOf(PantauError);
    expect((refused as PantauError).code).toBe('BAD_REQUEST');
    for (const w of good) expect(rowsOf(await w.outcome)).toEqual(await alone(w.plan));
  });
});
