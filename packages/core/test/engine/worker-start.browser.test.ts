import { describe, expect, it } from 'vitest';
import { bundlesAt, getAssetBase } from '../../src/engine/browser/asset-base.ts';
import { openWorkerDriver } from '../../src/engine/browser/worker-driver.ts';
import { startWorkerEarly } from '../../src/engine/browser/worker-start.ts';
import { decodeResult } from '../../src/results/decode-result.ts';

/**
 * The engine's start makes DuckDB's Worker and asks for the wasm before the driver's code
 * (worker-driver.ts, a chunk of its own in the CDN bundle) has arrived; the driver, once in,
 * takes over the request and whatever the worker said meanwhile.
 */
describe("DuckDB's Worker made before the driver's code", () => {
  it('the driver takes over an INSTANTIATE the worker answered before the driver existed', async () => {
    const started = startWorkerEarly(bundlesAt(getAssetBase()));
    expect(started).not.toBeNull();
    const { worker } = started!;
    // The wasm fetched and compiled with no client listening: the answer waits in the buffer.
    await new Promise<void>((resolve, reject) => {
      worker.addEventListener(
        'message',
        (event: MessageEvent<{ requestId?: number; type: string }>) => {
          if (event.data.requestId !== 0 || event.data.type === 'INSTANTIATE_PROGRESS') return;
          if (event.data.type === 'OK') resolve();
          else reject(new Error(`INSTANTIATE answered ${event.data.type}`));
        },
      );
    });
    const driver = await openWorkerDriver(bundlesAt(getAssetBase()), {}, started);
    try {
      const result = decodeResult(await driver.query('SELECT 40 + 2 AS answer'));
      expect(result.rows()).toEqual([{ answer: 42 }]);
    } finally {
      await driver.close();
    }
  });

  it('the driver takes over an INSTANTIATE still running when it arrives', async () => {
    const started = startWorkerEarly(bundlesAt(getAssetBase()));
    const driver = await openWorkerDriver(bundlesAt(getAssetBase()), {}, started);
    try {
      const result = decodeResult(await driver.query("SELECT 'siap' AS status"));
      expect(result.rows()).toEqual([{ status: 'siap' }]);
    } finally {
      await driver.close();
    }
  });
});
