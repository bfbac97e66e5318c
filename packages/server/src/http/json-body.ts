/**
 * The request body, read by the server itself rather than trusted to arrive: at most `limit`
 * bytes (a Content-Length above it is refused before reading), within `timeoutMs` (a client that
 * never finishes its body is answered 408 and let go), and JSON no deeper than `maxDepth` (checked
 * on the text before parsing, so a pathological nesting never reaches a recursive walk).
 */

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
    throw badRequest({ id: 'badan permintaan kosong.', en: 'the request body is empty.' });
  }
  checkDepth(text, maxDepth);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw badRequest(
      { id: 'badan permintaan bukan JSON yang sah.', en: 'the request body is not valid JSON.' },
      { parser: error instanceof Error ? error.message.slice(0, 120) : String(error) },
    );
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
        throw badRequest({
          id: `JSON bersarang lebih dari ${maxDepth} tingkat.`,
          en: `the JSON is nested more than ${maxDepth} levels deep.`,
        });
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
}

function tooLarge(limit: number) {
  return serverError(
    'REQUEST_TOO_LARGE',
    {
      id: `Permintaan lebih besar dari ${limit} byte, batas server ini. Kirim lebih sedikit rencana kueri per permintaan.`,
      en: `The request is larger than ${limit} bytes, this server's limit. Send fewer query plans per request.`,
    },
    { limit },
  );
}

function slow(ms: number) {
  return serverError(
    'BAD_REQUEST',
    {
      id: `Badan permintaan tidak selesai dikirim dalam ${ms / 1000} detik; koneksi ditutup. Periksa jaringan lalu coba lagi.`,
      en: `The request body was not sent completely within ${ms / 1000} s; the connection is closed. Check the network and try again.`,
    },
    { status: 408, timeoutMs: ms },
  );
}
