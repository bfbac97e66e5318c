import { HttpStatusError, readBody, withRetries, type FetchPolicy } from './fetch-policy.ts';
import { sourceTooLarge } from './source-errors.ts';

/**
 * Downloads a source, refusing it as soon as it is known to be over the size cap: from the
 * Content-Length header when the server sends one, otherwise while streaming. A dropped or
 * stalled download starts again from the first byte (fetch-policy.ts), so no two answers mix.
 */
export function fetchBytes(
  source: string,
  url: string,
  maxBytes: number,
  policy: FetchPolicy,
): Promise<Uint8Array> {
  return withRetries(source, url, policy, async (attempt) => {
    const response = await fetch(url, { credentials: 'same-origin', signal: attempt.signal });
    attempt.alive();
    if (!response.ok) {
      await response.body?.cancel();
      throw new HttpStatusError(response.status);
    }
    const announced = Number(response.headers.get('content-length') ?? NaN);
    if (announced > maxBytes) {
      await response.body?.cancel();
      throw sourceTooLarge(source, announced, maxBytes);
    }
    const size = Number.isFinite(announced) && announced > 0 ? announced : null;
    policy.onBytes?.(0, size);
    return readBody(response, attempt, (total) => {
      if (total > maxBytes) throw sourceTooLarge(source, total, maxBytes);
      policy.onBytes?.(total, size);
    });
  });
}

export async function blobBytes(source: string, blob: Blob, maxBytes: number): Promise<Uint8Array> {
  if (blob.size > maxBytes) throw sourceTooLarge(source, blob.size, maxBytes);
  return new Uint8Array(await blob.arrayBuffer());
}

export function checkSize(source: string, bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.byteLength > maxBytes) throw sourceTooLarge(source, bytes.byteLength, maxBytes);
  return bytes;
}
