/**
 * How a Pantau server answers `POST <server>query`: every request's answer in one body
 * (content-type `application/vnd.pantau.results`), in the order the requests were sent:
 *
 *   "PANTAU1\n"                                   8 bytes, the format and its version
 *   frame*                                        one per request
 *   end frame                                     so a cut connection is never a short answer
 *
 *   frame = u32 little-endian header length, header (UTF-8 JSON), body
 *   header = { "id": "bars", "bytes": 1234 }       body: an Arrow IPC stream of that many bytes
 *          | { "id": "kpi", "error": { "code": "...", "message": { "id": "...", "en": "..." } } }
 *          | { "end": true, "count": 2 }           no body
 *
 * Pure functions on bytes: the server encodes, the page decodes.
 */

import { QUERY_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';
import { decodeResult } from '../results/decode-result.ts';
import type { QueryResult } from '../results/query-result.ts';
import { fromWireError, type WireError } from './wire.ts';

export const RESULTS_CONTENT_TYPE = 'application/vnd.pantau.results';

const MAGIC = 'PANTAU1\n';
/** A header is a small JSON object; anything larger is not this format. */
const MAX_HEADER_BYTES = 64 * 1024;

export type ResultFrame = { id: string; ipc: Uint8Array } | { id: string; error: WireError };

export function encodeResults(frames: readonly ResultFrame[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [encoder.encode(MAGIC)];
  const push = (header: object, body?: Uint8Array) => {
    const json = encoder.encode(JSON.stringify(header));
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, json.length, true);
    parts.push(length, json);
    if (body !== undefined) parts.push(body);
  };
  for (const frame of frames) {
    if ('ipc' in frame) push({ id: frame.id, bytes: frame.ipc.byteLength }, frame.ipc);
    else push({ id: frame.id, error: frame.error });
  }
  push({ end: true, count: frames.length });
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** An Arrow IPC stream as plain columns (the page engine's own conversion by default). */
export type IpcDecoder = (ipc: Uint8Array) => QueryResult;

const decodeIpc: IpcDecoder = (ipc) => decodeResult(ipc);

/**
 * Every answer by request id: plain columns, or the request's own error. A body that is not this
 * format, or is cut short, throws SERVER_FAILED: no answer is made up from part of one.
 */
export function decodeResults(
  bytes: Uint8Array,
  decode: IpcDecoder = decodeIpc,
): Map<string, QueryResult | PantauError> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  if (bytes.byteLength < MAGIC.length || text.decode(bytes.subarray(0, 8)) !== MAGIC) {
    throw unreadable('it does not start with the Pantau results signature');
  }
  const answers = new Map<string, QueryResult | PantauError>();
  let at = MAGIC.length;
  for (;;) {
    if (at + 4 > bytes.byteLength) throw unreadable('it ends before its last frame');
    const length = view.getUint32(at, true);
    if (length > MAX_HEADER_BYTES || at + 4 + length > bytes.byteLength) {
      throw unreadable('a frame header is cut short or too large');
    }
    const header = parseHeader(text.decode(bytes.subarray(at + 4, at + 4 + length)));
    at += 4 + length;
    if (header.end === true) {
      if (header.count !== answers.size) throw unreadable('frames are missing');
      return answers;
    }
    if (typeof header.id !== 'string') throw unreadable('a frame has no id');
    if (header.error !== undefined) {
      answers.set(header.id, fromWireError(header.error));
      continue;
    }
    const size = header.bytes;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) {
      throw unreadable('a frame has no length');
    }
    if (at + size > bytes.byteLength) throw unreadable('an answer is cut short');
    // A copy, aligned at 0: Flechette views its buffers as typed arrays (4- and 8-byte aligned).
    answers.set(header.id, decodeOne(bytes.slice(at, at + size), decode));
    at += size;
  }
}

interface FrameHeader {
  id?: unknown;
  bytes?: unknown;
  error?: unknown;
  end?: unknown;
  count?: unknown;
}

function parseHeader(json: string): FrameHeader {
  try {
    const header = JSON.parse(json) as unknown;
    if (typeof header === 'object' && header !== null) return header as FrameHeader;
  } catch {
    // reported below
  }
  throw unreadable('a frame header is not JSON');
}

function decodeOne(ipc: Uint8Array, decode: IpcDecoder): QueryResult | PantauError {
  try {
    return decode(ipc);
  } catch (error) {
    return unreadable(`an Arrow stream could not be read (${String(error)})`);
  }
}

function unreadable(why: string): PantauError {
  return new PantauError({
    code: 'SERVER_FAILED',
    text: sayBoth(QUERY_ERRORS, 'serverFramesUnreadable', why),
    details: { reason: why },
  });
}
