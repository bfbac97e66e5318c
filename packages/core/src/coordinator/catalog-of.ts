import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import type { Connector } from '../engine/connector.ts';
import type { SourceCatalog } from '../engine/duckdb-connector.ts';
import { PantauError } from '../errors/pantau-error.ts';

/** The connector's tables, or a clear error when it cannot load any (a plain SQL connector). */
export function catalogOf(connector: Connector & Partial<SourceCatalog>): SourceCatalog {
  const { registerSource, describe } = connector;
  if (!registerSource || !describe) {
    throw new PantauError({
      code: 'ENGINE_FAILED',
      text: sayBoth(CORE_START_WORDS, 'connectorCannotLoadSources'),
    });
  }
  return connector as Connector & SourceCatalog;
}
