import { expect } from 'vitest';
import { PantauError, type ErrorCode } from '../src/errors/pantau-error.ts';
import type { DuckDBConnector } from '../src/engine/duckdb-connector.ts';
import { runQuery } from '../src/results/run-query.ts';

/** Checks that `error` is a PantauError with `code` and distinct text in both languages. */
export function checkPantauError(error: unknown, code: ErrorCode): PantauError {
  expect(error, `expected a PantauError ${code}`).toBeInstanceOf(PantauError);
  const pantauError = error as PantauError;
  expect(pantauError.code).toBe(code);
  expect(pantauError.text.id.length).toBeGreaterThan(10);
  expect(pantauError.text.en.length).toBeGreaterThan(10);
  expect(pantauError.text.id).not.toBe(pantauError.text.en);
  return pantauError;
}

/** Awaits `promise`, expecting it to reject with a PantauError with `code`. */
export async function expectPantauError(
  promise: Promise<unknown>,
  code: ErrorCode,
): Promise<PantauError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return checkPantauError(error, code);
}

/** Rows of a query as plain objects. */
export async function rows(connector: DuckDBConnector, sql: string, params: never[] = []) {
  return (await runQuery(connector, sql, params)).rows();
}

/** The database still answers a good query after a failure. */
export async function expectHealthy(connector: DuckDBConnector): Promise<void> {
  expect(await rows(connector, 'SELECT 40 + 2 AS answer')).toEqual([{ answer: 42 }]);
}

export const encode = (text: string) => new TextEncoder().encode(text);
