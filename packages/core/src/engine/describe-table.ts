import type { DuckDBDriver } from './duckdb-driver.ts';
import type { TableSchema } from '../sql/schema.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';
import { loadDecoder } from '../results/run-query.ts';
import { loadEngineCode } from './engine-code-loader.ts';

/** The schema DuckDB reports for a table, as Pantau's TableSchema. */
export async function describeTable(driver: DuckDBDriver, table: string): Promise<TableSchema> {
  const { fromDuckDBError } = await loadEngineCode();
  try {
    const [bytes, { decodeResult }] = await Promise.all([
      driver.query(`DESCRIBE ${quoteIdentifier(table)}`),
      loadDecoder(),
    ]);
    const { columns } = decodeResult(bytes);
    return {
      table,
      columns: (columns['column_name'] ?? []).map((name, i) => ({
        name: String(name),
        type: String(columns['column_type']?.[i]),
      })),
    };
  } catch (error) {
    throw fromDuckDBError(error);
  }
}
