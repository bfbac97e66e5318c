// Shared by the SQL tests: run a function that must fail and hand back the PantauError it threw.
import { expect } from 'vitest';
import { PantauError, type ErrorCode } from '../../src/errors/pantau-error.ts';

export function expectPantauError(run: () => unknown, code: ErrorCode): PantauError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a PantauError to be thrown').toBeInstanceOf(PantauError);
  const error = thrown as PantauError;
  expect(error.code).toBe(code);
  // Both languages, and they are not the same text.
  expect(error.text.id.length).toBeGreaterThan(10);
  expect(error.text.en.length).toBeGreaterThan(10);
  expect(error.text.id).not.toBe(error.text.en);
  return error;
}
