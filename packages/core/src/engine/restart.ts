import { ENGINE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';
import { loadSource, type LoadLimits } from '../sources/load-source.ts';
import type { SourceSpec } from '../sources/source-spec.ts';
import type { DuckDBDriver } from './duckdb-driver.ts';

/**
 * What a connector needs when it replaces a lost engine (duckdb-connector.ts). Loaded with the
 * rest of the engine's code on the first call, not with the page.
 */

/**
 * Starts a new engine and loads every source into it again, one after the other (in parallel
 * they would hold every file in memory at once); a URL is fetched again, which the browser's
 * cache usually answers. Any failure is the bilingual "could not be restarted".
 */
export async function restartEngine(
  start: () => Promise<DuckDBDriver>,
  specs: Iterable<SourceSpec>,
  limits: LoadLimits,
): Promise<DuckDBDriver> {
  let driver: DuckDBDriver | null = null;
  try {
    driver = await start();
    for (const spec of [...specs]) await loadSource(driver, spec, limits);
    return driver;
  } catch (error) {
    await driver?.close().catch(() => undefined);
    throw restartFailed(error);
  }
}

/** A new engine could not be started (or could not load the sources again). */
function restartFailed(error: unknown): PantauError {
  const reason = error instanceof PantauError ? error.text : null;
  const engineMessage = error instanceof Error ? error.message : String(error);
  return new PantauError({
    code: 'ENGINE_FAILED',
    text: sayBoth(ENGINE_ERRORS, 'engineRestartFailed', reason),
    details: { engineMessage, restart: true },
    cause: error,
  });
}
