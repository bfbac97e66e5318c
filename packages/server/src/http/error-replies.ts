/**
 * Every refusal as `{ code, message: { id, en } }` with its status: Pantau's own errors as they
 * are, Fastify's (wrong content type, unreadable request) translated, anything else a 500 whose
 * details stay in the log.
 */

import type { FastifyInstance, FastifyReply } from 'fastify';
import { isPantauError, toWireError, type PantauError } from '@pantau/core';
import { badRequest, internalError, serverError, statusOf } from '../errors.ts';

export function registerErrorReplies(app: FastifyInstance, base: string): void {
  app.setNotFoundHandler(async (request, reply) => {
    const error = serverError(
      'BAD_REQUEST',
      {
        id: `Alamat ${request.method} ${request.url.slice(0, 80)} tidak ada. Gunakan GET ${base}tables atau POST ${base}query.`,
        en: `There is no ${request.method} ${request.url.slice(0, 80)}. Use GET ${base}tables or POST ${base}query.`,
      },
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
    return badRequest(
      {
        id: 'kirim badan JSON dengan content-type: application/json.',
        en: 'send a JSON body with content-type: application/json.',
      },
      { status: 415 },
    );
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return badRequest(
      { id: 'permintaan HTTP tidak dapat dibaca.', en: 'the HTTP request cannot be read.' },
      { status, reason: String(code ?? '') },
    );
  }
  return internalError();
}
