/**
 * The wire between a page and a Pantau server (DESIGN.md "Remote engines"): the page sends plans,
 * never SQL, and receives every answer of one interaction in one response. An error travels as
 * `{ code, message: { id, en } }`, whole (an HTTP 4xx/5xx body) or per request (a frame).
 */

import { QUERY_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError, type BilingualText, type ErrorCode } from '../errors/pantau-error.ts';
import type { QueryPlan } from '../plan/plan.ts';

/** `POST <server>query` body (content-type application/json). */
export interface RemoteQueryBody {
  requests: RemoteQueryRequest[];
}

export interface RemoteQueryRequest {
  /** The page's name for this answer: 1-64 letters, digits, `_`, `-`, `.` or `:`. */
  id: string;
  plan: QueryPlan;
}

/** `GET <server>tables` answer. */
export interface RemoteTables {
  tables: { name: string; columns: { name: string; type: string }[] }[];
}

/** An error as it travels: a stable code and the message in both languages. */
export interface WireError {
  code: ErrorCode;
  message: BilingualText;
}

export const REQUEST_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export function toWireError(error: PantauError): WireError {
  return { code: error.code, message: { id: error.text.id, en: error.text.en } };
}

/**
 * A PantauError from what a server sent; anything that is not a well-formed error (a proxy's HTML
 * page, a cut connection) becomes SERVER_FAILED with the HTTP status, so the page still says what
 * to do.
 */
export function fromWireError(body: unknown, status?: number): PantauError {
  const wire = body as Partial<WireError> | null;
  const message = wire?.message;
  if (
    typeof wire?.code === 'string' &&
    typeof message?.id === 'string' &&
    typeof message.en === 'string'
  ) {
    return new PantauError({
      code: wire.code,
      text: { id: message.id, en: message.en },
      details: status === undefined ? {} : { status },
    });
  }
  const shown = status === undefined ? '' : ` (HTTP ${status})`;
  return new PantauError({
    code: 'SERVER_FAILED',
    text: sayBoth(QUERY_ERRORS, 'serverAnswerUnreadable', shown),
    details: status === undefined ? {} : { status },
  });
}
