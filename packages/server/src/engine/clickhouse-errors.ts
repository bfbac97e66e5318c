/**
 * ClickHouse's refusals as the server's codes. ClickHouse names its error in the
 * `X-ClickHouse-Exception-Code` header (and as `Code: N.` in the body); the few a client can act
 * on get their own code, the rest are QUERY_FAILED with the engine's text kept for the log only.
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import type { PantauError } from '@pantau/core';
import { serverError } from '../errors.ts';
import { timeout } from './engine.ts';

export interface ClickHouseFailure {
  status: number;
  /** ClickHouse's error code, NaN when the answer did not carry one. */
  code: number;
  text: string;
}

const TIMEOUT_EXCEEDED = new Set([159, 160, 209, 394]);
// TOO_MANY_SIMULTANEOUS_QUERIES, MEMORY_LIMIT_EXCEEDED, QUOTA_EXCEEDED, TOO_MANY_PARTS...
const BUSY = new Set([202, 241, 201, 252]);
// UNKNOWN_USER, REQUIRED_PASSWORD, WRONG_PASSWORD, AUTHENTICATION_FAILED, ACCESS_DENIED,
// UNKNOWN_DATABASE: the operator's setup, not the plan.
const SETUP = new Set([192, 193, 194, 516, 497, 81]);

function codeOf(failure: ClickHouseFailure): number {
  if (Number.isFinite(failure.code)) return failure.code;
  const match = /Code:\s*(\d+)/.exec(failure.text);
  return match === null ? Number.NaN : Number(match[1]);
}

export function fromClickHouse(failure: ClickHouseFailure, timeoutMs: number): PantauError {
  const code = codeOf(failure);
  // Kept for the server's log (answer.ts); a client sees only the code and the message.
  const details = { clickhouseCode: code, engineText: failure.text };
  if (TIMEOUT_EXCEEDED.has(code)) return timeout(timeoutMs);
  if (BUSY.has(code)) {
    return serverError('SERVER_BUSY', sayBoth(SERVER_ERRORS, 'clickhouseDataEngineLimit'), details);
  }
  if (SETUP.has(code)) {
    return serverError('ENGINE_FAILED', sayBoth(SERVER_ERRORS, 'pantauServerNotAllowed'), details);
  }
  return serverError('QUERY_FAILED', sayBoth(SERVER_ERRORS, 'serverSDataEngine'), details);
}

export function unreachable(error: unknown): PantauError {
  return serverError('ENGINE_FAILED', sayBoth(SERVER_ERRORS, 'pantauServerCannotReach'), {
    cause: error instanceof Error ? error.message : String(error),
  });
}
