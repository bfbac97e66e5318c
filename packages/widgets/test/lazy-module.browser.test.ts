/**
 * An element's module (its query builders and drawing code) arrives after its table: the query
 * waits for it, is built with the attributes current when it lands (latest wins, nothing queued),
 * and a module that cannot be fetched is that widget's bilingual error only, without a retry loop
 * (it is tried again when the widget's table changes).
 */

import { afterEach, describe, expect, it } from 'vitest';
import { aggregatePlan, type FilterClause, type TableSchema } from '@pantau/core';
import '../src/define.ts';
import './support/list-element.ts';
import type { PantauDashboard, PantauSource } from '../src/index.ts';
import { lazyModule, type LazyModule } from '../src/base/lazy-module.ts';
import { TestList } from './support/list-element.ts';
import { mount, oracle, unmountAll } from './support/mount.ts';

const SOURCE = '<pantau-source name="layanan" src="/test/fixtures/layanan.csv"></pantau-source>';

interface Module {
  query(
    y: string,
    table: TableSchema,
    filter: readonly FilterClause[],
  ): ReturnType<typeof aggregatePlan>;
}

const module: Module = {
  query: (y, table, filter) =>
    aggregatePlan({
      table: table.table,
      groups: ['unit'],
      measures: { value: y },
      filter,
      order: [{ key: 'value', desc: true }],
    }),
};

/** A TestList whose query builder comes from `lazy`, under a tag of its own. */
function defineHeld(tag: string, lazy: LazyModule<Module>): void {
  class Held extends TestList {
    protected override get renderer() {
      return lazy as never;
    }

    protected override chartQuery(
      table: TableSchema,
      filter: readonly FilterClause[],
      loaded?: unknown,
    ) {
      return (loaded as Module).query(this.y, table, filter);
    }
  }
  customElements.define(tag, Held);
}

async function sourceReady(host: ParentNode): Promise<void> {
  const source = host.querySelector<PantauSource>('pantau-source')!;
  expect(await source.ready).not.toBeNull();
}

describe("an element's module loaded on demand", () => {
  afterEach(unmountAll);

  it('waits for its module, then queries with the attributes current when it lands', async () => {
    let release!: () => void;
    let loads = 0;
    const held = new Promise<void>((resolve) => (release = resolve));
    defineHeld(
      'pantau-test-held',
      lazyModule(async () => {
        loads++;
        await held;
        return module;
      }),
    );
    const host = mount(`<pantau-dashboard>${SOURCE}
      <pantau-test-held source="layanan" x="unit" y="sum(diterima)"></pantau-test-held>
    </pantau-dashboard>`);
    const el = host.querySelector<TestList>('pantau-test-held')!;
    await sourceReady(host);
    // The table is there and its schema known (the element's own describe shares this cached
    // promise), and the element has updated since; the module is not there: no query, loading.
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    await dashboard.coordinator.describe('layanan');
    await el.updateComplete;
    expect(el.status).toBe('loading');
    expect(el.data).toEqual([]);
    // Attributes change while waiting: only the latest is asked for.
    el.y = 'sum(selesai)';
    await el.updateComplete;
    el.y = 'max(rerata_hari)';
    await el.updateComplete;
    release();
    expect(await el.ready).toBe('ready');
    expect(el.data).toEqual(
      await oracle(
        host,
        'SELECT unit, max(rerata_hari)::DOUBLE AS value FROM layanan GROUP BY 1 ORDER BY 2 DESC',
      ),
    );
    expect(loads).toBe(1);
  });

  it("a module that cannot be fetched is that widget's bilingual error, with no retry loop", async () => {
    let loads = 0;
    defineHeld(
      'pantau-test-broken',
      lazyModule(() => {
        loads++;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }),
    );
    const host = mount(`<pantau-dashboard>${SOURCE}
      <pantau-test-broken source="layanan" x="unit" y="sum(diterima)"></pantau-test-broken>
      <pantau-test-list source="layanan" x="unit" y="sum(diterima)"></pantau-test-list>
    </pantau-dashboard>`);
    const broken = host.querySelector<TestList>('pantau-test-broken')!;
    const neighbour = host.querySelector<TestList>('pantau-test-list')!;
    expect(await broken.ready).toBe('error');
    expect(broken.error?.code).toBe('ENGINE_FAILED');
    expect(broken.error?.messageIn('id')).toMatch(/tidak dapat dimuat.*pantau\.js/);
    expect(broken.error?.messageIn('en')).toMatch(/could not be loaded.*pantau\.js/);
    expect(await neighbour.ready).toBe('ready');
    // One load when it connected, one when its table was known: no loop after the error. A loop
    // would set it loading again at its next update, and its run would settle only after it.
    await broken.updateComplete;
    expect(await broken.ready).toBe('error');
    const settledLoads = loads;
    expect(settledLoads).toBeLessThanOrEqual(2);
    broken.y = 'sum(selesai)';
    await broken.updateComplete;
    expect(await broken.ready).toBe('error');
    await broken.updateComplete;
    expect(loads).toBe(settledLoads);
    expect(broken.status).toBe('error');
  });
});
