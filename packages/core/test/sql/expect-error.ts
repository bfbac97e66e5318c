// Shared by the SQL tests: run a function that must fail and hand back the PantauError it threw.
import type { ErrorCode, PantauError } from '../../src/errors/pantau-error.ts';
import { checkPantauError } from '../support.ts';

export function expectPantauError(run: () => unknown, code: ErrorCode): PantauError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  return checkPantauError(thrown, code);
}
