import { sourceFetchFailed, sourceTooLarge } from './source-errors.ts';

/**
 * Downloads a source, refusing it as soon as it is known to be over the size cap: from the
 * Content-Length header when the server sends one, otherwise while streaming.
 */
export async function fetchBytes(
  source: string,
  url: string,
  maxBytes: number,
): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw sourceFetchFailed(source, url, undefined, error);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw sourceFetchFailed(source, url, response.status);
  }
  const announced = Number(response.headers.get('content-length') ?? NaN);
  if (announced > maxBytes) {
    await response.body?.cancel();
    throw sourceTooLarge(source, announced, maxBytes);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw sourceTooLarge(source, total, maxBytes);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

export async function blobBytes(source: string, blob: Blob, maxBytes: number): Promise<Uint8Array> {
  if (blob.size > maxBytes) throw sourceTooLarge(source, blob.size, maxBytes);
  return new Uint8Array(await blob.arrayBuffer());
}

export function checkSize(source: string, bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.byteLength > maxBytes) throw sourceTooLarge(source, bytes.byteLength, maxBytes);
  return bytes;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
