import type { DuckDBDriver } from '../engine/duckdb-driver.ts';
import { fromDuckDBError } from '../engine/duckdb-errors.ts';
import { isPantauError } from '../errors/pantau-error.ts';
import { decodeResult } from '../results/decode-result.ts';
import { checkSourceName, quoteIdentifier } from '../sql/identifiers.ts';
import { parquetDecoder, sourceReader } from './decoders.ts';
import { formatFromName } from './detect-format.ts';
import type { SourceInfo, SourceSpec } from './source-spec.ts';
import { sourceLoadCancelled } from './network-errors.ts';

let stagingSeq = 0;

export interface LoadLimits {
  maxSourceBytes: number;
}

/**
 * Loads one source into a table. The data lands in a staging table first and replaces the old
 * table in one transaction, so a widget querying during a reload sees the old data or the new,
 * never none, and a failed reload leaves the old table in place.
 *
 * `isLatest` says whether a newer load of the same table has started since: then this one drops
 * its staging table and resolves to null, so an older file that finishes later never replaces it.
 *
 * `driver` may still be starting: the file is fetched and, for Parquet, JSON and Arrow, decoded
 * meanwhile, so a page's first load overlaps DuckDB's start instead of waiting for it.
 */
export async function loadSource(
  driver: DuckDBDriver | Promise<DuckDBDriver>,
  spec: SourceSpec,
  limits: LoadLimits,
  isLatest: () => boolean = () => true,
): Promise<SourceInfo | null> {
  const name = checkSourceName(spec.name);
  const staging = `__pantau_staging_${++stagingSeq}`;
  // Fetching and decoding (read-source.ts and the format's decoder) load with the first source,
  // a Parquet file's decoder beside the reader rather than after it: one wave of chunks less
  // before its first byte.
  const named = Array.isArray(spec.data) ? '' : String((spec.data as File).name ?? spec.data);
  if ((spec.format ?? formatFromName(named)) === 'parquet') {
    parquetDecoder(spec.name).catch(() => undefined);
  }
  const reading = sourceReader(spec.name).then(({ readSource }) => readSource(spec, limits));
  // Both run at once; a failure of either is reported below, not left unhandled.
  reading.catch(() => undefined);
  const engine = await driver;
  try {
    const read = await reading;
    // Left while its file was read: the engine's time goes to the loads someone still waits for.
    if (spec.signal?.aborted) throw sourceLoadCancelled(spec.name, '', spec.signal);
    const warnings =
      (await read.insert(engine, staging, () =>
        spec.onProgress?.({
          stage: 'insert',
          bytesLoaded: read.bytes ?? 0,
          bytesTotal: read.bytes,
        }),
      )) ?? [];
    // Checked and sent in one turn of the event loop: a newer load's swap cannot come between.
    if (!isLatest()) {
      await engine.query(`DROP TABLE IF EXISTS ${quoteIdentifier(staging)}`);
      return null;
    }
    // The swap, the table's columns and its row count in one trip to the worker, not three.
    const table = quoteIdentifier(name);
    const { columns } = decodeResult(
      await engine.query(
        `BEGIN; DROP TABLE IF EXISTS ${table}; ALTER TABLE ${quoteIdentifier(staging)} RENAME TO ${table}; COMMIT; ` +
          `SELECT column_name, column_type, (SELECT count(*) FROM ${table})::DOUBLE AS n FROM (DESCRIBE ${table})`,
      ),
    );
    const schema = {
      table: name,
      columns: (columns['column_name'] ?? []).map((column, i) => ({
        name: String(column),
        type: String(columns['column_type']?.[i]),
      })),
    };
    return {
      name,
      format: read.format,
      bytes: read.bytes,
      schema,
      rows: Number(columns['n']?.[0] ?? 0),
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  } catch (error) {
    await engine.query(`ROLLBACK`).catch(() => undefined);
    await engine.query(`DROP TABLE IF EXISTS ${quoteIdentifier(staging)}`).catch(() => undefined);
    throw isPantauError(error) ? error : fromDuckDBError(error);
  }
}
