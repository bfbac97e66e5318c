import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import type { SourceFormat } from './source-spec.ts';
import { sourceEmpty, sourceFormatMismatch } from './source-errors.ts';

/** What the first bytes of a file say it is, whatever its name claims. */
export type SniffedKind = SourceFormat | 'html' | 'spreadsheet' | 'binary';

function startsWith(bytes: Uint8Array, text: string, at = 0): boolean {
  if (bytes.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function sniffKind(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, 'PAR1') && startsWith(bytes, 'PAR1', bytes.length - 4)) return 'parquet';
  if (startsWith(bytes, 'ARROW1')) return 'arrow';
  // Arrow IPC stream: a schema message after the 0xFFFFFFFF continuation marker.
  if (
    bytes.length >= 8 &&
    bytes[0] === 0xff &&
    bytes[1] === 0xff &&
    bytes[2] === 0xff &&
    bytes[3] === 0xff
  )
    return 'arrow';
  if (startsWith(bytes, 'PK\u0003\u0004') || startsWith(bytes, '\u00d0\u00cf\u0011\u00e0'))
    return 'spreadsheet';
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(!doctype|html|head|body|\?xml)/i.test(head)) return 'html';
  if (head.startsWith('[') || head.startsWith('{')) return 'json';
  if (head.slice(0, 1024).includes('\u0000')) return 'binary';
  return 'csv';
}

const DESCRIPTIONS: Record<SniffedKind, { id: string; en: string }> = {
  csv: sayBoth(SOURCE_ERRORS, 'csvText'),
  parquet: sayBoth(SOURCE_ERRORS, 'parquet'),
  arrow: sayBoth(SOURCE_ERRORS, 'arrowIpc'),
  json: sayBoth(SOURCE_ERRORS, 'json'),
  html: sayBoth(SOURCE_ERRORS, 'htmlPage'),
  spreadsheet: sayBoth(SOURCE_ERRORS, 'excelWorkbook'),
  binary: sayBoth(SOURCE_ERRORS, 'unrecognisedBinaryData'),
};

/**
 * The format to read `bytes` as. A declared format (attribute or extension) must match what the
 * bytes are: a 404 page served as `data.csv`, or an Excel file renamed `.csv`, is an error that
 * names the real problem rather than a table of garbage.
 */
export function resolveFormat(
  source: string,
  declared: SourceFormat | undefined,
  bytes: Uint8Array,
): SourceFormat {
  const blank =
    bytes.length <= 4096 &&
    new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trim() === '';
  if (blank) throw sourceEmpty(source);
  const kind = sniffKind(bytes);
  const isFormat = kind === 'csv' || kind === 'parquet' || kind === 'arrow' || kind === 'json';
  if (isFormat && (declared === undefined || declared === kind)) return kind;
  // JSON-looking text declared as CSV is still tried as CSV: a CSV may begin with "[".
  if (declared === 'csv' && kind === 'json') return 'csv';
  const advice =
    kind === 'html'
      ? sayBoth(SOURCE_ERRORS, 'serverSentWebPage')
      : kind === 'spreadsheet'
        ? sayBoth(SOURCE_ERRORS, 'saveSheetCsvFile')
        : undefined;
  throw sourceFormatMismatch(
    source,
    declared ?? 'csv, parquet, arrow, json',
    DESCRIPTIONS[kind],
    advice,
  );
}
