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
