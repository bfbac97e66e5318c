/**
 * The HTTP face of the server, on Fastify: `GET <base>tables` and `POST <base>query`, request
 * logging (pino, one line per request with its time), CORS only for the one origin the operator
 * names, the scope header required when a scope is set, and every refusal as
 * `{ code, message: { id, en } }` with its status.
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import type { EventEmitter } from 'node:events';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { RESULTS_CONTENT_TYPE, encodeResults, type RemoteTables } from '@pantau/core';
import type { CatalogueTable } from '../catalogue.ts';
import type { QueryEngine } from '../engine/engine.ts';
import { serverError } from '../errors.ts';
import { answerBatch, type Scope } from '../query/answer.ts';
import { validateBody } from '../query/validate.ts';
import { registerCors } from './cors.ts';
import { registerErrorReplies } from './error-replies.ts';
import { readJsonBody } from './json-body.ts';

export interface HttpOptions {
  /** Path prefix the routes sit under, starting and ending with `/` (default `/`). */
  base: string;
  maxRows: number;
  maxRequests: number;
  bodyLimit: number;
  bodyTimeoutMs: number;
  allowOrigin: string | null;
  scope: Scope | null;
  /** Request logging (pino); false in tests that read their own output. */
  logger: boolean;
}

export const MAX_JSON_DEPTH = 48;

export function createApp(
  engine: QueryEngine,
  tables: ReadonlyMap<string, CatalogueTable>,
  options: HttpOptions,
  events: EventEmitter,
  lifecycle: { closing: boolean },
): FastifyInstance {
  const app = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    bodyLimit: options.bodyLimit,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    keepAliveTimeout: 5000,
  });
  // While stopping, an answer in flight closes its connection, so the stop never waits for a
  // client's keep-alive to lapse.
  app.addHook('onSend', async (_request, reply) => {
    if (lifecycle.closing) reply.header('connection', 'close');
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', (_request, payload, done) => {
    readJsonBody(payload, {
      limit: options.bodyLimit,
      timeoutMs: options.bodyTimeoutMs,
      maxDepth: MAX_JSON_DEPTH,
    }).then(
      (body) => done(null, body),
      (error: Error) => done(error, undefined),
    );
  });

  registerCors(app, options.base, options.allowOrigin);

  const requireScope = async (request: FastifyRequest) => scopeValue(request, options.scope);

  app.get(`${options.base}tables`, async (request, reply) => {
    await requireScope(request);
    const body: RemoteTables = {
      tables: [...tables.values()].map(({ schema }) => ({
        name: schema.table,
        columns: schema.columns.map((c) => ({ name: c.name, type: c.type })),
      })),
    };
    return reply.header('cache-control', 'no-store').send(body);
  });

  app.post(`${options.base}query`, async (request, reply) => {
    const value = await requireScope(request);
    const requests = validateBody(request.body, options.maxRequests);
    const frames = await answerBatch(requests, {
      engine,
      tables,
      maxRows: options.maxRows,
      scope: options.scope,
      scopeValue: value,
      log: (message, error) => request.log.warn({ err: error }, message),
      onStart: () =>
        events.emit(
          'batch-start',
          requests.map((r) => r.id),
        ),
    });
    const bytes = encodeResults(frames);
    reply.header('cache-control', 'no-store').type(RESULTS_CONTENT_TYPE);
    if (options.scope !== null) reply.header('vary', options.scope.header);
    return reply.send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });

  registerErrorReplies(app, options.base);
  return app;
}

/** The scope header's value, required (ACCESS_DENIED) when a scope is set. */
function scopeValue(request: FastifyRequest, scope: Scope | null): string | null {
  if (scope === null) return null;
  const value = request.headers[scope.header.toLowerCase()];
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw serverError(
    'ACCESS_DENIED',
    sayBoth(SERVER_ERRORS, 'requestWithoutHeaderRefused', scope.header),
  );
}
