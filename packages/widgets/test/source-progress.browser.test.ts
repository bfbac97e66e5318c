import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { watchEngineDownload, type EngineDownload } from '@pantau/core';
import '../src/define.ts';
import type { PantauChartElement, PantauSource } from '../src/index.ts';
import { expectAccessible, mount, shadow, unmountAll, whenShown } from './support/mount.ts';

/**
 * Issue 15 item 14: a long load shows its progress (bytes, as text and a progress bar whose
 * aria-valuenow grows), announced politely, and can be cancelled, which stops the download and
 * leaves a bilingual "cancelled, retry" state. The server is the dev server's fault middleware
 * (scripts/vite-plugin-network-faults.ts): real sockets, a CSV sent in parts with pauses.
 */
const ROWS = 20_000;
const CHUNKS = 16;

/**
 * A source whose file comes in `chunks` parts: `ms` apart, or (`'held'`) the first at once and
 * each next one only when the test lets it go (`send`), so no step races this machine's speed.
 */
function slowSource(key: string, chunks = CHUNKS, ms: number | 'held' = 'held'): string {
  const pace = ms === 'held' ? 'hold' : `ms=${ms}`;
  return `<pantau-dashboard>
    <pantau-source name="slow" src="/__pantau_faults__/slow/${key}.csv?rows=${ROWS}&chunks=${chunks}&${pace}"></pantau-source>
    <pantau-kpi source="slow" value="count(*)" title="Baris"></pantau-kpi>
  </pantau-dashboard>`;
}

/** Lets `parts` more parts of a held file go (answered once the server has counted them). */
async function send(key: string, parts: number | 'all'): Promise<void> {
  await fetch(`/__pantau_faults__/slow-send/${key}?parts=${parts}`);
}

/** The server's counts for `key`, answered once they reach `at` (the server holds it till then). */
async function stats(
  key: string,
  at: { requests?: number; closed?: number } = {},
): Promise<{ requests: number; closed: number }> {
  const query = `requests=${at.requests ?? 0}&closed=${at.closed ?? 0}`;
  return (await fetch(`/__pantau_faults__/stats/${key}?${query}`)).json();
}

/** The panel's shadow root once the source has put it (a load still running after 400 ms). */
async function panelOf(source: PantauSource): Promise<ShadowRoot> {
  await whenShown(
    source,
    () => (source.shadowRoot?.querySelector('pantau-source-panel') ?? null)?.shadowRoot != null,
  );
  return shadow((source.shadowRoot?.querySelector('pantau-source-panel') ?? null)!);
}

