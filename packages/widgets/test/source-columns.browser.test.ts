import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauSource } from '../src/index.ts';
import { mount, unmountAll } from './support/mount.ts';

const APPS = '/datasets/banjarmasin/applications.parquet';

function source(host: HTMLElement): PantauSource {
  return host.querySelector<PantauSource>('pantau-source')!;
}

describe('<pantau-source columns> (Parquet, real DuckDB)', () => {
  afterEach(unmountAll);

  it('loads only the columns asked for, all rows; changing the list reloads', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="apps_cols" src="${APPS}" columns=" unit_code, status "></pantau-source>
    </pantau-dashboard>`);
    const el = source(host);
    const info = await el.ready;
    expect(info?.schema.columns.map((c) => c.name)).toEqual(['unit_code', 'status']);
    // Every row of the file (its row count, not a sample).
    const whole = host.ownerDocument.createElement('pantau-source') as PantauSource;
    whole.name = 'apps_all';
    whole.src = APPS;
    host.querySelector('pantau-dashboard')!.append(whole);
    const all = await whole.ready;
    expect(info?.rows).toBe(all?.rows);
    expect(all!.schema.columns.length).toBeGreaterThan(2);

    el.columns = 'service';
    await el.updateComplete;
    expect((await el.ready)?.schema.columns.map((c) => c.name)).toEqual(['service']);
  });

  it('a column the file does not have is a bilingual error naming the columns it has', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="apps_bad" src="${APPS}" columns="unit_code,statu"></pantau-source>
    </pantau-dashboard>`);
    const el = source(host);
    expect(await el.ready).toBeNull();
    expect(el.status).toBe('error');
    expect(el.error?.code).toBe('UNKNOWN_COLUMN');
    expect(el.error?.messageIn('id')).toContain('"statu"');
    expect(el.error?.messageIn('id')).toContain('status');
    expect(el.error?.messageIn('en')).toMatch(/has no column "statu".*Available columns: .*status/);
  });
});
