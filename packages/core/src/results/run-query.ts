import type { Connector } from '../engine/connector.ts';
import { codeOnDemand } from '../engine/code-on-demand.ts';
import type { SqlValue } from '../sql/params.ts';
import type * as DecodeModule from './decode-result.ts';
import type { QueryResult } from './query-result.ts';

/**
 * The result decoder (Flechette, about 8 kB), imported with the first answer rather than with
 * the page: nothing is decoded before DuckDB has started. A failed fetch is a bilingual error
 * and the next query tries again.
 */
const decoder = codeOnDemand(() => import('./decode-result.ts'), 'codeReadsQueryAnswers');

export const loadDecoder = (): Promise<typeof DecodeModule> => decoder.load();

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