describe('<pantau-source>: progress and cancel on a long load (issue 15 item 14)', () => {
  afterEach(unmountAll);

  it('shows bytes loaded as text and a progress bar whose aria-valuenow grows to 100', async () => {
    const key = `grow-${Date.now()}`;
    const host = mount(slowSource(key));
    const source = host.querySelector<PantauSource>('pantau-source')!;
    const kpi = host.querySelector<PantauChartElement>('pantau-kpi')!;
    const panel = await panelOf(source);
    const seen: number[] = [];
    const texts = new Set<string>();
    const announced = new Set<string>();
    const look = () => {
      const bar = panel.querySelector('[role="progressbar"][aria-labelledby="source-label"]');
      const now = bar?.getAttribute('aria-valuenow');
      if (now != null && Number(now) !== seen.at(-1)) seen.push(Number(now));
      const label = panel.querySelector('#source-label')?.textContent;
      if (label) texts.add(label);
      const said = panel.querySelector('[role="status"]')?.textContent?.trim();
      if (said) announced.add(said);
      // Known total: a share of 100; before the first bytes (or inside DuckDB) indeterminate.
      if (now != null) expect(bar?.getAttribute('aria-valuemax')).toBe('100');
    };
    const observer = new MutationObserver(look);
    observer.observe(panel, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    look();
    await whenShown(panel.host, () => panel.querySelector('[role="progressbar"]') !== null);
    await expectAccessible(source);
    const polite = panel.querySelector('[role="status"]')!;
    expect(polite.getAttribute('aria-live')).toBe('polite');
    expect(polite.textContent).toContain('Memuat sumber "slow"');
    // One part at a time, each let go once the bar shows the one before (the first came at once).
    const valueNow = () =>
      Number(
        panel
          .querySelector('[role="progressbar"][aria-labelledby="source-label"]')
          ?.getAttribute('aria-valuenow') ?? Number.NaN,
      );
    await whenShown(panel.host, () => valueNow() > 0);
    for (let part = 2; part < CHUNKS; part++) {
      const before = valueNow();
      await send(key, 1);
      await whenShown(panel.host, () => valueNow() > before);
    }
    // The last part: the load ends (DuckDB reads it) and the panel goes.
    await send(key, 'all');
    expect(await kpi.ready).toBe('ready');
    observer.disconnect();
    expect(kpi.data[0]).toMatchObject({ 'count(*)': ROWS });
    // It grew in steps, never back, and reached the whole file.
    expect(seen.length).toBeGreaterThanOrEqual(CHUNKS - 1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(100);
    expect([...texts].some((t) => /Memuat sumber "slow": [\d,]+ kB dari [\d,]+ kB/.test(t))).toBe(
      true,
    );
    // Announced at the start and each quarter, not at every chunk the bar shows.
    expect(announced.size).toBeGreaterThanOrEqual(2);
    expect(announced.size).toBeLessThanOrEqual(5);
    expect(texts.size).toBeGreaterThan(announced.size);
    // A finished load that was not picked by the reader leaves nothing on the page.
    await whenShown(
      source,
      () => (source.shadowRoot?.querySelector('pantau-source-panel') ?? null) === null,
    );
  });

  it('the engine names its own download and reports it to the end', async () => {
    const reports: EngineDownload[] = [];
    const stop = watchEngineDownload((d) => reports.push(d));
    // A load starts the engine if no test before did; either way its last report is kept.
    const host = mount(slowSource(`engine-${Date.now()}`, 2, 10));
    expect(await host.querySelector<PantauChartElement>('pantau-kpi')!.ready).toBe('ready');
    stop();
    const last = reports.at(-1)!;
    expect(last.done).toBe(true);
    // DuckDB's eh wasm: about 33 MB as served (7.7 MB gzip).
    expect(last.bytesTotal).toBeGreaterThan(20e6);
    expect(last.bytesLoaded).toBe(last.bytesTotal);
  });

  it('cancel stops the download and leaves a bilingual "cancelled, retry" state; Retry loads it', async () => {
    const key = `cancel-${Date.now()}`;
    // Held after its first part: the load cannot end before the cancel, however slow the click.
    const host = mount(slowSource(key, 20));
    const source = host.querySelector<PantauSource>('pantau-source')!;
    const kpi = host.querySelector<PantauChartElement>('pantau-kpi')!;
    const panel = await panelOf(source);
    await whenShown(panel.host, () => panel.querySelector('[part="cancel"]') !== null);
    const cancel = panel.querySelector<HTMLButtonElement>('[part="cancel"]')!;
    expect(cancel.textContent?.trim()).toBe('Batalkan pemuatan');
    await userEvent.click(cancel);
    expect(await kpi.ready).toBe('error');
    expect(source.status).toBe('error');
    expect(source.error?.details['reason']).toBe('cancelled');
    expect(source.error?.text.id).toContain('dibatalkan');
    expect(source.error?.text.en).toContain('was cancelled. Choose "Retry"');
    // The widget says the same, with its Retry; the panel too.
    expect(kpi.error?.text.id).toBe(source.error?.text.id);
    await whenShown(panel.host, () => panel.querySelector('[role="alert"]') !== null);
    expect(panel.querySelector('[role="alert"]')?.textContent).toContain('dibatalkan');
    expect(panel.querySelector('[role="progressbar"]')).toBeNull();
    // The server saw the client give up before the file was complete.
    expect(await stats(key, { requests: 1, closed: 1 })).toEqual({ requests: 1, closed: 1 });
    await expectAccessible(source);

    panel.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    expect(source.status).toBe('loading');
    await send(key, 'all');
    expect(await kpi.ready).toBe('ready');
    expect(kpi.data[0]).toMatchObject({ 'count(*)': ROWS });
    expect((await stats(key)).requests).toBe(2);
  });
});
