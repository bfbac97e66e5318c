/**
 * The request body, read by the server itself rather than trusted to arrive: at most `limit`
 * bytes (a Content-Length above it is refused before reading), within `timeoutMs` (a client that
 * never finishes its body is answered 408 and let go), and JSON no deeper than `maxDepth` (checked
 * on the text before parsing, so a pathological nesting never reaches a recursive walk).
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import type { IncomingMessage } from 'node:http';
import { badRequest, serverError } from '../errors.ts';

export interface BodyLimits {
  limit: number;
  timeoutMs: number;
  maxDepth: number;
}

export function readJsonBody(request: IncomingMessage, limits: BodyLimits): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limits.limit) {
    return Promise.reject(tooLarge(limits.limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error: unknown, value?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.removeListener('data', onData);
      if (error) {
        // Stop reading: the rest of a refused body is not wanted, and the connection closes.
        request.pause();
        reject(error);
      } else {
        resolve(value);
      }
    };
    const timer = setTimeout(() => finish(slow(limits.timeoutMs)), limits.timeoutMs);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.limit) finish(tooLarge(limits.limit));
      else chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('error', (error) => finish(error));
    request.on('end', () => {
      try {
        finish(null, parseJson(Buffer.concat(chunks).toString('utf8'), limits.maxDepth));
      } catch (error) {
        finish(error);
      }
    });
  });
}

export function parseJson(text: string, maxDepth: number): unknown {
  if (text.trim() === '') {
    throw badRequest(sayBoth(SERVER_ERRORS, 'requestBodyEmpty'));
  }
  checkDepth(text, maxDepth);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badRequest(sayBoth(SERVER_ERRORS, 'requestBodyNotValid'), {
      parser: error instanceof Error ? error.message.slice(0, 120) : String(error),
    });
  }
}

/** Nesting depth of `[` and `{` outside strings. */
function checkDepth(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) {
        throw badRequest(sayBoth(SERVER_ERRORS, 'jsonNestedMoreThan', maxDepth));
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
}

function tooLarge(limit: number) {
  return serverError('REQUEST_TOO_LARGE', sayBoth(SERVER_ERRORS, 'requestLargerThanBytes', limit), {
    limit,
  });
}

function slow(ms: number) {
  return serverError('BAD_REQUEST', sayBoth(SERVER_ERRORS, 'requestBodyNotSent', ms / 1000), {
    status: 408,
    timeoutMs: ms,
  });
}
