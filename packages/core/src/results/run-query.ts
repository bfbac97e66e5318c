import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import type { Connector } from '../engine/connector.ts';
import { PantauError } from '../errors/pantau-error.ts';
import type { SqlValue } from '../sql/params.ts';
import type * as DecodeModule from './decode-result.ts';
import type { QueryResult } from './query-result.ts';

let decoder: Promise<typeof DecodeModule> | null = null;

/**
 * The result decoder (Flechette, about 8 kB), imported with the first answer rather than with
 * the page: nothing is decoded before DuckDB has started. A failed fetch is a bilingual error
 * and the next query tries again.
 */
export function loadDecoder(): Promise<typeof DecodeModule> {
  decoder ??= import('./decode-result.ts').catch((error: unknown) => {
    decoder = null;
    throw new PantauError({
      code: 'ENGINE_FAILED',
      text: sayBoth(CORE_START_WORDS, 'codeReadsQueryAnswers'),
      details: { engineMessage: error instanceof Error ? error.message : String(error) },
      cause: error,
    });
  });
  return decoder;
}

/** Runs one read-only query on `connector` and decodes its Arrow answer into plain columns. */
export async function runQuery(
  connector: Pick<Connector, 'query'>,
  sql: string,
  params: readonly SqlValue[] = [],
): Promise<QueryResult> {
  const [bytes, { decodeResult }] = await Promise.all([
    connector.query(sql, params),
    loadDecoder(),
  ]);
  return decodeResult(bytes);
}
