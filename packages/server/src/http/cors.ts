/**
 * CORS for the one origin the operator names (`--allow-origin`), and for nothing else: without it
 * no CORS header is ever sent and preflights find no route. The scope header is never an allowed
 * request header: a browser must not be able to choose its own unit.
 */

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export function registerCors(app: FastifyInstance, base: string, allowOrigin: string | null): void {
  if (allowOrigin === null) return;
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.origin === allowOrigin) {
      reply.header('access-control-allow-origin', allowOrigin).header('vary', 'Origin');
    }
  });
  const preflight = async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.headers.origin !== allowOrigin) return reply.code(403).send();
    return reply
      .code(204)
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '600')
      .send();
  };
  app.options(`${base}tables`, preflight);
  app.options(`${base}query`, preflight);
}
