import { decodeResult } from '../results/decode-result.ts';
import type { DuckDBDriver } from './duckdb-driver.ts';
import { isPantauName, shadowRefused, type Definition } from './statement-gate.ts';

/** Kinds whose name a query could call in place of a built-in (or of a Pantau table). */
const SHADOWING_KINDS = new Set(['MACRO', 'FUNCTION', 'VIEW']);

/**
 * Refuses a macro, function or view named like one of DuckDB's built-in functions (a `sum` macro
 * would turn every `sum()` on the page into its own figure) or like a name Pantau makes.
 * DuckDB is asked, not a list kept here, so a new DuckDB's new functions are covered too.
 */
export async function checkDefinitions(
  driver: DuckDBDriver,
  definitions: readonly Definition[],
): Promise<void> {
  for (const definition of definitions) {
    if (!SHADOWING_KINDS.has(definition.kind)) continue;
    if (definition.name === '' || isPantauName(definition.name)) {
      throw shadowRefused(definition, 'pantau');
    }
    const found = await driver.queryPrepared(
      'SELECT count(*)::INTEGER AS n FROM duckdb_functions() WHERE internal AND lower(function_name) = lower(?)',
      [definition.name],
    );
    if (Number(decodeResult(found).columns['n']?.[0] ?? 0) > 0) {
      throw shadowRefused(definition, 'builtin');
    }
  }
}
