// The README's recipe: IKM per unit from the Banjarmasin survey, as a plan, on a real DuckDB in Node.
// Run from the repository root after `npm run build`: node packages/core/examples/ikm-per-unit.mjs
import { aggregatePlan, decodeResult, renderPlan } from '@pantau/core';
import { createNodeConnector } from '@pantau/core/node';
import { readFile } from 'node:fs/promises';

const db = createNodeConnector();
const bytes = new Uint8Array(
  await readFile(new URL('../../../datasets/banjarmasin/ikm_responses.parquet', import.meta.url)),
);
await db.registerSource({ name: 'ikm', data: bytes, format: 'parquet' });
const schema = await db.describe('ikm');
const plan = aggregatePlan({
  table: 'ikm',
  groups: ['unit_code'],
  measures: { ikm: 'ikm', responden: 'count(*)' },
  order: [{ key: 'ikm', desc: true }],
  limit: 3,
});
const { sql, params } = renderPlan(plan, schema);
console.log(JSON.stringify(plan)); // plain data: what a server receives
console.log(sql);
for (const row of decodeResult(await db.query(sql, params)).rows()) console.log(row);
await db.close();
