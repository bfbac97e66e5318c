/**
 * A server whose engine is ClickHouse: the catalogue is the database's tables and views as
 * `system.columns` lists them (types under DuckDB's names), read once at start.
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import { checkSourceName } from '@pantau/core';
import type { CatalogueTable, ServerView } from './catalogue.ts';
import { ClickHouseEngine, type ClickHouseLimits } from './engine/clickhouse-engine.ts';
import { duckdbTypeOf } from './engine/clickhouse-types.ts';
import { serverError } from './errors.ts';

export type { ClickHouseOptions } from './engine/clickhouse-engine.ts';

export async function openClickHouse(
  options: { url: string; database: string } | undefined,
  views: readonly ServerView[] | undefined,
  limits: ClickHouseLimits,
  log: (message: string) => void,
): Promise<{ engine: ClickHouseEngine; tables: Map<string, CatalogueTable> }> {
  if (options === undefined || options.url === '' || options.database === '') {
    throw serverError('BAD_REQUEST', sayBoth(SERVER_ERRORS, 'clickhouseEngineNeedsClickhouse'));
  }
  if (views !== undefined && views.length > 0) {
    // Views given to the server are DuckDB SQL; ClickHouse's own views are served like tables.
    throw serverError('BAD_REQUEST', sayBoth(SERVER_ERRORS, 'viewsViewsDuckdbEngine'));
  }
  const engine = new ClickHouseEngine(options, limits);
  const tables = new Map<string, CatalogueTable>();
  for (const column of await engine.columns(options.database)) {
    const key = column.table.toLowerCase();
    let table = tables.get(key);
    if (table === undefined) {
      try {
        checkSourceName(column.table);
      } catch {
        log(
          `skipped ClickHouse table "${column.table}": not a table name (letters, digits, _ or -, at most 63)`,
        );
        continue;
      }
      table = {
        schema: { table: column.table, columns: [] },
        origin: `clickhouse ${options.database}.${column.table}`,
      };
      tables.set(key, table);
    }
    table.schema.columns.push({ name: column.name, type: duckdbTypeOf(column.type) });
  }
  if (tables.size === 0) log(`ClickHouse database "${options.database}" has no tables to serve`);
  return { engine, tables };
}
