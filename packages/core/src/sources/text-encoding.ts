import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';

/**
 * Spreadsheet programs on Windows save "CSV" in the ANSI code page (windows-1252), not UTF-8. DuckDB
 * reads UTF-8 only without an extension, so such files are re-encoded here; UTF-8 files pass as is.
 */
export function toUtf8(bytes: Uint8Array): Uint8Array {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const step = 16 * 1024 * 1024;
  try {
    // Validate in slices: one decode of a 500 MB file would exceed V8's string limit.
    for (let offset = 0; offset < bytes.length; offset += step) {
      strict.decode(bytes.subarray(offset, offset + step), {
        stream: offset + step < bytes.length,
      });
    }
    return bytes;
  } catch {
    return new TextEncoder().encode(new TextDecoder('windows-1252').decode(bytes));
  }
}

/**
 * Text saved as UTF-16 ("Unicode text" in some spreadsheet programs) as UTF-8. With a byte-order
 * mark it is decoded; without one, text whose every other byte is zero is refused with advice
 * rather than read as "unrecognised binary data".
 */
export function utf16ToUtf8(source: string, bytes: Uint8Array): Uint8Array {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    return new TextEncoder().encode(text);
  }
  if (!isBinaryFormat(bytes) && looksLikeUtf16(bytes)) throw sourceUtf16(source);
  return bytes;
}

/** Parquet and Arrow IPC: their zero bytes are not text. */
function isBinaryFormat(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 6));
  return head.startsWith('PAR1') || head === 'ARROW1' || head.startsWith('\xff\xff\xff\xff');
}

/** In the first 1 KB, one byte of each pair zero in most pairs, the other printable ASCII. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(512, bytes.length >> 1);
  if (pairs < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0 && (bytes[2 * i + 1] ?? 0) >= 9) even++;
    if (bytes[2 * i + 1] === 0 && (bytes[2 * i] ?? 0) >= 9) odd++;
  }
  return Math.max(even, odd) >= pairs * 0.8;
}

function sourceUtf16(source: string): PantauError {
  return new PantauError({
    code: 'SOURCE_FORMAT_MISMATCH',
    text: sayBoth(SOURCE_ERRORS, 'sourceIsUtf16', source),
    details: { source, encoding: 'utf-16' },
  });
}
