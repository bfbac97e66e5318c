/**
 * Every refusal as `{ code, message: { id, en } }` with its status: Pantau's own errors as they
 * are, Fastify's (wrong content type, unreadable request) translated, anything else a 500 whose
 * details stay in the log.
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isPantauError, toWireError, type PantauError } from '@pantau/core';
import { badRequest, internalError, serverError, statusOf } from '../errors.ts';

export function registerErrorReplies(app: FastifyInstance, base: string): void {
  app.setNotFoundHandler(async (request, reply) => {
    const error = serverError(
      'BAD_REQUEST',
      sayBoth(SERVER_ERRORS, 'thereNoUseGet', request.method, request.url.slice(0, 80), base),
      { status: 404 },
    );
    return sendError(reply, error);
  });

  app.setErrorHandler(async (error, request, reply) => {
    const pantau = toPantauError(error);
    if (pantau.code === 'SERVER_FAILED') request.log.error({ err: error }, 'request failed');
    return sendError(reply, pantau);
  });
}

function sendError(reply: FastifyReply, error: PantauError) {
  const status = statusOf(error);
  // A body left unread (too large, too slow) is not worth reading: end the connection.
  if (status === 408 || status === 413) reply.header('connection', 'close');
  if (status === 503) reply.header('retry-after', '1');
  return reply.code(status).header('cache-control', 'no-store').send(toWireError(error));
}

function toPantauError(error: unknown): PantauError {
  if (isPantauError(error)) return error;
  const code = (error as { code?: unknown }).code;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || code === 'FST_ERR_CTP_MISSING_CONTENT_TYPE') {
    return badRequest(sayBoth(SERVER_ERRORS, 'sendJsonBodyContent'), { status: 415 });
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return badRequest(sayBoth(SERVER_ERRORS, 'httpRequestCannotRead'), {
      status,
      reason: String(code ?? ''),
    });
  }
  return internalError();
}
