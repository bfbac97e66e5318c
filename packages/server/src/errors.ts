/**
 * The server's own refusals, each a PantauError with a stable code, a message in Indonesian and
 * English that says what to do, and the HTTP status it travels with when it answers a whole request.
 */

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
  return serverError(
    'BAD_REQUEST',
    {
      id: `Permintaan tidak valid: ${problem.id}`,
      en: `The request is not valid: ${problem.en}`,
    },
    details,
  );
}

/** Anything unexpected: the client learns only that it failed; the log has the rest. */
export function internalError(): PantauError {
  return serverError('SERVER_FAILED', {
    id: 'Server Pantau gagal menjawab karena kesalahan internal. Coba lagi; bila berulang, hubungi pengelola server (rinciannya ada di log server).',
    en: "The Pantau server failed to answer because of an internal error. Try again; if it keeps happening, contact the server's administrator (the details are in the server's log).",
  });
}
