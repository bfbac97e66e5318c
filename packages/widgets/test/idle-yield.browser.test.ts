/**
 * Idle cube builds yield to the reader (issue 17 item 5), in real Chromium with real duckdb-wasm.
 * The threshold is lowered so the committed 20,000-row applications table gets cubes; the idle
 * pass then builds one cube per widget, one step each. An interaction begun as the first cube's
 * step finishes is answered before any of the remaining steps completes: the order of completion
 * events is asserted, never wall-clock time. DuckDB's worker answers in the order it is asked, so
 * what the steps must not do is start between the interaction's round trips.
 */

import { afterEach, expect, it } from 'vitest';
import type { CubeInfo } from '@pantau/core';
import '../src/define.ts';
import type { PantauDashboard } from '../src/index.ts';
import { mount, settled, unmountAll } from './support/mount.ts';

const APPS = '/datasets/banjarmasin/applications.parquet';
const IKM = '/datasets/banjarmasin/ikm_responses.parquet';

afterEach(unmountAll);

it('answers a question asked during idle builds before the remaining build steps', async () => {
  const host = mount(`<pantau-dashboard id="yield">
  <pantau-source name="apps" src="${APPS}"></pantau-source>
  <pantau-source name="ikm_r" src="${IKM}"></pantau-source>
  <pantau-bar-chart id="units" source="apps" x="unit_code" y="avg(sla_days)" title="SLA"></pantau-bar-chart>
  <pantau-donut id="status" source="apps" category="status" title="Status"></pantau-donut>
  <pantau-bar-chart id="channels" source="apps" x="channel" y="count(*)" title="Kanal"></pantau-bar-chart>
  <pantau-line-chart id="months" source="apps" x="submitted_at" interval="month" y="count(*)" title="Per bulan"></pantau-line-chart>
</pantau-dashboard>`);
  const dashboard = host.querySelector<PantauDashboard>('#yield')!;
  const pre = dashboard.coordinator.preAggregator;
  // Before any build can run: builds wait for every widget's first answer.
  pre.options.minRows = 1_000;
  const order: string[] = [];
  let question: Promise<unknown> | null = null;
  const firstBuild = new Promise<void>((resolve) => {
    pre.addEventListener('build', (event) => {
      order.push(`build ${(event as CustomEvent<CubeInfo>).detail.name}`);
      if (question !== null) return;
      // An interaction of two round trips (a brush's next move asked as its first is answered):
      // between them the worker would otherwise start the next build step.
      const ask = (column: string) =>
        dashboard.coordinator.query({ table: 'ikm_r', groups: [{ column }] }, { cache: false });
      question = ask('gender')
        .then(() => ask('education'))
        .then(() => order.push('question'));
      resolve();
    });
  });
  await settled(dashboard);
  await firstBuild;
  await question;
  await pre.settled();
  const asked = order.indexOf('question');
  // The question came after the first build and before every later one, and later ones ran.
  expect(asked, order.join(', ')).toBe(1);
  expect(order.length, order.join(', ')).toBeGreaterThan(2);
  expect(pre.cubes.length).toBeGreaterThan(2);
});
