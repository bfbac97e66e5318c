import { ENGINE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError, isPantauError } from '../errors/pantau-error.ts';
import { isEngineLost } from './engine-lost.ts';

/**
 * Turns DuckDB's error text into a PantauError with a stable code and advice in both languages.
 * The original message stays in `details.engineMessage` and as the `cause`.
 */
export function fromDuckDBError(error: unknown, sql?: string): PantauError {
  if (isPantauError(error)) return error;
  if (isEngineLost(error)) return engineLostTwice(error, sql);
  const engineMessage = error instanceof Error ? error.message : String(error);
  const firstLine = engineMessage.split('\n')[0] ?? engineMessage;
  const details: Record<string, unknown> = { engineMessage, ...(sql ? { sql } : {}) };

  if (
    /Permission Error|disabled by configuration|configuration has been locked/i.test(engineMessage)
  ) {
    return new PantauError({
      code: 'ACCESS_DENIED',
      text: sayBoth(ENGINE_ERRORS, 'refusedPantauDoesNot'),
      details,
      cause: error,
    });
  }
  const missingTable = /Table with name (.+?) does not exist/.exec(engineMessage);
  if (missingTable) {
    const table = missingTable[1]!;
    return new PantauError({
      code: 'SOURCE_NOT_FOUND',
      text: sayBoth(ENGINE_ERRORS, 'tableDoesNotExist', table),
      details: { ...details, table },
      cause: error,
    });
  }
  const missingColumn = /Referenced column "?(.+?)"? not found/.exec(engineMessage);
  if (missingColumn) {
    const column = missingColumn[1]!;
    return new PantauError({
      code: 'UNKNOWN_COLUMN',
      text: sayBoth(ENGINE_ERRORS, 'columnDoesNotExist', column),
      details: { ...details, column },
      cause: error,
    });
  }
  if (/Out of Memory/i.test(engineMessage)) {
    return new PantauError({
      code: 'QUERY_FAILED',
      text: sayBoth(ENGINE_ERRORS, 'notEnoughMemoryQuery'),
      details,
      cause: error,
    });
  }
  return new PantauError({
    code: 'QUERY_FAILED',
    // The engine speaks English: its words stay in the English text and details.engineMessage.
    text: sayBoth(ENGINE_ERRORS, 'queryFailedInEngine', firstLine),
    details,
    cause: error,
  });
}

/** The engine was lost twice while running one statement: it is not tried a third time. */
function engineLostTwice(error: unknown, sql?: string): PantauError {
  return new PantauError({
    code: 'ENGINE_FAILED',
    text: sayBoth(ENGINE_ERRORS, 'dataEngineStoppedTwice'),
    details: {
      engineMessage: error instanceof Error ? error.message : String(error),
      ...(sql ? { sql } : {}),
    },
    cause: error,
  });
}
