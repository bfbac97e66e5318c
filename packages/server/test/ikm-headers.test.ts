// IKM over a survey's own headers on the server (issue 15 item 9): a CSV whose answer columns are
// "U1 Persyaratan" .. "U9 Sarana dan Prasarana" answers `ikm("U1 Persyaratan", ...)` and
// `ikm_nrr("U3 ...")` on the server's native DuckDB exactly as the page's engine answers the bare
// `ikm` over u1..u9; the server checks the columns against its catalogue and refuses a wrong count.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IKM_ELEMENTS,
  aggregatePlan,
  decodeResult,
  renderPlan,
  type DuckDBConnector,
  type Row,
} from '@pantau/core';
import { createNodeConnector } from '@pantau/core/node';
import type { PantauServer } from '../src/index.ts';
import { DATASETS, ask, dataFolder, errorOf, removeFolder, resultOf, serve } from './support.ts';

const HEADERS = IKM_ELEMENTS.map((e) => `${e.code} ${e.label.id}`);
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const csvField = (name: string) => (/[",]/.test(name) ? quoted(name) : name);

let dir: string;
let server: PantauServer;
let page: DuckDBConnector;

beforeAll(async () => {
  const text = await readFile(path.join(DATASETS, 'ikm_responses.csv'), 'utf8');
  const [header, ...lines] = text.split('\n');
  const renamed = header!
    .split(',')
    .map((name) => (/^u\d$/.test(name) ? csvField(HEADERS[Number(name[1]) - 1]!) : name))
    .join(',');
  dir = await dataFolder([]);
  await writeFile(path.join(dir, 'ikm_survei.csv'), [renamed, ...lines].join('\n'));
  server = await serve({ data: dir });
  page = createNodeConnector();
  await page.registerSource({
    name: 'ikm_responses',
    data: new Uint8Array(Buffer.from(text)),
    format: 'csv',
  });
});

afterAll(async () => {
  await server?.close();
  page?.close();
  await removeFolder(dir);
});

describe('ikm(...) with the survey headers, through the server', () => {
  it('answers as the bare ikm does on u1..u9 in the page', async () => {
    const own = aggregatePlan({
      table: 'ikm_survei',
      groups: ['unit_code'],
      measures: {
        ikm: `ikm(${HEADERS.map(quoted).join(', ')})`,
        u3: `ikm_nrr(${quoted(HEADERS[2]!)})`,
        n: 'ikm_respondents',
      },
      order: [{ key: 'unit_code' }],
    });
    const answer = await ask(server, [{ id: 'own', plan: own }]);
    expect(answer.status).toBe(200);
    const served = [...resultOf(answer, 'own').rows()];
    const bare = aggregatePlan({
      table: 'ikm_responses',
      groups: ['unit_code'],
      measures: { ikm: 'ikm', u3: 'ikm_nrr_u3', n: 'ikm_respondents' },
      order: [{ key: 'unit_code' }],
    });
    const { sql, params } = renderPlan(bare, await page.describe('ikm_responses'));
    const onPage: Row[] = [...decodeResult(await page.query(sql, params)).rows()];
    expect(served.length).toBeGreaterThan(10);
    expect(served.map((r) => r['unit_code'])).toEqual(onPage.map((r) => r['unit_code']));
    served.forEach((row, i) => {
      expect(row['n']).toBe(onPage[i]!['n']);
      // Two engines (native and wasm) may sum doubles in another order.
      expect(row['ikm'] as number).toBeCloseTo(onPage[i]!['ikm'] as number, 9);
      expect(row['u3'] as number).toBeCloseTo(onPage[i]!['u3'] as number, 9);
    });
  });

  it("checks the headers against its catalogue and the count against the metric's", async () => {
    const plan = (ikm: string) => aggregatePlan({ table: 'ikm_survei', measures: { ikm } });
    const answer = await ask(server, [
      {
        id: 'typo',
        plan: plan(`ikm(${HEADERS.map(quoted).join(', ').replace('U4 Biaya', 'U4 Bea')})`),
      },
      { id: 'eight', plan: plan(`ikm(${HEADERS.slice(1).map(quoted).join(', ')})`) },
    ]);
    const typo = errorOf(answer, 'typo');
    expect(typo.code).toBe('UNKNOWN_COLUMN');
    expect(typo.text.en).toContain('U4 Bea');
    const eight = errorOf(answer, 'eight');
    expect(eight.code).toBe('BAD_EXPRESSION');
    expect(eight.text.id).toContain('memerlukan 9 kolom');
    expect(eight.text.en).toContain('needs 9 columns');
  });

  it('refuses a metric node whose arguments are not column names', async () => {
    const plan = aggregatePlan({ table: 'ikm_survei', measures: { ikm: 'ikm' } });
    plan.measures![0]!.measure = {
      kind: 'metric',
      name: 'ikm',
      args: [{ kind: 'number', text: '1', position: 4 }],
      position: 0,
    };
    const answer = await ask(server, [{ id: 'bad', plan }]);
    expect(answer.status).toBe(400);
    expect(answer.json?.message.en).toContain('is not a column name');
  });
});
