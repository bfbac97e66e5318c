/**
 * The server's own refusals, each a PantauError with a stable code, a message in Indonesian and
 * English that says what to do, and the HTTP status it travels with when it answers a whole request.
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError, type BilingualText, type ErrorCode } from '@pantau/core';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  BAD_NAME: 400,
  BAD_FILTER: 400,
  BAD_EXPRESSION: 400,
  UNKNOWN_COLUMN: 400,
  UNKNOWN_TABLE: 404,
  ACCESS_DENIED: 403,
  REQUEST_TOO_LARGE: 413,
  TOO_MANY_ROWS: 422,
  QUERY_TIMEOUT: 504,
  SERVER_BUSY: 503,
};

export function statusOf(error: PantauError): number {
  return (error.details['status'] as number | undefined) ?? STATUS[error.code] ?? 500;
}

export function serverError(
  code: ErrorCode,
  text: BilingualText,
  details: Record<string, unknown> = {},
): PantauError {
  return new PantauError({ code, text, details });
}

export function badRequest(problem: BilingualText, details: Record<string, unknown> = {}) {
  return serverError('BAD_REQUEST', sayBoth(SERVER_ERRORS, 'requestNotValid', problem), details);
}

/** Anything unexpected: the client learns only that it failed; the log has the rest. */
export function internalError(): PantauError {
  return serverError('SERVER_FAILED', sayBoth(SERVER_ERRORS, 'pantauServerFailedAnswer'));
}
